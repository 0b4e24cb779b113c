import Foundation
@testable import LKjIPModel
import XCTest

/// `SchemaValidator` checks each file against its schema before decoding and reports every
/// problem of the file in one pass. It is exercised through `ReportLoader`, as `lkjip check`
/// runs it.
final class SchemaValidatorTests: XCTestCase {
    private func load(_ changes: [String: String?]) throws -> (DataDirectory, ReportLoader.Result) {
        let directory = try DataDirectory(changes)
        addTeardownBlock { directory.remove() }
        return (directory, directory.load())
    }

    private func assertAt(_ diagnostic: Diagnostic?, _ directory: DataDirectory, file name: String, keyPath: String, needle: String,
                          occurrence: Int = 1, file: StaticString = #filePath, line: UInt = #line) {
        guard let diagnostic else { return XCTFail("no diagnostic at \(name) \(keyPath)", file: file, line: line) }
        let position = directory.position(of: needle, in: name, occurrence: occurrence, file: file, line: line)
        XCTAssertEqual(diagnostic.location.file, name, file: file, line: line)
        XCTAssertEqual(diagnostic.location.keyPath, keyPath, file: file, line: line)
        XCTAssertEqual(diagnostic.location.line, position.line, "line of \(needle)", file: file, line: line)
        XCTAssertEqual(diagnostic.location.column, position.column, "column of \(needle)", file: file, line: line)
        XCTAssertEqual(diagnostic.severity, .error, file: file, line: line)
    }

    /// Three wrong values in one file give three diagnostics in one run, each at its value.
    func testAllErrorsOfAFileAreReportedAtOnce() throws {
        let instansi = DataDirectory.instansi
            .replacingOccurrences(of: "tahun: 2023", with: "tahun: dua ribu")
            .replacingOccurrences(of: "\"2024-01-10\"", with: "\"2024-13-01\"")
            .replacingOccurrences(of: "  kepala: kakanwil", with: "  kepala: kakanwil\n  logo: ../logo.png")
        let (directory, result) = try load(["instansi.yaml": instansi])
        let errors = result.errors.filter { $0.location.file == "instansi.yaml" }
        XCTAssertEqual(errors.count, 3, result.listing)
        assertAt(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.tahun").first, directory, file: "instansi.yaml", keyPath: "instansi.tahun", needle: "dua ribu")
        XCTAssertEqual(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.tahun").first?.message, "expected a whole number, found \"dua ribu\"")
        assertAt(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.tanggal_laporan").first, directory, file: "instansi.yaml",
                 keyPath: "instansi.tanggal_laporan", needle: "\"2024-13-01\"")
        XCTAssertEqual(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.tanggal_laporan").first?.message, "\"2024-13-01\" is not a date: there is no month 13")
        assertAt(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.logo").first, directory, file: "instansi.yaml", keyPath: "instansi.logo", needle: "../logo.png")
    }

    /// Every missing key of a block is listed in the same run, not one per attempt.
    func testEveryMissingKeyOfABlockInOneRun() throws {
        let (directory, result) = try load(["instansi.yaml": "instansi:\n  kode: Uji\n"])
        let missing = result.errors.filter { $0.message.hasPrefix("missing required key") }
        XCTAssertEqual(Set(missing.map(\.location.keyPath)), Set(["nama", "nama_singkat", "alamat", "kota", "tahun", "tanggal_laporan", "kepala"].map { "instansi.\($0)" }), result.listing)
        // kementerian and provinsi are the kanwil kind's (templates/jenis/kanwil.yaml, wajib),
        // not every office's.
        XCTAssertEqual(missing.count, 7)
        // A missing key is reported at the mapping that lacks it.
        let position = directory.position(of: "kode", in: "instansi.yaml")
        XCTAssertTrue(missing.allSatisfy { $0.location.line == position.line && $0.location.column == position.column })
        XCTAssertEqual(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.kota").first?.message, "missing required key `kota` (city of signing)",
                       "the key's description says what belongs there")
    }

    /// An unknown key near a known one gets a "did you mean".
    func testUnknownKeyWithSuggestion() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 3.1\n        polaritass: negatif")
        let (directory, result) = try load(["pk/administrasi.yaml": pk])
        let diagnostic = result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].polaritass").first
        XCTAssertEqual(diagnostic?.message, "unknown key `polaritass`; did you mean `polaritas`?")
        assertAt(diagnostic, directory, file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].polaritass", needle: "polaritass")
    }

