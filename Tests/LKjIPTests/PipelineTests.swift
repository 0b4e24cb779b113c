import Foundation
import LKjIP
import LKjIPModel
import XCTest

/// `build` and `annex` apply every rule of `check` before writing anything: each class of
/// mistake stops the build with file:line:col and key path and writes nothing, and
/// warnings are printed. The same rule set serves the three commands.
final class PipelineTests: XCTestCase {
    /// Builds `data` through the command line; returns the result and the output folder.
    func build(_ data: URL, _ extra: [String] = []) throws -> (LKjIPProcess.Result, URL) {
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"] + extra)
        return (result, output)
    }

    func assertStops(_ data: URL, mentioning parts: [String], line: UInt = #line) throws {
        let (result, output) = try build(data)
        XCTAssertEqual(result.status, 1, result.standardError, line: line)
        for part in parts { XCTAssertTrue(result.standardError.contains(part), "stderr lacks \(part):\n\(result.standardError)", line: line) }
        XCTAssertTrue(result.standardError.contains("no output written"), result.standardError, line: line)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        XCTAssertEqual(written, [], "nothing may be written", line: line)
        let check = try LKjIPProcess.run(["check", data.path])
        XCTAssertEqual(check.status, 1, line: line)
        for part in parts { XCTAssertTrue(check.standardOutput.contains(part), "check lacks \(part)", line: line) }
    }

