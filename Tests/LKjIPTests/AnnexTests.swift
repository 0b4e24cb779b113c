import Foundation
import LKjIP
import TestSupport
import XCTest

/// Perjanjian Kinerja annexes on their own, target revisions flowing through, and
/// byte-identical output for the annexes a revision does not touch.
final class AnnexTests: XCTestCase {
    static let kegiatan = """
    kegiatan:
    - id: penyelenggaraan
      nama: Penyelenggaraan Pemasyarakatan di Wilayah
      anggaran: 822875000
    """

    static let revisi = """
    revisi:
    - nomor: 1
      tanggal: '2022-07-01'
      alasan: Penyesuaian target nasional
      target:
      - indikator: ss2-1
        target: 85
      anggaran:
      - kegiatan: penyelenggaraan
        anggaran: 900000000
    """

    /// The Sulawesi Barat example with a budget line, optionally revised.
    func data(revised: Bool, name: String = #function) throws -> URL {
        let copy = try Fixtures.copy(Fixtures.sulbar, name: name + (revised ? "revised" : "original"))
        let file = copy.appendingPathComponent("pk/pemasyarakatan.yaml")
        var yaml = try String(contentsOf: file, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "kegiatan: []", with: Self.kegiatan + (revised ? "\n" + Self.revisi : ""))
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return copy
    }

    func annex(_ data: URL, combined: Bool = false, pejabat: String? = nil) throws -> [String: Data] {
        let output = try Fixtures.temporaryDirectory()
        let files = try AnnexBuilder.build(Fixtures.request(data: data, output: output), pejabat: pejabat, combined: combined)
        var result: [String: Data] = [:]
        for file in files { result[file.lastPathComponent] = try Data(contentsOf: file) }
        return result
    }

    func testOneFilePerHeadOfDivisionWithTheThreeParts() throws {
        let files = try annex(data(revised: false))
        XCTAssertEqual(files.keys.sorted(), [
            "PK-Kanwil-Sulbar-2022-administrasi.docx", "PK-Kanwil-Sulbar-2022-administrasi.html",
            "PK-Kanwil-Sulbar-2022-keimigrasian.docx", "PK-Kanwil-Sulbar-2022-keimigrasian.html",
            "PK-Kanwil-Sulbar-2022-pelayanan-hukum.docx", "PK-Kanwil-Sulbar-2022-pelayanan-hukum.html",
            "PK-Kanwil-Sulbar-2022-pemasyarakatan.docx", "PK-Kanwil-Sulbar-2022-pemasyarakatan.html",
        ])
        let text = DocxText.paragraphs(try DocxText.documentXML(files["PK-Kanwil-Sulbar-2022-pemasyarakatan.docx"]!)).joined(separator: "\n")
        XCTAssertTrue(text.contains("PERJANJIAN KINERJA TAHUN 2022"))
        XCTAssertTrue(text.contains("Selanjutnya disebut"), "agreement page")
        XCTAssertTrue(text.contains("Sasaran Kegiatan"), "lampiran table")
        XCTAssertTrue(text.contains("Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami."), "statement page")
        XCTAssertTrue(text.contains("Rp 822.875.000,-"))
        XCTAssertEqual(text.components(separatedBy: "Pihak Pertama,").count - 1, 2, "two signature blocks with both parties")
        XCTAssertFalse(text.contains("REVISI"))
    }

    func testOnlyOnePejabatAndCombined() throws {
        let data = try data(revised: false)
        XCTAssertEqual(try annex(data, pejabat: "kadiv-administrasi").keys.sorted(), ["PK-Kanwil-Sulbar-2022-administrasi.docx", "PK-Kanwil-Sulbar-2022-administrasi.html"])
        XCTAssertEqual(try annex(data, combined: true).keys.sorted(), ["PK-Kanwil-Sulbar-2022.docx", "PK-Kanwil-Sulbar-2022.html"])
        XCTAssertThrowsError(try annex(data, pejabat: "kadiv-adm")) { error in
            XCTAssertTrue("\(error)".contains("kadiv-administrasi"), "\(error)")
        }
    }

