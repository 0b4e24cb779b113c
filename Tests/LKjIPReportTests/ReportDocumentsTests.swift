import Foundation
import LKjIPCompute
import LKjIPDocument
@testable import LKjIPReport
import LKjIPTemplates
import TestSupport
import XCTest

/// The whole report and the annexes from the bundled templates/ folder and the small report.
final class ReportDocumentsTests: XCTestCase {
    func renderer() throws -> TemplateRenderer {
        try TemplateRenderer(directory: SmallReport.templates, assets: [SmallReport.templates.deletingLastPathComponent().appendingPathComponent("assets")])
    }

    func captions(_ document: Document) -> [Caption] {
        var result: [Caption] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .table(let table):
                    if let caption = table.caption { result.append(caption) }
                    for row in table.rows { for cell in row.cells { walk(cell.blocks) } }
                case .list(let list): for item in list.items { walk(item) }
                case .chart(let chart): result.append(chart.caption)
                case .figure(let figure): if let caption = figure.caption { result.append(caption) }
                case .gallery(let gallery): result += gallery.items.compactMap(\.caption)
                case .orgChart(let chart): if let caption = chart.caption { result.append(caption) }
                case .keepTogether(let inner): walk(inner)
                default: break
                }
            }
        }
        for section in document.sections { walk(section.blocks) }
        return result
    }

    /// The bundled templates render with the small report's context: every chapter, every
    /// caption numbered (per chapter in BAB I-IV), the contents filled, the metadata from
    /// the data.
    func testReportRendersFromTheBundledTemplates() throws {
        let document = try ReportDocuments.report(try SmallReport.report, renderer: renderer())
        // Every chapter but the "Pernyataan Telah Direviu" page, printed only with a reviewer.
        XCTAssertGreaterThanOrEqual(document.sections.count, ReportDocuments.chapters.count - 1)
        XCTAssertEqual(document.metadata.title, "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2023")
        XCTAssertEqual(document.metadata.date, "2024-01-10")
        let all = captions(document)
        XCTAssertFalse(all.isEmpty)
        for caption in all {
            XCTAssertNotNil(caption.number, caption.text)
            XCTAssertNotNil(caption.anchor, caption.text)
        }
        XCTAssertTrue(all.contains { $0.kind == .table && $0.number?.hasPrefix("3.") == true }, "BAB III tables are numbered 3.n")
        XCTAssertTrue(all.contains { $0.kind == .chart })
        XCTAssertEqual(Set(all.compactMap(\.anchor)).count, all.count)
        XCTAssertFalse(document.contents.isEmpty)
        let headings = document.contents.filter { if case .heading = $0.kind { return true }; return false }.map(\.text)
        XCTAssertTrue(headings.contains("BAB I PENDAHULUAN"))
    }

    /// The report carries the data's words: the organisation chart, the narrative Markdown,
    /// the signatories with titles.
    func testReportCarriesTheData() throws {
        let document = try ReportDocuments.report(try SmallReport.report, renderer: renderer())
        var texts: [String] = []
        var orgCharts = 0
        var signatures: [SignatureBlock] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let p): texts.append(p.content.plainText)
                case .list(let list): list.items.forEach(walk)
                case .table(let table): table.rows.forEach { $0.cells.forEach { walk($0.blocks) } }
                case .orgChart: orgCharts += 1
                case .signature(let s): signatures.append(s)
                case .keepTogether(let inner): walk(inner)
                default: break
                }
            }
        }
        document.sections.forEach { walk($0.blocks) }
        XCTAssertTrue(texts.contains("Latar belakang laporan ini."), "narasi/latar-belakang.md")
        XCTAssertEqual(orgCharts, 1)
        XCTAssertTrue(signatures.contains { $0.right?.name == "Ramelan Suprihadi" && $0.left?.name == "Dr. Haris Sukamto, S.H., M.H." })
        XCTAssertTrue(signatures.contains { $0.right?.roleLines.contains("Plt. Kepala Divisi Administrasi") == true })
    }

    /// One annex per Perjanjian Kinerja, named PK-<kode>-<tahun>-<divisi>; the second PK of
    /// the same division in the year gets "-2". Each annex is numbered on its own.
    func testAnnexBaseNames() throws {
        let annexes = try ReportDocuments.annexes(try SmallReport.report, renderer: renderer(), pejabat: nil, combined: false)
        XCTAssertEqual(annexes.map(\.baseName), ["PK-Kanwil-Uji-2023-administrasi", "PK-Kanwil-Uji-2023-pemasyarakatan", "PK-Kanwil-Uji-2023-pemasyarakatan-2"])
        for annex in annexes {
            for caption in captions(annex.document) { XCTAssertNotNil(caption.number) }
            XCTAssertTrue(annex.document.metadata.title.hasPrefix("Perjanjian Kinerja Tahun 2023"))
        }
        XCTAssertEqual(annexes[1].document.metadata.date, "2023-01-05")
        XCTAssertEqual(annexes[2].document.metadata.date, "2023-07-03")
    }

    /// Selecting by pejabat or divisi; one combined document; an unknown name is an error
    /// listing the known ones.
    func testAnnexSelection() throws {
        let report = try SmallReport.report
        let byPejabat = try ReportDocuments.annexes(report, renderer: renderer(), pejabat: "kadiv-pas", combined: false)
        XCTAssertEqual(byPejabat.map(\.baseName), ["PK-Kanwil-Uji-2023-pemasyarakatan"])
        let byDivisi = try ReportDocuments.annexes(report, renderer: renderer(), pejabat: "pemasyarakatan", combined: false)
        XCTAssertEqual(byDivisi.count, 2)
        let combined = try ReportDocuments.annexes(report, renderer: renderer(), pejabat: nil, combined: true)
        XCTAssertEqual(combined.map(\.baseName), ["PK-Kanwil-Uji-2023"])
        let anchors = captions(combined[0].document).compactMap(\.anchor)
        XCTAssertEqual(Set(anchors).count, anchors.count)
        XCTAssertThrowsError(try ReportDocuments.annexes(report, renderer: renderer(), pejabat: "tidak-ada", combined: false)) { error in
            XCTAssertTrue(String(describing: error).contains("kadiv-administrasi"))
        }
    }

    /// File names keep to letters, digits, "-", "_" and "."; never start with a dot.
    func testFileNames() {
        XCTAssertEqual(FileName.safe("Kanwil Sumbar/2023"), "Kanwil-Sumbar-2023")
        XCTAssertEqual(FileName.safe("..rahasia"), "rahasia")
        XCTAssertEqual(FileName.safe(""), "laporan")
        XCTAssertEqual(ReportDocuments.baseName(try! SmallReport.report.data.instansi), "LKjIP-Kanwil-Uji-2023")
    }

    /// The narasi names the report context provides are those the templates use.
    func testNarasiNames() throws {
        let names = ReportDocuments.narasiNames(try renderer())
        XCTAssertTrue(names.contains("latar_belakang"))
        XCTAssertEqual(NarasiNames.contextKey("kata-pengantar"), "kata_pengantar")
        XCTAssertEqual(NarasiNames.fileName("kata_pengantar"), "kata-pengantar")
    }
}