    /// An unknown key far from every known one lists the keys that are allowed.
    func testUnknownKeyListsTheKnownKeys() throws {
        let (_, result) = try load(["anggaran.yaml": DataDirectory.anggaran + "warna: merah\n"])
        XCTAssertEqual(result.diagnostics(file: "anggaran.yaml", keyPath: "warna").first?.message,
                       "unknown key `warna`; expected one of: " + SchemaBuilder.keys(of: AnggaranKantor.self).joined(separator: ", "))
        XCTAssertEqual(Set(SchemaBuilder.keys(of: AnggaranKantor.self)), ["realisasi", "narasi_realisasi", "program_kegiatan", "smart_dja", "narasi_smart", "ikpa", "narasi_ikpa", "tanggal_dipa"])
    }

    /// A misspelt required key is one mistake: the "missing" message names the misspelling
    /// and its line, and no separate "unknown key" is reported.
    func testMisspeltKeyIsExplainedWithTheMissingKey() throws {
        let pejabat = DataDirectory.pejabat.replacingOccurrences(of: "nama: Haris Sukamto", with: "nmaa: Haris Sukamto")
        let (directory, result) = try load(["pejabat.yaml": pejabat])
        let errors = result.errors.filter { $0.location.file == "pejabat.yaml" }
        XCTAssertEqual(errors.count, 1, result.listing)
        let typoLine = directory.position(of: "nmaa", in: "pejabat.yaml").line
        XCTAssertEqual(errors.first?.location.keyPath, "pejabat[0].nama")
        XCTAssertEqual(errors.first?.message, "missing required key `nama`; found unknown key `nmaa` at line \(typoLine): a misspelling of `nama`?")
    }

    /// A key typed twice in one mapping is an error naming the key (YAML would silently keep one).
    func testDuplicateKey() throws {
        let pejabat = DataDirectory.pejabat.replacingOccurrences(of: "    jabatan: Kepala Kantor Wilayah\n", with: "    jabatan: Kepala Kantor Wilayah\n    nama: Hari Sukamto\n")
        let (directory, result) = try load(["pejabat.yaml": pejabat])
        let diagnostic = result.errors.first { $0.location.file == "pejabat.yaml" }
        let first = directory.position(of: "nama: Haris", in: "pejabat.yaml").line
        XCTAssertEqual(diagnostic?.message, "duplicate key `nama` in one mapping (first at line \(first)): each key may appear once", result.listing)
        XCTAssertEqual(diagnostic?.location.line, directory.position(of: "nama: Hari Sukamto", in: "pejabat.yaml").line, "at the repeat, the line to delete")
    }

    /// A list where a mapping belongs and a mapping (or a word) where a list belongs.
    func testWrongKindOfValue() throws {
        let renstra = DataDirectory.renstra
            .replacingOccurrences(of: "\nmisi: [Misi satu]", with: "\nmisi: {satu: Misi}")
            .replacingOccurrences(of: "tujuan: [Tujuan satu]", with: "tujuan: Tujuan satu")
        let (directory, result) = try load(["instansi.yaml": "instansi: [Uji, Padang]\n", "renstra.yaml": renstra])
        let instansi = result.diagnostics(file: "instansi.yaml", keyPath: "instansi").first
        XCTAssertEqual(instansi?.message, "expected a mapping (key: value lines), found a list")
        assertAt(instansi, directory, file: "instansi.yaml", keyPath: "instansi", needle: "[Uji")
        let misi = result.diagnostics(file: "renstra.yaml", keyPath: "misi").first
        XCTAssertEqual(misi?.message, "expected a list (lines starting with `-`), found a mapping")
        assertAt(misi, directory, file: "renstra.yaml", keyPath: "misi", needle: "{satu")
        XCTAssertEqual(result.diagnostics(file: "renstra.yaml", keyPath: "tujuan").first?.message, "expected a list (lines starting with `-`), found \"Tujuan satu\"")
    }