    func testRevisionChangesExactlyWhatItTouches() throws {
        let before = try annex(data(revised: false))
        let after = try annex(data(revised: true))
        for name in before.keys where !name.contains("pemasyarakatan") {
            XCTAssertEqual(before[name], after[name], "\(name) must come out byte-identical")
        }
        XCTAssertNotEqual(before["PK-Kanwil-Sulbar-2022-pemasyarakatan.docx"], after["PK-Kanwil-Sulbar-2022-pemasyarakatan.docx"])
        let text = DocxText.paragraphs(try DocxText.documentXML(after["PK-Kanwil-Sulbar-2022-pemasyarakatan.docx"]!))
        XCTAssertTrue(text.contains { $0.hasPrefix("PERJANJIAN KINERJA TAHUN 2022 — REVISI I") })
        XCTAssertTrue(text.contains { $0.contains("1 Juli 2022") }, "dated with the revision date")
        XCTAssertTrue(text.contains("85%"))
        XCTAssertTrue(text.contains("Rp 900.000.000,-"))
        XCTAssertFalse(text.contains("Rp 822.875.000,-"))
        let html = String(decoding: after["PK-Kanwil-Sulbar-2022-pemasyarakatan.html"]!, as: UTF8.self)
        XCTAssertTrue(html.contains("REVISI I"))
    }

    func testReportCarriesTheTableOfTargetChanges() throws {
        let output = try Fixtures.temporaryDirectory()
        let files = try ReportBuilder.build(Fixtures.request(data: data(revised: true), output: output, formats: [.docx]))
        let text = DocxText.paragraphs(try DocxText.documentXML(try Data(contentsOf: files[0])))
        XCTAssertTrue(text.contains("Perubahan target Perjanjian Kinerja"))
        let row = try XCTUnwrap(text.firstIndex(of: "Persentase menurunnya tahanan yang overstaying"))
        XCTAssertTrue(text[row...].prefix(6).contains("80%"))
        XCTAssertTrue(text[row...].prefix(6).contains("85%"))
        XCTAssertTrue(text.contains { $0.hasPrefix("Penyesuaian target nasional (Revisi I, 1 Juli 2022)") })
    }

    func testDiffListsChangedTargetsAndBudgets() throws {
        let result = try LKjIPProcess.run(["diff", data(revised: false).path, data(revised: true).path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "target\tpemasyarakatan.ss2-1 Persentase menurunnya tahanan yang overstaying\t80% -> 85%",
            "anggaran\tpemasyarakatan.penyelenggaraan\tRp 822.875.000 -> Rp 900.000.000",
            "anggaran\tpemasyarakatan.total\tRp 822.875.000 -> Rp 900.000.000",
            "tanggal\tpemasyarakatan\t2022-01-05 -> 2022-07-01",
        ])
    }

    func testSignatureImageIsPlacedWhenPresent() throws {
        let data = try data(revised: false)
        let png = try Data(contentsOf: Fixtures.assets.appendingPathComponent("logo.png"))
        let folder = data.appendingPathComponent("assets/ttd")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let nip = try String(contentsOf: data.appendingPathComponent("pejabat.yaml"), encoding: .utf8)
            .components(separatedBy: "id: kadiv-administrasi")[1].components(separatedBy: "nip: ")[1].prefix { $0 != "\n" }
            .trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
        try png.write(to: folder.appendingPathComponent("\(nip).png"))
        let files = try annex(data, pejabat: "kadiv-administrasi")
        let parts = try ZipPartsAccess.read(files["PK-Kanwil-Sulbar-2022-administrasi.docx"]!)
        XCTAssertEqual(parts["word/media/image1.png"], png)
        XCTAssertEqual(parts.keys.filter { $0.hasPrefix("word/media/") }.count, 1, "one image part, reused by relationships")
        let html = String(decoding: files["PK-Kanwil-Sulbar-2022-administrasi.html"]!, as: UTF8.self)
        XCTAssertTrue(html.contains("data:image/png;base64,"))
        let without = try annex(self.data(revised: false, name: "plain"), pejabat: "kadiv-administrasi")
        XCTAssertNil(try ZipPartsAccess.read(without["PK-Kanwil-Sulbar-2022-administrasi.docx"]!)["word/media/image1.png"])
    }
}
