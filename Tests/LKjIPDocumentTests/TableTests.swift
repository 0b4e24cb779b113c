import LKjIPDocument
import XCTest

/// The table model's invariants.
final class TableTests: XCTestCase {
    /// Spans below 1 would make the grid arithmetic of every writer wrong; they become 1.
    func testSpansAreAtLeastOne() {
        let cell = TableCell(blocks: [], rowSpan: 0, colSpan: -3)
        XCTAssertEqual(cell.rowSpan, 1)
        XCTAssertEqual(cell.colSpan, 1)
    }

    /// `TableCell.text` is one table-text paragraph; bold marks the run; an empty string is an
    /// empty paragraph (a cell must still hold a paragraph in WordprocessingML).
    func testTextCell() {
        let cell = TableCell.text("90%", shading: "1F4E79", alignment: .center, bold: true)
        XCTAssertEqual(cell.blocks, [.paragraph(Paragraph(content: [.text("90%", .bold)], style: .tableText, alignment: .center))])
        XCTAssertEqual(cell.shading, "1F4E79")
        XCTAssertTrue(cell.bold)
        XCTAssertEqual(TableCell.text("").blocks, [.paragraph(Paragraph(content: [], style: .tableText, alignment: .left))])
    }

    /// The grid has as many columns as preferences were given.
    func testColumnCount() {
        XCTAssertEqual(Table(columnWidths: [1, 4, 5, 2], rows: []).columnCount, 4)
    }
}
