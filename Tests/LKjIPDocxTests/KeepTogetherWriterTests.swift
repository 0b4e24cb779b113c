import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// A keep-together group (made by the layout pass for short tables and signatures) is the
/// single unsplittable row of a borderless one-cell table, so Word and LibreOffice move it
/// to the next page whole, title and caption included.
final class KeepTogetherWriterTests: XCTestCase {
    func testGroupIsOneUnsplittableRow() throws {
        let table = Table(columnWidths: [1, 2], headerRowCount: 1, rows: [
            TableRow(cells: [.text("No", bold: true), .text("Satker", bold: true)]),
            TableRow(cells: [.text("1."), .text("Lapas Padang")]),
        ], caption: Caption(.table, "Satuan Kerja"))
        let body = try DocxPackage(document([.keepTogether([.paragraph(Paragraph(content: [.text("Rincian:")], keepWithNext: true)), .table(table)])])).body
        let outer = try XCTUnwrap(body.child("w:tbl"))
        let rows = outer.children.filter { $0.name == "w:tr" }
        XCTAssertEqual(rows.count, 1)
        XCTAssertNotNil(rows[0].child("w:trPr")?.child("w:cantSplit"))
        let cells = rows[0].children.filter { $0.name == "w:tc" }
        XCTAssertEqual(cells.count, 1)
        XCTAssertTrue(try XCTUnwrap(outer.child("w:tblPr")?.child("w:tblBorders")).children.allSatisfy { $0["w:val"] == "nil" })
        // Inside: the paragraph, the caption, the table, and a closing paragraph.
        let inside = cells[0].children.map(\.name)
        XCTAssertEqual(inside.first, "w:tcPr")
        XCTAssertEqual(inside.last, "w:p")
        XCTAssertEqual(inside.filter { $0 == "w:tbl" }.count, 1)
        XCTAssertEqual(cells[0].children.filter { $0.name == "w:p" }.map(\.text).prefix(2), ["Rincian:", "Tabel 1 Satuan Kerja"])
        // The group spans the text width (7937 twips) with no cell margins.
        XCTAssertEqual(outer.child("w:tblGrid")?.children.first?["w:w"], "7937")
        XCTAssertEqual(outer.child("w:tblPr")?.child("w:tblCellMar")?.child("w:left")?["w:w"], "0")
    }
}
