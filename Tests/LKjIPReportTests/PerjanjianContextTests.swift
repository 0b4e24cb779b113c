import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
@testable import LKjIPReport
import LKjIPTemplates
import XCTest

/// The title of the PK lampiran page names Pihak Kedua by the full jabatan, as the seed prints
/// it (lines 1538-1540: "PERJANJIAN KINERJA TAHUN 2023 / KEPALA DIVISI ADMINISTRASI DENGAN
/// KEPALA KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM SUMATERA BARAT", while the signature
/// block, line 1525 ff., uses the short jabatan).
final class PerjanjianContextTests: XCTestCase {
    func renderer() throws -> TemplateRenderer {
        try TemplateRenderer(directory: SmallReport.templates, assets: [SmallReport.templates.deletingLastPathComponent().appendingPathComponent("assets")])
    }

    /// Every paragraph of a document, line breaks as spaces.
    private func paragraphs(_ document: Document) -> [String] {
        var result: [String] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    result.append(paragraph.content.map { inline -> String in
                        if case .text(let text, _) = inline { return text }
                        return " "
                    }.joined())
                case .keepTogether(let inner): walk(inner)
                case .table(let table): table.rows.forEach { $0.cells.forEach { walk($0.blocks) } }
                default: break
                }
            }
        }
        document.sections.forEach { walk($0.blocks) }
        return result
    }

    /// Small report: Pihak Kedua `kakanwil` has jabatan "Kepala Kantor Wilayah Kementerian
    /// Hukum dan HAM Uji" and jabatan_singkat "Kepala Kantor Wilayah"; Pihak Pertama is the
    /// acting (Plt.) Kepala Divisi Administrasi. Title: "PLT. KEPALA DIVISI ADMINISTRASI
    /// DENGAN KEPALA KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM UJI".
    func testTitleUsesTheFullJabatanOfPihakKedua() throws {
        let annex = try XCTUnwrap(try ReportDocuments.annexes(try SmallReport.report, renderer: renderer(), pejabat: "kadiv-administrasi", combined: false).first)
        let titles = paragraphs(annex.document).filter { $0.contains(" DENGAN ") }
        XCTAssertFalse(titles.isEmpty)
        for title in titles {
            XCTAssertTrue(title.hasSuffix("PLT. KEPALA DIVISI ADMINISTRASI DENGAN KEPALA KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM UJI"), title)
            XCTAssertTrue(title.hasPrefix("PERJANJIAN KINERJA TAHUN 2023"), title)
        }
    }

    /// The signature block keeps the short jabatan of Pihak Kedua.
    func testSignatureKeepsTheShortJabatan() throws {
        let annex = try XCTUnwrap(try ReportDocuments.annexes(try SmallReport.report, renderer: renderer(), pejabat: "kadiv-administrasi", combined: false).first)
        var roles: [[String]] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .signature(let signature): roles += [signature.left?.roleLines, signature.right?.roleLines].compactMap { $0 }
                case .keepTogether(let inner): walk(inner)
                default: break
                }
            }
        }
        annex.document.sections.forEach { walk($0.blocks) }
        XCTAssertTrue(roles.contains { $0.contains("Kepala Kantor Wilayah") }, "\(roles)")
        XCTAssertFalse(roles.contains { $0.contains("Kepala Kantor Wilayah Kementerian Hukum dan HAM Uji") }, "\(roles)")
    }
}
