import Foundation
import LKjIP
import LKjIPModel
import XCTest

/// `lkjip init --from` carries the data of the year's documents: the IKU manual and the
/// Rencana Aksi stay with the PK, the reviewer stays but the date of last year's review goes
/// (the new report is not reviewed yet), the DIPA date moves a year, and the quarterly
/// realisasi with its explanations is cleared like every realisasi.
final class YearChangeSakipTests: XCTestCase {
    func testCarriedFromBengkulu() throws {
        let source = Fixtures.repository.appendingPathComponent("examples/kanwil-kemenkum-bengkulu-2025")
        let target = try Fixtures.temporaryDirectory().appendingPathComponent("2026")
        defer { try? FileManager.default.removeItem(at: target.deletingLastPathComponent()) }
        try YearChange.write(from: source, to: target, year: nil, templates: Fixtures.templates, assets: Fixtures.assets)
        let loaded = ReportLoader.load(directory: target, assets: Fixtures.assets)
        let data = try XCTUnwrap(loaded.data, loaded.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(data.instansi.tahun, 2026)
        XCTAssertEqual(data.instansi.reviu?.pejabat, "inspektur")
        XCTAssertNil(data.instansi.reviu?.tanggal)
        XCTAssertEqual(data.instansi.reviu?.tempat, "Jakarta")
        XCTAssertEqual(data.anggaran.tanggalDipa, "2026-01-06")
        let kepala = try XCTUnwrap(data.perjanjian.first { $0.isKantor })
        XCTAssertEqual(kepala.rencanaAksi?.count, 4)
        XCTAssertEqual(kepala.sasaranKegiatan[1].indikator[0].formula, "Rata-rata tertimbang nilai sembilan unsur pelayanan hasil survei")
        XCTAssertEqual(kepala.sasaranKegiatan[1].indikator[1].triwulan?.tw2?.value, 92)
        let realisasi = try XCTUnwrap(data.capaian.first { $0.divisi.isEmpty })
        XCTAssertTrue(realisasi.realisasi.isEmpty)
        // The instansi file keeps its comments: only the date's line went.
        let text = try String(contentsOf: target.appendingPathComponent("instansi.yaml"), encoding: .utf8)
        XCTAssertTrue(text.contains("  reviu:                                # the page \"Pernyataan Telah Direviu\" after the KATA PENGANTAR\n    pejabat: inspektur\n    tempat: Jakarta\n"), text)
    }

    /// `YAMLEdit.removeLine` removes a block-style line with its comment and refuses a value
    /// written inside braces, which the caller then reports.
    func testRemoveLine() {
        let block = "instansi:\n  reviu:\n    pejabat: inspektur\n    tanggal: \"2024-02-20\"  # signed\n  kota: Padang\n"
        XCTAssertEqual(YAMLEdit.removeLine("instansi.reviu.tanggal", in: block), "instansi:\n  reviu:\n    pejabat: inspektur\n  kota: Padang\n")
        XCTAssertNil(YAMLEdit.removeLine("instansi.reviu.tanggal", in: "instansi:\n  reviu: {pejabat: inspektur, tanggal: \"2024-02-20\"}\n"))
        XCTAssertNil(YAMLEdit.removeLine("instansi.reviu.nomor", in: block))
    }
}
