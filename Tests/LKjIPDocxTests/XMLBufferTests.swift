@testable import LKjIPDocx
import XCTest

/// Issue 25: the body is written into one byte buffer. Numbers are written as `String(_:)`
/// writes them, text is escaped by the one rule (`XMLText.escape`), and what it refuses it
/// refuses here too.
final class XMLBufferTests: XCTestCase {
    func testNumbers() {
        for value in [0, 7, 10, 240, 11906, -1134, Int.max, Int.min] {
            var buffer = XMLBuffer()
            buffer.append(value)
            XCTAssertEqual(buffer.string, String(value))
        }
    }

    func testEscapingIsXMLTextsRule() throws {
        for text in ["plain", "a & b", "<w:t>", "\"quoted\" 'single'", "tab\tline\nreturn\r", "é – “x” ₂", "\u{F0}\u{FFFD}"] {
            var buffer = XMLBuffer()
            try buffer.append(escaped: text)
            XCTAssertEqual(buffer.string, try XMLText.escape(text), text)
        }
        var buffer = XMLBuffer()
        XCTAssertThrowsError(try buffer.append(escaped: "bad \u{1}"))
        XCTAssertThrowsError(try buffer.append(escaped: "bad \u{FFFE}"))
    }

    func testLiteralsSearchAndInsert() {
        var buffer = XMLBuffer()
        buffer.append(literal: "<w:p><w:pPr></w:pPr></w:p>")
        XCTAssertTrue(buffer.hasSuffix("</w:p>"))
        XCTAssertEqual(buffer.firstOffset(of: "<w:pPr>"), 5)
        XCTAssertEqual(buffer.firstOffset(of: "</w:pPr>", from: 6), 12)
        XCTAssertNil(buffer.firstOffset(of: "<w:tbl>"))
        buffer.insert("<x/>", at: 12)
        XCTAssertEqual(buffer.string, "<w:p><w:pPr><x/></w:pPr></w:p>")
        buffer.truncate(to: 5)
        XCTAssertEqual(buffer.string, "<w:p>")
    }
}