    /// A number where text belongs is fine (YAML scalars are text), but a list where a
    /// number belongs is not.
    func testListWhereANumberBelongs() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "target: 3.1", with: "target: [3.1, 4]")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].target").first?.message,
                       "expected a number, found a list")
    }

    /// Values beyond what an Int64 or a double holds exactly are "too large", never wrapped
    /// or rounded; values outside a key's range are too large or too small.
    func testOutOfRangeValues() throws {
        let anggaran = DataDirectory.anggaran.replacingOccurrences(of: "pagu: 22186820000", with: "pagu: 9000000000000000000")
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "laki_laki: 93", with: "laki_laki: 9223372036854775807")
        let pk = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 1e100\n        desimal: 1000000000000")
        let (directory, result) = try load(["anggaran.yaml": anggaran, "organisasi.yaml": organisasi, "pk/administrasi.yaml": pk])
        let pagu = result.diagnostics(file: "anggaran.yaml", keyPath: "realisasi[0].pagu").first
        XCTAssertEqual(pagu?.message, "9000000000000000000 is too large or too precise: at most 15 significant digits")
        assertAt(pagu, directory, file: "anggaran.yaml", keyPath: "realisasi[0].pagu", needle: "9000000000000000000")
        XCTAssertEqual(result.diagnostics(file: "organisasi.yaml", keyPath: "satker[0].laki_laki").first?.message,
                       "9223372036854775807 is too large or too precise: at most 15 significant digits")
        let target = result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].target").first?.message ?? ""
        XCTAssertTrue(target.hasPrefix("1e100 is too large: expected at most 1000000000000000"), "shown as typed: \(target)")
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].desimal").first?.message,
                       "1000000000000 is too large: expected at most 4")
    }

    /// Below a range: a negative count of decimals, a negative target.
    func testBelowRangeValues() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: -5\n        desimal: -5")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].desimal").first?.message,
                       "-5 is too small: expected at least 0")
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].target").first?.message,
                       "-5 is too small: expected at least 0", "a capaian against a negative target has no meaning")
    }

    /// A ranged unit is named in the message ("Rupiah", "orang").
    func testRangeMessageNamesTheUnit() throws {
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "perempuan: 91", with: "perempuan: 2000000")
        let (_, result) = try load(["organisasi.yaml": organisasi])
        XCTAssertEqual(result.diagnostics(file: "organisasi.yaml", keyPath: "satker[0].perempuan").first?.message,
                       "2000000 is too large: expected at most 1000000 (orang)")
    }

    /// YAML anchors and aliases are refused, with a message saying to write the value out.
    func testAnchorAndAliasAreRefused() throws {
        let renstra = DataDirectory.renstra
            .replacingOccurrences(of: "\nmisi: [Misi satu]", with: "\nmisi: &misi [Misi satu]")
            .replacingOccurrences(of: "tujuan: [Tujuan satu]", with: "tujuan: *misi")
        let (_, result) = try load(["renstra.yaml": renstra])
        let refused = result.diagnostics(containing: "anchors and aliases")
        XCTAssertEqual(refused.count, 1, "expected the anchor &misi to be refused once; got:\n\(result.listing)")
        XCTAssertEqual(refused.first?.location.file, "renstra.yaml")
        XCTAssertEqual(refused.first?.severity, .error)
    }

    /// An alias bomb shaped like the PK schema: 60 aliases of a sasaran that holds 60
    /// aliases of an indicator. Refused at the anchor, it costs nothing; expanded, it would be
    /// 3,600 indicators with thousands of duplicate-id errors (and with a third level, a
    /// million). The load must stay small and fast.
    func testAliasBombIsNotExpanded() throws {
        let copies = 60
        var pk = DataDirectory.pk
            .replacingOccurrences(of: "sasaran_kegiatan:\n  - id: ss1", with: "sasaran_kegiatan:\n  - &s\n    id: ss1")
            .replacingOccurrences(of: "      - id: ss1-1", with: "      - &i\n        id: ss1-1")
        pk = pk.replacingOccurrences(of: "        target: 3.1\n", with: "        target: 3.1\n" + String(repeating: "      - *i\n", count: copies))
        pk = pk.replacingOccurrences(of: "kegiatan:\n  - nama: Program", with: String(repeating: "  - *s\n", count: copies) + "kegiatan:\n  - nama: Program")
        let start = Date()
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, 5, "an alias bomb must not take long")
        XCTAssertLessThan(result.diagnostics.count, 10, "the aliases must not be expanded; got \(result.diagnostics.count) diagnostics, the first: \(result.diagnostics.first?.description ?? "")")
        XCTAssertFalse(result.diagnostics(containing: "anchors and aliases").isEmpty, "the anchor must be refused")
    }

    /// The classic "billion laughs" (nine levels of ten aliases) under a key: it finishes
    /// fast and is refused.
    func testBillionLaughsFinishesFastAndIsRefused() throws {
        var lines = ["a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1...8 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ",") + "]")
        }
        // The anchors come first, so that `tujuan: *a8` refers to a defined anchor.
        let text = lines.joined(separator: "\n") + "\n" + DataDirectory.renstra.replacingOccurrences(of: "tujuan: [Tujuan satu]", with: "tujuan: *a8")
        let start = Date()
        let (_, result) = try load(["renstra.yaml": text])
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "a billion laughs must not be expanded")
        XCTAssertLessThan(result.diagnostics.count, 30, result.listing)
        XCTAssertFalse(result.diagnostics(containing: "anchors and aliases").isEmpty, "the anchors must be refused; got:\n\(result.listing)")
    }

    /// Keys of year maps must be years from 2000 to 2100.
    func testYearKeysAreValidated() throws {
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "  - riwayat: []", with: """
              - riwayat:
                  - nama: Indeks kepuasan
                    nilai: {"1999": 5, "20x1": 3, "2101": 4, "2023": 3.8}
            """)
        let (directory, result) = try load(["realisasi/administrasi.yaml": realisasi])
        for key in ["1999", "20x1", "2101"] {
            let diagnostic = result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "unit[0].riwayat[0].nilai.\(key)").first
            XCTAssertEqual(diagnostic?.message, "expected a year such as \"2023\" as key, found \"\(key)\"", result.listing)
            XCTAssertEqual(diagnostic?.location.line, directory.position(of: "\"\(key)\"", in: "realisasi/administrasi.yaml").line)
            XCTAssertEqual(diagnostic?.location.column, directory.position(of: "\"\(key)\"", in: "realisasi/administrasi.yaml").column)
        }
        XCTAssertTrue(result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "unit[0].riwayat[0].nilai.2023").isEmpty)
    }

    /// A table cell with a decimal comma is refused with the text to type instead.
    func testTableCellWithDecimalComma() throws {
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "  - riwayat: []", with: """
              - riwayat:
                  - nama: Indeks kepuasan
                    nilai: {"2022": "7,0 Indeks"}
            """)
        let (_, result) = try load(["realisasi/administrasi.yaml": realisasi])
        XCTAssertEqual(result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "unit[0].riwayat[0].nilai.2022").first?.message,
                       "\"7,0 Indeks\": write the number with a decimal point, e.g. \"7.0 Indeks\"")
    }

    /// Formats: ids, dates, NIPs and picture paths, each with its own message.
    func testFormats() throws {
        let pejabat = """
            pejabat:
              - id: Kepala Kanwil
                nama: Haris Sukamto
                nip: "12345"
                jabatan: Kepala Kantor Wilayah
                ttd: ../ttd/kakanwil.png
              - id: kadiv-administrasi
                nama: Ramelan Suprihadi
                nip: "196812091994031001"
                jabatan: Kepala Divisi Administrasi
                ttd: /etc/passwd

            """
        let pk = DataDirectory.pk.replacingOccurrences(of: "tanggal: \"2023-01-05\"", with: "tanggal: \"2023-02-30\"")
        let (_, result) = try load(["pejabat.yaml": pejabat, "pk/administrasi.yaml": pk])
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].id").first?.message,
                       "expected an id of lowercase letters, digits and `-` (e.g. kadiv-administrasi), found \"Kepala Kanwil\"")
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].nip").first?.message, "expected an NIP of 18 digits, found 5 digits in \"12345\"")
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].ttd").first?.message,
                       "\"../ttd/kakanwil.png\" leaves the data directory or has an empty part; name a file inside the data directory")
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[1].ttd").first?.message,
                       "expected a path relative to the data directory (e.g. assets/ttd/kakanwil.png), found \"/etc/passwd\"")
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "tanggal").first?.message, "\"2023-02-30\" is not a date: month 2 of 2023 has 28 days")
    }

    /// Other ways out of the data directory: a home path, a Windows drive, a backslash, an
    /// empty part.
    func testPathFormsThatLeaveTheDirectory() {
        XCTAssertNotNil(DataPath.problem("~/ttd.png"))
        XCTAssertNotNil(DataPath.problem("C:\\ttd.png"))
        XCTAssertNotNil(DataPath.problem("assets\\ttd.png"))
        XCTAssertNotNil(DataPath.problem("assets//ttd.png"))
        XCTAssertNotNil(DataPath.problem("assets/../../ttd.png"))
        XCTAssertNotNil(DataPath.problem(""))
        XCTAssertNil(DataPath.problem("assets/ttd/kakanwil.png"))
    }

    /// An enumeration word near a valid one gets a suggestion; case does not matter.
    func testEnumerationValues() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 3.1\n        polaritas: negative")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].polaritas").first?.message,
                       "expected one of: positif, negatif; found \"negative\"; did you mean `negatif`?")
        let upper = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 3.1\n        polaritas: NEGATIF")
        let (_, accepted) = try load(["pk/administrasi.yaml": upper])
        XCTAssertEqual(accepted.errors, [], accepted.listing)
        XCTAssertEqual(accepted.data?.perjanjian.first?.sasaranKegiatan.first?.indikator.first?.polaritas, .negatif)
    }

    /// Yes and no: true/false, yes/no and the Indonesian ya/tidak; anything else is refused.
    func testBooleans() throws {
        let refused = DataDirectory.pk.replacingOccurrences(of: "program: true", with: "program: mungkin")
        let (_, result) = try load(["pk/administrasi.yaml": refused])
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "kegiatan[0].program").first?.message, "expected true or false, found \"mungkin\"")
        let ya = DataDirectory.pk.replacingOccurrences(of: "program: true", with: "program: ya")
        let (_, accepted) = try load(["pk/administrasi.yaml": ya])
        XCTAssertEqual(accepted.errors, [], accepted.listing)
        XCTAssertEqual(accepted.data?.perjanjian.first?.kegiatan.first?.isProgram, true)
    }

    /// An empty optional key is the same as an absent one; an empty required text is not.
    func testNullValues() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 3.1\n        polaritas:")
            .replacingOccurrences(of: "nama: Terwujudnya layanan administratif", with: "nama:")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertTrue(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].polaritas").isEmpty)
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].nama").first?.message, "expected text, found nothing")
    }

    /// A control character written as a YAML escape ("\a") passes the raw-text check but
    /// not the text check; a one-line field refuses several lines.
    func testTextChecks() throws {
        let pejabat = DataDirectory.pejabat
            .replacingOccurrences(of: "nama: Haris Sukamto", with: "nama: \"Haris\\aSukamto\"")
            .replacingOccurrences(of: "jabatan: Kepala Divisi Administrasi", with: "jabatan: \"Kepala Divisi\\nAdministrasi\"")
        let (_, result) = try load(["pejabat.yaml": pejabat])
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].nama").first?.message, "control character \\u{7} is not allowed in text")
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[1].jabatan").first?.message, "expected one line of text, found several lines")
    }

    /// One text value is limited to 256 KiB.
    func testTextSizeLimit() throws {
        let renstra = DataDirectory.renstra.replacingOccurrences(of: "pengantar: Pengantar.", with: "pengantar: " + String(repeating: "a", count: 300 * 1024))
        let (_, result) = try load(["renstra.yaml": renstra])
        XCTAssertEqual(result.diagnostics(file: "renstra.yaml", keyPath: "pengantar").first?.message, "text is too large: 300 KiB, at most 256 KiB")
    }
}

