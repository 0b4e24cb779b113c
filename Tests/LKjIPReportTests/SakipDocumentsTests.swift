import Foundation
import LKjIPCompute
import LKjIPDocument
@testable import LKjIPReport
import LKjIPTemplates
import XCTest

/// The documents of `lkjip dokumen` from the bundled templates: their names and titles, the
/// reviu page of the report, and a template mistake found by `lkjip check` at its line.
final class SakipDocumentsTests: XCTestCase {
    func renderer(_ directory: URL = SmallReport.templates) throws -> TemplateRenderer {
        try TemplateRenderer(directory: directory, assets: [SmallReport.templates.deletingLastPathComponent().appendingPathComponent("assets")])
    }

    func headings(_ document: Document) -> [String] {
        document.sections.flatMap(\.blocks).compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.content.plainText }
            return nil
        }
    }

    func testNamesAndTitles() throws {
        let report = try SakipTablesTests.report
        let renderer = try renderer()
        let iku = try SakipDocuments.documents(.iku, report: report, renderer: renderer)
        XCTAssertEqual(iku.map(\.baseName), ["IKU-Kanwil-Kemenkum-Bengkulu-2025"])
        XCTAssertEqual(iku.first?.document.metadata.title, "Indikator Kinerja Utama Tahun 2025")
        XCTAssertEqual(iku.first?.document.metadata.date, "2025-02-03", "the first PK's date without tanggal_iku")
        XCTAssertEqual(iku.first?.document.sections.first?.orientation, .landscape)
        let plans = try SakipDocuments.documents(.rencanaAksi, report: report, renderer: renderer)
        XCTAssertEqual(plans.map(\.baseName), ["RA-Kanwil-Kemenkum-Bengkulu-2025-kepala", "RA-Kanwil-Kemenkum-Bengkulu-2025-tata-usaha", "RA-Kanwil-Kemenkum-Bengkulu-2025-p3h", "RA-Kanwil-Kemenkum-Bengkulu-2025-yankum"])
        XCTAssertEqual(plans.first?.document.metadata.title, "Rencana Aksi Tahun 2025 — Kepala Kantor Wilayah")
        let combined = try SakipDocuments.documents(.rencanaAksi, report: report, renderer: renderer, options: .init(combined: true))
        XCTAssertEqual(combined.map(\.baseName), ["RA-Kanwil-Kemenkum-Bengkulu-2025"])
        XCTAssertEqual(combined.first?.document.sections.count, 4)
        let quarter = try SakipDocuments.documents(.triwulan, report: report, renderer: renderer, options: .init(triwulan: 3))
        XCTAssertEqual(quarter.map(\.baseName), ["Pengukuran-Kanwil-Kemenkum-Bengkulu-2025-TW3"])
        XCTAssertEqual(quarter.first?.document.metadata.title, "Pengukuran Kinerja Triwulan III Tahun 2025")
        XCTAssertEqual(quarter.first?.document.metadata.date, "2025-09-30", "the quarter's last day without tanggal_triwulan")
        // One part per division, the office's own first, lettered by the outline.
        XCTAssertEqual(headings(try XCTUnwrap(quarter.first?.document)), ["KEPALA KANTOR WILAYAH", "BAGIAN TATA USAHA DAN UMUM", "DIVISI PERATURAN PERUNDANG-UNDANGAN DAN PEMBINAAN HUKUM", "DIVISI PELAYANAN HUKUM"])
    }

    /// The reviewer given and dated: the page follows the KATA PENGANTAR, signed by him.
    func testReviuPageInTheReport() throws {
        let document = try ReportDocuments.report(try SakipTablesTests.report, renderer: try renderer())
        let all = headings(document)
        let kata = try XCTUnwrap(all.firstIndex(of: "KATA PENGANTAR"))
        XCTAssertEqual(all[kata + 1], "PERNYATAAN TELAH DIREVIU")
        let section = try XCTUnwrap(document.sections.first { $0.blocks.contains { if case .heading(let h) = $0 { return h.content.plainText == "PERNYATAAN TELAH DIREVIU" }; return false } })
        let signature = try XCTUnwrap(section.blocks.compactMap { block -> SignatureBlock? in if case .signature(let s) = block { return s }; return nil }.first)
        XCTAssertEqual(signature.placeAndDate, "Jakarta, 16 Februari 2026")
        XCTAssertEqual(signature.right?.name, "Hendra Wijaya, Ak., M.M.")
        XCTAssertEqual(signature.right?.identifier, "NIP. 19710211 199603 1 001")
        XCTAssertEqual(signature.right?.roleLines, ["Inspektur Wilayah III Inspektorat Jenderal Kementerian Hukum"])
        // Without a reviewer the page is not printed.
        XCTAssertFalse(headings(try ReportDocuments.report(try SmallReport.report, renderer: try renderer())).contains("PERNYATAAN TELAH DIREVIU"))
    }

    /// A misspelt name in a copied iku.mustache is an error at its file and line, reported
    /// by the check every run makes (not only when the document is built).
    func testTemplateMistakeFoundAtItsLine() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SmallReport.templates, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let file = copy.appendingPathComponent("iku.mustache")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "{{iku.tahun_target}}", with: "{{iku.tahun_targt}}").utf8).write(to: file)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("iku.tahun_target") }.map { $0 + 1 }
        let report = try SakipTablesTests.report
        XCTAssertThrowsError(try ReportDocuments.checkTemplates(report, renderer: try renderer(copy), wording: try ExampleReport.wording(report))) { error in
            let problem = error as? TemplateError
            XCTAssertEqual(problem?.template, "iku.mustache")
            XCTAssertEqual(problem?.line, line)
            XCTAssertTrue(problem?.message.contains("tahun_targt") ?? false, "\(error)")
        }
    }
}
