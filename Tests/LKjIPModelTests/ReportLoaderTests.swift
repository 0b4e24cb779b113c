import Foundation
import LKjIPModel
import XCTest

/// Every kind of data file decodes, and every mistake a clerk can make is reported with
/// file, line, column and key path.
final class ReportLoaderTests: XCTestCase {
    func testValidDirectoryDecodesEveryFileKind() throws {
        let data = try DataDirectory().load()
        XCTAssertEqual(data.instansi.kode, "Uji")
        XCTAssertEqual(data.pejabat.map(\.id), ["kakanwil", "kadiv-administrasi"])
        XCTAssertEqual(data.organisasi.satker.first?.lakiLaki, 93)
        XCTAssertEqual(data.renstra.misi, ["h"])
        XCTAssertEqual(data.anggaran.realisasi.first?.pagu, 22_186_820_000)
        XCTAssertEqual(data.perjanjian.first?.sasaranKegiatan.first?.indikator.first?.target, 3.1)
        XCTAssertEqual(data.capaian.first?.realisasi.first?.nilai, 3.8)
        XCTAssertEqual(data.capaian.first?.unit.first?.riwayat.first?.nilai, ["2020": 8.85, "2023": 3.8])
        XCTAssertEqual(data.narasi["kata-pengantar"], "Dalam rangka **mewujudkan** pemerintahan.\n")
        let location = data.sources.location(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].target")
        XCTAssertEqual(location.line, 13)
    }