    func testMiniDataBuildsCleanly() throws {
        let data = try MiniData.write()
        let (result, output) = try build(data)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: output.path)), ["LKjIP-Kanwil-Contoh-2024.docx", "LKjIP-Kanwil-Contoh-2024.html"])
        XCTAssertEqual(Fixtures.debris(output), [])
    }

    func testWarningsArePrintedWithTheirLocationAndASummary() throws {
        let data = try MiniData.write()
        let (result, _) = try build(data)
        XCTAssertTrue(result.standardError.contains("narasi/latar-belakang.md: warning: narasi/latar-belakang.md does not exist"), result.standardError)
        XCTAssertTrue(result.standardError.contains(" warnings (run `lkjip check`"), result.standardError)
    }

    func testStrictTurnsWarningsIntoErrorsForAllThreeCommands() throws {
        let data = try MiniData.write()
        XCTAssertEqual(try build(data, ["--strict"]).0.status, 1)
        XCTAssertEqual(try LKjIPProcess.run(["check", data.path, "--strict"]).status, 1)
        let annex = try LKjIPProcess.run(["annex", data.path, "-o", data.deletingLastPathComponent().appendingPathComponent("annex").path, "--strict", "--no-layout"])
        XCTAssertEqual(annex.status, 1)
    }

    func testRealisasiForAnUnknownIndicator() throws {
        let data = try MiniData.write(replacing: ["realisasi/pelayanan.yaml": MiniData.file("realisasi/pelayanan.yaml", replacing: "indikator: ss1-2", with: "indikator: ss1-9")])
        // "  - indikator: ss1-9" is line 5 of the file; the value starts at column 16 (2 + 2 + 11 + 1).
        try assertStops(data, mentioning: ["realisasi/pelayanan.yaml:5:16: realisasi[1].indikator: error: unknown indikator `ss1-9`; did you mean `ss1-1`?"])
    }

    func testNarasiFileNoTemplateUses() throws {
        let data = try MiniData.write(replacing: ["narasi/Kesimpulan.md": "Teks.\n", "narasi/kata_pengantar.md": "Teks.\n"])
        try assertStops(data, mentioning: ["narasi/Kesimpulan.md: error: no template places narasi/Kesimpulan.md", "did you mean narasi/kesimpulan.md?",
                                           "narasi/kata_pengantar.md: error", "did you mean narasi/kata-pengantar.md?"])
    }

    func testUnitsMustCoverEachSasaranOnce() throws {
        let twoUnits = MiniData.file("realisasi/pelayanan.yaml", replacing: """
        unit:
          - anggaran:
        """, with: """
        unit:
          - judul: Bagian Satu
            sasaran: [ss1]
            riwayat: []
            anggaran: []
            renstra: []
          - judul: Bagian Dua
            sasaran: [ss1]
            anggaran:
        """)
        let data = try MiniData.write(replacing: ["realisasi/pelayanan.yaml": twoUnits])
        try assertStops(data, mentioning: ["unit[1].sasaran[0]: error: sasaran `ss1` is already reported in unit[0]"])
    }

    func testTwoUnitsThatWouldPrintTheSameTables() throws {
        let twoUnits = MiniData.file("realisasi/pelayanan.yaml", replacing: """
        unit:
          - anggaran:
        """, with: """
        unit:
          - judul: Bagian
            riwayat: []
            anggaran: []
            renstra: []
          - judul: Bagian
            anggaran:
        """)
        let data = try MiniData.write(replacing: ["realisasi/pelayanan.yaml": twoUnits])
        try assertStops(data, mentioning: ["unit[1]: error: unit[1] would print the same tables as unit[0]"])
    }

    func testProgrammeTotalMustAddUpAfterARevision() throws {
        let revised = MiniData.file("pk/administrasi.yaml", replacing: """
            program: true
        """, with: """
            program: true
            anggaran: 5000000000
        """) + """
        revisi:
          - nomor: 1
            tanggal: "2024-07-01"
            alasan: Penyesuaian anggaran
            anggaran:
              - kegiatan: kegiatan-administrasi
                anggaran: 4500000000

        """
        let data = try MiniData.write(replacing: ["pk/administrasi.yaml": revised])
        try assertStops(data, mentioning: ["pk/administrasi.yaml:", "kegiatan[0].anggaran: error: the programme line says Rp\u{A0}5.000.000.000 but its kegiatan add up to Rp\u{A0}4.500.000.000 after the revisions"])
    }

    func testRevisionsWithTheSameNumberOrBeforeTheAgreementOrOutOfOrder() throws {
        let revised = MiniData.files["pk/administrasi.yaml"]! + """
        revisi:
          - nomor: 1
            tanggal: "2023-12-01"
            alasan: Terlalu awal
          - nomor: 1
            tanggal: "2024-03-01"
            alasan: Nomor ganda
          - nomor: 3
            tanggal: "2024-02-01"
            alasan: Urutan terbalik

        """
        let data = try MiniData.write(replacing: ["pk/administrasi.yaml": revised])
        try assertStops(data, mentioning: ["revisi[0].tanggal: error: Revisi 1 is dated 2023-12-01, not after the agreement it revises (2024-01-05)",
                                           "revisi[1].nomor: error: a second Revisi 1", "revisi[2].tanggal: error: Revisi 3 (2024-02-01) and Revisi 1 (2024-03-01) are out of order"])
    }

    func testNIPWithAnInvalidMonthOrSexDigit() throws {
        var pejabat = MiniData.file("pejabat.yaml", replacing: "197003152000032001", with: "197003152000132001")
        pejabat = pejabat.replacingOccurrences(of: "198005052005011002", with: "198005052005013002")
        let data = try MiniData.write(replacing: ["pejabat.yaml": pejabat])
        try assertStops(data, mentioning: ["pejabat[0].nip: error: NIP \"197003152000132001\": digits 9-14 (200013)",
                                           "pejabat[1].nip: error: NIP \"198005052005013002\": digit 15 is 3"])
    }

    func testEveryTypeErrorOfEveryFileAtOnceAndReferencesToo() throws {
        var pk = MiniData.file("pk/pelayanan.yaml", replacing: "target: 90", with: "target: sembilan puluh")
        pk = pk.replacingOccurrences(of: "target: 10", with: "target: 1e308")
        let instansi = MiniData.file("instansi.yaml", replacing: "  tahun: 2024\n", with: "")
        let realisasi = MiniData.file("realisasi/administrasi.yaml", replacing: "indikator: ss1-1\n    nilai: 3.8", with: "indikator: ss9-9\n    nilai: 3.8")
        let data = try MiniData.write(replacing: ["pk/pelayanan.yaml": pk, "instansi.yaml": instansi, "realisasi/administrasi.yaml": realisasi])
        try assertStops(data, mentioning: [
            "sasaran_kegiatan[0].indikator[0].target: error: expected a number, found \"sembilan puluh\"",
            "sasaran_kegiatan[0].indikator[1].target: error: 1e308 is too large",
            "instansi.tahun: error: missing required key `tahun`",
            "realisasi[0].indikator: error: unknown indikator `ss9-9`",
        ])
    }

    func testFiguresInProseComeFromTheData() throws {
        let data = try MiniData.write()
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        _ = try ReportBuilder.build(Fixtures.request(data: data, output: output, formats: [.html]))
        let html = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        // 3,8 / 3,1 × 100 = 122,58 → "123%"; one LAPAS → "1 (satu)".
        XCTAssertTrue(html.contains("Capaian indeks kepuasan 123%."))
        XCTAssertTrue(html.contains("Sebanyak 1 (satu) UPT"))
        XCTAssertTrue(html.contains("laporan kinerja tahun 2024 telah disusun"))
    }

    func testAnUnknownFigureIsALocatedError() throws {
        let data = try MiniData.write(replacing: ["narasi/kesimpulan.md": "Baris satu.\nCapaian {{divisi.administrasi.ss1-1.capaiann}} tercapai.\n"])
        try assertStops(data, mentioning: ["narasi/kesimpulan.md:2:9: error: unknown figure `{{divisi.administrasi.ss1-1.capaiann}}`; did you mean `{{divisi.administrasi.ss1-1.capaian}}`?"])
    }

    func testOfficialNamesSpelledOneWay() throws {
        let data = try MiniData.write(replacing: ["narasi/saran.md": "Divisi Pelayanan dan Divisi Adminitrasi perlu bekerja sama.\n"])
        let check = try LKjIPProcess.run(["check", data.path])
        XCTAssertTrue(check.standardOutput.contains("narasi/saran.md:1: warning: \"Adminitrasi\" looks like a misspelling of the official name \"Administrasi\""), check.standardOutput)
    }

    func testAnnexAppliesTheSameRules() throws {
        let data = try MiniData.write(replacing: ["realisasi/pelayanan.yaml": MiniData.file("realisasi/pelayanan.yaml", replacing: "indikator: ss1-2", with: "indikator: ss1-9")])
        let output = data.deletingLastPathComponent().appendingPathComponent("annex")
        let result = try LKjIPProcess.run(["annex", data.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("unknown indikator `ss1-9`"))
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [], [])
    }

    func testBundledExamplesHaveNoErrors() throws {
        for example in Fixtures.examples {
            let check = try LKjIPProcess.run(["check", example.path])
            XCTAssertEqual(check.status, 0, check.standardOutput)
            XCTAssertTrue(check.standardOutput.hasSuffix(" warnings\n") || check.standardOutput.hasSuffix(" warning\n"), check.standardOutput)
            XCTAssertTrue(check.standardOutput.contains("\n0 errors,") || check.standardOutput.hasPrefix("0 errors,"), check.standardOutput)
        }
    }
}
