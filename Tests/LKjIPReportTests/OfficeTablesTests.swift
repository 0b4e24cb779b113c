import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
@testable import LKjIPReport
import LKjIPTemplates
import XCTest

/// IKPA in BAB III C 2 (`IkpaTable`, `OfficeContext`): the table of explanations appears only
/// for an aspect where an indicator has `uraian`, and holds only those indicators.
final class OfficeTablesTests: XCTestCase {
    /// Two aspects: in the first, one of two indicators is explained (the aspect itself has
    /// an introduction, which is not an indicator's explanation); in the second, none is.
    static let anggaran = SmallReport.files["anggaran.yaml"]!.replacingOccurrences(of: "ikpa: []", with: """
        ikpa:
          - aspek: Kualitas Perencanaan Anggaran
            uraian: Aspek ini menilai kesesuaian pelaksanaan dengan perencanaan.
            indikator:
              - nama: Revisi DIPA
                nilai: 100
                bobot: 10
              - nama: Deviasi Halaman III DIPA
                nilai: 95.5
                bobot: 15
                uraian: Deviasi disebabkan oleh **penundaan** kegiatan.
          - aspek: Kualitas Pelaksanaan Anggaran
            indikator:
              - nama: Penyerapan Anggaran
                nilai: 98
                bobot: 20
              - nama: Belanja Kontraktual
                nilai: 100
                bobot: 10
                uraian: ""
        """)

    private func report() throws -> ComputedReport {
        XCTAssertNotEqual(Self.anggaran, SmallReport.files["anggaran.yaml"]!)
        return try SmallReport.make(changing: ["anggaran.yaml": Self.anggaran])
    }

    func testUraianTableHoldsOnlyExplainedIndicators() throws {
        let aspects = try report().data.anggaran.ikpa
        XCTAssertEqual(aspects.count, 2)
        let table = IkpaTable.uraian(aspects[0], images: [:])
        XCTAssertEqual(table.rows.map(texts), [["Deviasi Halaman III DIPA", "Deviasi disebabkan oleh penundaan kegiatan."]])
        XCTAssertEqual(IkpaTable.uraian(aspects[1], images: [:]).rows.count, 0, "an empty uraian is no explanation")
    }

    /// In the rendered report the explanation table appears once, after the first aspect's
    /// introduction; the second aspect has none. The main IKPA table still lists all four.
    func testRenderedReportHasOneExplanationTable() throws {
        let renderer = try TemplateRenderer(directory: SmallReport.templates, assets: [SmallReport.templates.deletingLastPathComponent().appendingPathComponent("assets")])
        let document = try ReportDocuments.report(try report(), renderer: renderer)
        var tables: [Table] = []
        var paragraphs: [String] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .table(let table): tables.append(table)
                case .paragraph(let paragraph): paragraphs.append(paragraph.content.plainText)
                case .keepTogether(let inner): walk(inner)
                default: break
                }
            }
        }
        document.sections.forEach { walk($0.blocks) }
        let names = ["Revisi DIPA", "Deviasi Halaman III DIPA", "Penyerapan Anggaran", "Belanja Kontraktual"]
        let explanations = tables.filter { table in table.columnCount == 2 && table.rows.contains { names.contains(text($0.cells[0])) } }
        XCTAssertEqual(explanations.map { $0.rows.map(texts) }, [[["Deviasi Halaman III DIPA", "Deviasi disebabkan oleh penundaan kegiatan."]]])
        let main = try XCTUnwrap(tables.first { $0.caption?.text.contains("IKPA") == true })
        XCTAssertEqual(Set(main.rows.compactMap { $0.cells.first.map(text) }).intersection(names), Set(names))
        // The explanation follows the first aspect's introduction.
        let intro = try XCTUnwrap(paragraphs.firstIndex(of: "Aspek ini menilai kesesuaian pelaksanaan dengan perencanaan."))
        XCTAssertGreaterThanOrEqual(intro, 0)
    }
}
