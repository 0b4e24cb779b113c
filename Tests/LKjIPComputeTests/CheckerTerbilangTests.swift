import LKjIPModel
@testable import LKjIPCompute
import XCTest

/// A figure followed by its words in parentheses must say the same number twice.
final class CheckerTerbilangTests: XCTestCase {
    private func messages(_ text: String) -> [String] {
        Checker.countWords(in: text) { SourceLocation(file: "x.md", line: $0) }.map(\.message)
    }

    func testMismatchesAreErrors() {
        XCTAssertEqual(messages("15 (enam belas) Lapas"), ["15 is written \"enam belas\"; expected \"lima belas\""])
        XCTAssertEqual(messages("8 (tujuh) Rutan"), ["8 is written \"tujuh\"; expected \"delapan\""])
        let diagnostics = Checker.countWords(in: "satu\n\n2 (tiga)") { SourceLocation(file: "x.md", line: $0) }
        XCTAssertEqual(diagnostics.first?.location.line, 3)
        XCTAssertEqual(diagnostics.first?.severity, .error)
    }

    /// Right counts, in any case, with thousands separators, "milyar" for "miliar".
    func testCorrectCounts() {
        XCTAssertEqual(messages("28 (dua puluh delapan) UPT"), [])
        XCTAssertEqual(messages("9 (Sembilan) Misi"), [], "the seed capitalises the word")
        XCTAssertEqual(messages("1.643 (seribu enam ratus empat puluh tiga) pegawai"), [])
        XCTAssertEqual(messages("11 (sebelas)"), [])
        XCTAssertEqual(messages("2.000.000.000 (dua milyar)"), [])
        XCTAssertEqual(messages("21 ( dua puluh satu )"), [], "spaces inside the parentheses")
    }

    /// Parentheses that hold no number words, or figures that continue a decimal, are not
    /// counts.
    func testNotCounts() {
        XCTAssertEqual(messages("Tahun 2023 (Revisi)"), [])
        XCTAssertEqual(messages("3,15 (tiga)"), [], "part of a decimal")
        XCTAssertEqual(messages("Rp 1.5 (satu)"), [], "after a dot")
        XCTAssertEqual(messages("15 (lima belas orang)"), [], "a word that is not a number word")
    }
}
