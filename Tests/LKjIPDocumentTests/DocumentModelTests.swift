import LKjIPDocument
import XCTest

final class DocumentModelTests: XCTestCase {
    func testPlainTextJoinsRunsAndLineBreaks() {
        let content: [Inline] = [.text("BAB I ", .bold), .lineBreak, .text("PENDAHULUAN")]
        XCTAssertEqual(content.plainText, "BAB I \nPENDAHULUAN")
    }

    func testHeadingLevelsStayWithinOneToFour() {
        XCTAssertEqual(Heading(level: 0, content: [], anchor: "a").level, 1)
        XCTAssertEqual(Heading(level: 9, content: [], anchor: "a").level, 4)
    }

    func testSpansAreAtLeastOne() {
        let cell = TableCell(blocks: [], rowSpan: 0, colSpan: -2)
        XCTAssertEqual(cell.rowSpan, 1)
        XCTAssertEqual(cell.colSpan, 1)
    }

    func testTextCellCarriesItsFormattingIntoTheParagraph() {
        let cell = TableCell.text("TOTAL", colSpan: 2, shading: "D9E2F3", alignment: .center, bold: true)
        XCTAssertEqual(cell.blocks, [.paragraph(Paragraph(content: [.text("TOTAL", .bold)], style: .tableText, alignment: .center))])
        XCTAssertEqual(cell.colSpan, 2)
        XCTAssertEqual(cell.shading, "D9E2F3")
    }

    func testImageFormatsNameTheirMediaType() {
        XCTAssertEqual(ImageFormat.png.mimeType, "image/png")
        XCTAssertEqual(ImageFormat.jpeg.fileExtension, "jpeg")
    }

    func testDarkFillsAreRecognised() {
        XCTAssertTrue(Shading.isDark("1F4E79"))
        XCTAssertFalse(Shading.isDark("00B050"))
        XCTAssertFalse(Shading.isDark("FFC000"))
        XCTAssertFalse(Shading.isDark("not-hex"))
    }
}