extension SchemaValidatorTests {
    /// A whole number out of range is echoed as typed, and the bound without a decimal part:
    /// a clerk who typed 2000000000000000 must read that number, not "2000000000000000.0" or
    /// (for 999999999999999999) "1e+18".
    func testOutOfRangeWholeNumberIsShownAsTyped() throws {
        let anggaran = DataDirectory.anggaran.replacingOccurrences(of: "pagu: 22186820000", with: "pagu: 2000000000000000")
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "laki_laki: 93", with: "laki_laki: 999999999999999999")
        let directory = try DataDirectory(["anggaran.yaml": anggaran, "organisasi.yaml": organisasi])
        addTeardownBlock { directory.remove() }
        let result = directory.load()
        XCTAssertEqual(result.diagnostics(file: "anggaran.yaml", keyPath: "realisasi[0].pagu").first?.message,
                       "2000000000000000 is too large: expected at most 1000000000000000 (Rupiah)")
        XCTAssertEqual(result.diagnostics(file: "organisasi.yaml", keyPath: "satker[0].laki_laki").first?.message,
                       "999999999999999999 is too large: expected at most 1000000 (orang)")
    }
}

extension SchemaValidatorTests {
    /// A missing key's description is quoted as a clause: lower-cased, except a description
    /// that starts with an acronym ("NIP, 18 digits", not "nIP, 18 digits"); a trailing full stop
    /// is dropped and a long one cut at a word.
    func testDescriptionClauseKeepsAnAcronym() {
        XCTAssertEqual(SchemaValidator.clause("NIP, 18 digits (Perka BKN 22/2007)."), "NIP, 18 digits (Perka BKN 22/2007)")
        XCTAssertEqual(SchemaValidator.clause("IKK, IKP or IKU with their new target."), "IKK, IKP or IKU with their new target")
        XCTAssertEqual(SchemaValidator.clause("Name of the ministry."), "name of the ministry")
        XCTAssertEqual(SchemaValidator.clause("A sentence. " + String(repeating: "word ", count: 30)).count <= 91, true)
    }
}
