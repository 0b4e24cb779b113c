import LKjIPModel
import XCTest

/// The edit distance behind every "did you mean" and the spelling of official names.
final class EditDistanceTests: XCTestCase {
    /// The seed's three spellings of the head of office are one edit apart.
    func testBetween() {
        XCTAssertEqual(EditDistance.between("Haris Sukamto", "Hari Sukamto"), 1)
        XCTAssertEqual(EditDistance.between("Haris Sukamto", "Haris Sukanto"), 1)
        XCTAssertEqual(EditDistance.between("Hari Sukamto", "Haris Sukanto"), 2)
        XCTAssertEqual(EditDistance.between("kitten", "sitting"), 3)
        XCTAssertEqual(EditDistance.between("", "abc"), 3)
        XCTAssertEqual(EditDistance.between("abc", ""), 3)
        XCTAssertEqual(EditDistance.between("sama", "sama"), 0)
        XCTAssertEqual(EditDistance.between("Pemasarakatan", "Pemasyarakatan"), 1)
    }

    /// `within` gives the distance when it is at most the limit, nil otherwise.
    func testWithinLimits() {
        let kitten = Array("kitten"), sitting = Array("sitting")
        XCTAssertEqual(EditDistance.within(kitten, sitting, limit: 3), 3)
        XCTAssertNil(EditDistance.within(kitten, sitting, limit: 2))
        XCTAssertEqual(EditDistance.within(Array("adminitrasi"), Array("administrasi"), limit: 1), 1)
        XCTAssertNil(EditDistance.within(Array("ab"), Array("abcdef"), limit: 3), "lengths alone differ by 4")
        XCTAssertEqual(EditDistance.within([], Array("ab"), limit: 2), 2)
        XCTAssertEqual(EditDistance.within(Array("sama"), Array("sama"), limit: 0), 0)
    }

    /// A typo within a third of the word's length is suggested; a word far from every
    /// candidate gets nothing.
    func testSuggestion() {
        XCTAssertEqual(EditDistance.suggestion(for: "kakanwl", in: ["kadiv-administrasi", "kakanwil"]), "kakanwil")
        XCTAssertEqual(EditDistance.suggestion(for: "POLARITAS", in: ["polaritas", "satuan"]), "polaritas", "case is ignored")
        XCTAssertNil(EditDistance.suggestion(for: "xyz", in: ["kakanwil"]))
        XCTAssertNil(EditDistance.suggestion(for: "kakanwil", in: []))
    }

    /// A candidate that starts with what was typed is suggested however far it is.
    func testPrefixSuggestion() {
        XCTAssertEqual(EditDistance.suggestion(for: "kadiv", in: ["kadiv-administrasi"]), "kadiv-administrasi")
        XCTAssertEqual(EditDistance.suggestion(for: "admin", in: ["administrasi", "keimigrasian"]), "administrasi")
    }

    /// The doc comment promises "the closest candidate within a third of the word's length,
    /// or one that starts with what was typed": the prefix rule must not depend on another,
    /// unrelated candidate being closer. "kadiv" is 5 edits from "kakanwil" and 13 from
    /// "kadiv-administrasi", yet only the latter starts with it.
    func testPrefixSuggestionWithACloserUnrelatedCandidate() {
        XCTAssertEqual(EditDistance.suggestion(for: "kadiv", in: ["kadiv-administrasi", "kakanwil"]), "kadiv-administrasi")
    }

    /// The limit is a third of the word, at least 1 and at most 3: "ab" allows one edit,
    /// a 12-letter word three, a 30-letter word still three.
    func testSuggestionLimit() {
        XCTAssertEqual(EditDistance.suggestion(for: "ab", in: ["xb"]), "xb")
        XCTAssertNil(EditDistance.suggestion(for: "ab", in: ["xy"]))
        XCTAssertEqual(EditDistance.suggestion(for: "adminstrasix", in: ["administrasi"]), "administrasi", "12 letters, 2 edits")
        let long = String(repeating: "a", count: 30)
        XCTAssertNil(EditDistance.suggestion(for: long, in: [String(repeating: "a", count: 26)]), "4 edits exceed the cap of 3")
    }

    /// Equal distances are broken alphabetically, so the suggestion does not depend on order.
    func testTieBreak() {
        XCTAssertEqual(EditDistance.suggestion(for: "ss1-3", in: ["ss1-4", "ss1-2"]), "ss1-2")
        XCTAssertEqual(EditDistance.suggestion(for: "ss1-3", in: ["ss1-2", "ss1-4"]), "ss1-2")
    }

    /// Among several close names the nearest wins, then the first in alphabetical order; the
    /// limit is a third of the typed word, at most 3.
    func testSuggestionPicksTheNearestThenTheFirstName() {
        XCTAssertEqual(EditDistance.suggestion(for: "capaian_ratx", in: ["capaian_rata", "capaian_ratb", "capaian_rataan"]), "capaian_rata")
        XCTAssertEqual(EditDistance.suggestion(for: "jumlah_satkerr", in: ["jumlah_satker", "jumlah_satker_lapas"]), "jumlah_satker")
        XCTAssertNil(EditDistance.suggestion(for: "abcd", in: ["wxyz"]), "4 edits for a 4-letter word is too far")
    }

    /// A long list of names (every figure of a report with thousands of indicators) is
    /// answered without comparing whole tables: 5.000 names of about 40 characters.
    func testSuggestionOverManyLongNames() {
        let names = (0..<5_000).map { "capaian.divisi-\($0 % 7).indikator-nomor-\($0)" }
        // 1234 % 7 == 2: the name exists with divisi-2 and is one edit from the typo.
        XCTAssertEqual(EditDistance.suggestion(for: "capaian.divisi-2.indikator-nomor-1234", in: names), "capaian.divisi-2.indikator-nomor-1234")
        XCTAssertEqual(EditDistance.suggestion(for: "capaian.divisi-2.indikator-nomr-1234", in: names), "capaian.divisi-2.indikator-nomor-1234")
        XCTAssertNil(EditDistance.suggestion(for: String(repeating: "z", count: 5_000), in: names))
    }
}
