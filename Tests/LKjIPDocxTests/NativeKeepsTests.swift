import Foundation
import LKjIPDocument
@testable import LKjIPDocx
import LKjIPSheet
import TestSupport
import XCTest

/// Keeps are written with the paragraph and row properties made for them: no wrapper table,
/// no heading inside a table.
final class NativeKeepsTests: XCTestCase {
    func table(_ body: Int, caption: String? = "Rekapitulasi") -> Table {
        var table = Table(columnWidths: [1, 4], headerRowCount: 1,
                          rows: [TableRow(cells: [.text("No", bold: true), .text("Uraian", bold: true)])] + (0..<body).map { TableRow(cells: [.text("\($0 + 1)."), .text("Kegiatan")]) },
                          caption: caption.map { Caption(.table, $0) })
        table.keepTogether = body <= 8
        return table
    }

    func keeps(_ paragraph: XMLTree) -> Bool { paragraph.child("w:pPr")?.child("w:keepNext") != nil }

    /// A heading, its introducing line and a short table kept together: the body holds the
    /// heading and paragraphs as paragraphs (keep with next) and one table, the data table,
    /// whose rows keep with each other but the last.
    func testKeptGroupIsWrittenWithNativeKeeps() throws {
        let group = Block.keepTogether([
            .heading(Heading(level: 2, content: [.text("B. PERJANJIAN KINERJA")], anchor: "pk")),
            .paragraph(Paragraph(content: [.text("Rincian:")], keepWithNext: true)),
            .table(table(3)),
        ])
        let body = try DocxPackage(document([group, .paragraph(Paragraph(content: [.text("Sesudah.")]))])).body
        let tables = body.children.filter { $0.name == "w:tbl" }
        XCTAssertEqual(tables.count, 1)
        XCTAssertTrue(body.all("w:tbl").allSatisfy { $0.all("w:pStyle").allSatisfy { !($0["w:val"] ?? "").hasPrefix("Heading") } }, "no heading in a table")
        let paragraphs = body.children.filter { $0.name == "w:p" }
        XCTAssertEqual(paragraphs.first?.child("w:pPr")?.child("w:pStyle")?["w:val"], "Heading2")
        XCTAssertTrue(paragraphs.dropFirst().prefix(2).allSatisfy(keeps), "the line and the caption keep with the table")
        let styles = try DocxPackage(document([group])).xml("word/styles.xml")
        XCTAssertNotNil(styles.all("w:style").first { $0["w:styleId"] == "Heading2" }?.child("w:pPr")?.child("w:keepNext"), "the heading keeps by its style")
        let rows = tables[0].children.filter { $0.name == "w:tr" }
        XCTAssertEqual(rows.map { $0.all("w:p").allSatisfy(keeps) }, [true, true, true, false])
        XCTAssertTrue(rows.allSatisfy { $0.child("w:trPr")?.child("w:cantSplit") != nil })
        XCTAssertNotNil(rows[0].child("w:trPr")?.child("w:tblHeader"))
    }

    /// A long table starts with its header and three body rows together (the layout pass sets
    /// `keepLeadingRows`), and its last two rows keep with the signature after it, through the
    /// paragraph Word needs between the two tables.
    func testLeadingAndTrailingRows() throws {
        var long = table(20)
        long.keepLeadingRows = 4
        long.keepTrailingRows = 2
        let signature = Block.signature(SignatureBlock(placeAndDate: "Padang", right: Signatory(roleLines: ["Kepala"], name: "Haris", identifier: "NIP. 1")))
        let body = try DocxPackage(document([.table(long), signature])).body
        let tables = body.children.filter { $0.name == "w:tbl" }
        let rows = tables[0].children.filter { $0.name == "w:tr" }
        let kept = rows.enumerated().filter { $0.element.all("w:p").allSatisfy(keeps) }.map(\.offset)
        XCTAssertEqual(kept, [0, 1, 2, 19, 20])
        let between = try XCTUnwrap(body.children.firstIndex { $0 === tables[0] }).advanced(by: 1)
        XCTAssertEqual(body.children[between].name, "w:p")
        XCTAssertTrue(keeps(body.children[between]), "the paragraph between the table and the signature keeps with it")
    }

    /// A header row with a reserved height carries it as an at-least row height.
    func testReservedRowHeight() throws {
        var reserved = table(2)
        reserved.rows[0].minimumHeight = 36
        let body = try DocxPackage(document([.table(reserved)])).body
        let height = try XCTUnwrap(body.all("w:trHeight").first)
        XCTAssertEqual(height["w:val"], "720")
        XCTAssertEqual(height["w:hRule"], "atLeast")
    }

    /// The chart is native with a fallback picture (the same drawing the HTML shows) for
    /// readers that do not draw charts, and its data is an embedded workbook Word's
    /// "Edit Data" opens: the values of the model, read back with the workbook reader.
    func testChartCarriesWorkbookAndFallback() throws {
        let package = try DocxPackage(SampleDocuments.chart)
        let alternate = try XCTUnwrap(package.body.all("mc:AlternateContent").first)
        XCTAssertEqual(alternate.child("mc:Choice")?["Requires"], "wps")
        XCTAssertNotNil(alternate.child("mc:Choice")?.all("c:chart").first)
        let blip = try XCTUnwrap(alternate.child("mc:Fallback")?.all("a:blip").first?["r:embed"])
        let relationships = try package.xml("word/_rels/document.xml.rels").all("Relationship")
        let target = try XCTUnwrap(relationships.first { $0["Id"] == blip }?["Target"])
        XCTAssertTrue(target.hasSuffix(".svg"))
        let svg = String(decoding: try XCTUnwrap(package.parts.first { $0.path == "word/" + target }).data, as: UTF8.self)
        XCTAssertTrue(svg.hasPrefix("<svg"))
        let chartRels = try package.xml("word/charts/_rels/chart1.xml.rels").all("Relationship")
        XCTAssertEqual(chartRels.first?["Type"], "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package")
        let workbookPath = "word/charts/" + (chartRels.first?["Target"] ?? "")
        let normalized = URL(fileURLWithPath: "/" + workbookPath).standardized.path.dropFirst()
        let xlsx = try XCTUnwrap(package.parts.first { $0.path == String(normalized) }).data
        let workbook = try XLSXReader.read(xlsx)
        let sheet = try XCTUnwrap(workbook.sheets.first)
        XCTAssertEqual(sheet.name, "Data")
        // SampleDocuments.chart: categories 1-3, Target 100 each, Capaian 111,03 / - / 441,18.
        XCTAssertEqual(sheet[row: 1, column: 2].value, .text("Target"))
        XCTAssertEqual(sheet[row: 2, column: 1].value, .text("1"))
        XCTAssertEqual(sheet[row: 2, column: 3].value, .number(111.03))
        XCTAssertEqual(sheet[row: 3, column: 3].value, .empty)
        XCTAssertEqual(sheet[row: 4, column: 3].value, .number(441.18))
    }
}