    func testWordsWhereANumberIsExpected() throws {
        let yaml = DataDirectory.files["pk/administrasi.yaml"]!.replacingOccurrences(of: "target: 3.1", with: "target: sembilan puluh")
        let diagnostics = try DataDirectory(replacing: ["pk/administrasi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0].description, "pk/administrasi.yaml:13:17: sasaran_kegiatan[0].indikator[0].target: error: expected a number, found \"sembilan puluh\"")
    }

    func testSeedStyleDecimalCommaGetsAHint() throws {
        let yaml = DataDirectory.files["realisasi/administrasi.yaml"]!.replacingOccurrences(of: "nilai: 3.8", with: "nilai: 99, 93%")
        let diagnostics = try DataDirectory(replacing: ["realisasi/administrasi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.location.keyPath), ["realisasi[0].nilai"])
        XCTAssertEqual(diagnostics.first?.location.file, "realisasi/administrasi.yaml")
        XCTAssertEqual(diagnostics.first?.location.line, 4)
        XCTAssertTrue(diagnostics[0].message.contains("found \"99, 93%\""))
        XCTAssertTrue(diagnostics[0].message.contains("e.g. 99.93"))
    }

    func testMissingRequiredKey() throws {
        let yaml = DataDirectory.files["pk/administrasi.yaml"]!.replacingOccurrences(of: "        target: 3.1\n", with: "")
        let diagnostics = try DataDirectory(replacing: ["pk/administrasi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0].message, "missing required key `target`")
        XCTAssertEqual(diagnostics[0].location.keyPath, "sasaran_kegiatan[0].indikator[0].target")
        XCTAssertEqual(diagnostics[0].location.line, 11)
    }

    func testUnknownKeySuggestsTheNearestValidKey() throws {
        let yaml = DataDirectory.files["realisasi/administrasi.yaml"]!.replacingOccurrences(of: "realisasi:\n", with: "realisai:\n")
        let diagnostics = try DataDirectory(replacing: ["realisasi/administrasi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.message), ["missing required key `realisasi`; found unknown key `realisai` at line 2: a misspelling of `realisasi`?"])
        XCTAssertEqual(diagnostics.first?.location.keyPath, "realisasi")
        XCTAssertEqual(diagnostics.first?.location.file, "realisasi/administrasi.yaml")
    }

    func testUnknownKeyAloneStillFailsTheLoad() throws {
        let yaml = DataDirectory.files["instansi.yaml"]! + "\n  provinsy: Riau\n"
        let diagnostics = try DataDirectory(replacing: ["instansi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.message), ["unknown key `provinsy`; did you mean `provinsi`?"])
        XCTAssertEqual(diagnostics.first?.location.keyPath, "instansi.provinsy")
    }

    func testDictionaryKeysAreDataNotUnknownKeys() throws {
        let data = try DataDirectory().load()
        XCTAssertEqual(data.capaian[0].unit[0].riwayat[0].nilai.keys.sorted(), ["2020", "2023"])
    }

    func testUnknownPejabatReferenceWithSuggestion() throws {
        let yaml = DataDirectory.files["pk/administrasi.yaml"]!.replacingOccurrences(of: "pihak_pertama: kadiv-administrasi", with: "pihak_pertama: kadiv-adm")
        let diagnostics = try DataDirectory(replacing: ["pk/administrasi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0].location.file, "pk/administrasi.yaml")
        XCTAssertEqual(diagnostics[0].location.keyPath, "pihak_pertama")
        XCTAssertEqual(diagnostics[0].location.line, 2)
        XCTAssertTrue(diagnostics[0].message.hasPrefix("unknown pejabat `kadiv-adm`"), diagnostics[0].message)
    }

    func testUnknownSasaranInAUnit() throws {
        let yaml = DataDirectory.files["realisasi/administrasi.yaml"]!.replacingOccurrences(of: "  - riwayat:", with: "  - sasaran: [ss9]\n    riwayat:")
        let diagnostics = try DataDirectory(replacing: ["realisasi/administrasi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.message), ["unknown sasaran `ss9`; did you mean `ss1`?"])
        XCTAssertEqual(diagnostics.first?.location.keyPath, "unit[0].sasaran[0]")
    }

    func testDuplicateIds() throws {
        let yaml = DataDirectory.files["pejabat.yaml"]!.replacingOccurrences(of: "id: kadiv-administrasi", with: "id: kakanwil")
        let diagnostics = try DataDirectory(replacing: ["pejabat.yaml": yaml]).diagnostics()
        let duplicate = try XCTUnwrap(diagnostics.first { $0.message.hasPrefix("duplicate") })
        XCTAssertEqual(duplicate.message, "duplicate pejabat id `kakanwil` (first defined at line 2)")
        XCTAssertEqual(duplicate.location.keyPath, "pejabat[1].id")
    }

    func testNegativePagu() throws {
        let yaml = DataDirectory.files["anggaran.yaml"]!.replacingOccurrences(of: "pagu: 22186820000", with: "pagu: -5")
        let diagnostics = try DataDirectory(replacing: ["anggaran.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.message), ["expected a pagu of 0 or more, found -5"])
        XCTAssertEqual(diagnostics.first?.location.keyPath, "realisasi[0].pagu")
        XCTAssertEqual(diagnostics.first?.location.line, 3)
    }

    func testControlCharacterIsRejectedWithItsLocation() throws {
        let yaml = DataDirectory.files["instansi.yaml"]!.replacingOccurrences(of: "alamat: Jalan Uji No. 1", with: "alamat: \"Jalan\\a Uji\"")
        let diagnostics = try DataDirectory(replacing: ["instansi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.message), ["control character U+0007 is not allowed"])
        XCTAssertEqual(diagnostics.first?.location.keyPath, "instansi.alamat")
    }

    func testMissingDirectory() {
        XCTAssertThrowsError(try ReportLoader.load(directory: URL(fileURLWithPath: "/nonexistent/lkjip"))) { error in
            XCTAssertEqual("\(error)", "/nonexistent/lkjip: error: data directory not found: /nonexistent/lkjip")
        }
    }

    func testMissingFileSaysWhatItShouldHold() throws {
        let diagnostics = try DataDirectory(replacing: ["pejabat.yaml": nil]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.message), ["missing file pejabat.yaml (expected: the signatories: id, nama, nip, jabatan)"])
    }

    func testMalformedYAMLHasLineAndColumn() throws {
        let diagnostics = try DataDirectory(replacing: ["instansi.yaml": "instansi:\n  kode: [Uji\n  nama: x\n"]).diagnostics()
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0].location.file, "instansi.yaml")
        XCTAssertNotNil(diagnostics[0].location.line)
        XCTAssertTrue(diagnostics[0].message.hasPrefix("malformed YAML"), diagnostics[0].message)
    }

    func testJSONIsAcceptedToo() throws {
        let json = #"{"pejabat": [{"id": "kakanwil", "nama": "Haris Sukamto", "nip": "196606051989111001", "jabatan": "Kepala"}, {"id": "kadiv-administrasi", "nama": "Ramelan Suprihadi", "nip": "196812091994031001", "jabatan": "Kepala Divisi"}]}"#
        let data = try DataDirectory(replacing: ["pejabat.yaml": nil, "pejabat.json": json]).load()
        XCTAssertEqual(data.pejabat.map(\.nama), ["Haris Sukamto", "Ramelan Suprihadi"])
    }

    func testErrorsOfSeveralFilesAreReportedTogether() throws {
        let pk = DataDirectory.files["pk/administrasi.yaml"]!.replacingOccurrences(of: "target: 3.1", with: "target: tiga")
        let anggaran = DataDirectory.files["anggaran.yaml"]!.replacingOccurrences(of: "tahun: 2023", with: "tahun: dua ribu")
        let diagnostics = try DataDirectory(replacing: ["pk/administrasi.yaml": pk, "anggaran.yaml": anggaran]).diagnostics()
        XCTAssertEqual(Set(diagnostics.map(\.location.file)), ["pk/administrasi.yaml", "anggaran.yaml"])
    }

    func testWholeNumbersRejectFractions() throws {
        let yaml = DataDirectory.files["organisasi.yaml"]!.replacingOccurrences(of: "laki_laki: 93", with: "laki_laki: 93.5")
        let diagnostics = try DataDirectory(replacing: ["organisasi.yaml": yaml]).diagnostics()
        XCTAssertEqual(diagnostics.map(\.message), ["expected a whole number, found \"93.5\" (write whole numbers without separators, e.g. 22186820000)"])
    }

    func testInvalidDateAndNIP() throws {
        let pk = DataDirectory.files["pk/administrasi.yaml"]!.replacingOccurrences(of: "\"2023-01-05\"", with: "\"5 Januari 2023\"")
        let pejabat = DataDirectory.files["pejabat.yaml"]!.replacingOccurrences(of: "\"196606051989111001\"", with: "\"19660605 198911 1 00\"")
        let diagnostics = try DataDirectory(replacing: ["pk/administrasi.yaml": pk, "pejabat.yaml": pejabat]).diagnostics()
        XCTAssertTrue(diagnostics.contains { $0.location.keyPath == "tanggal" && $0.message.contains("yyyy-mm-dd") })
        XCTAssertTrue(diagnostics.contains { $0.location.keyPath == "pejabat[0].nip" && $0.message.contains("18 digits") })
    }
}
