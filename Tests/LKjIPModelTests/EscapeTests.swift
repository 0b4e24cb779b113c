import LKjIPModel
import XCTest

/// Text from data is escaped before it is printed in a message, so a value can never clear
/// the terminal, forge a line of output or reverse the text around it.
final class EscapeTests: XCTestCase {
    func testLineBreaksAndTabs() {
        XCTAssertEqual(Escape.inline("satu\ndua"), "satu\\ndua")
        XCTAssertEqual(Escape.inline("a\tb\rc"), "a\\tb\\rc")
    }

    /// ESC (U+1B) starts terminal control sequences; it is shown as \u{1B}.
    func testEscapeCharacter() {
        XCTAssertEqual(Escape.inline("\u{1B}[2Jbuild OK"), "\\u{1B}[2Jbuild OK")
        XCTAssertEqual(Escape.inline("\u{0}"), "\\u{0}")
        XCTAssertEqual(Escape.inline("\u{7F}"), "\\u{7F}", "DEL")
        XCTAssertEqual(Escape.inline("\u{85}"), "\\u{85}", "a C1 control (NEXT LINE)")
    }

    /// Bidirectional overrides and isolates would reorder the message around them.
    func testBidiControls() {
        XCTAssertEqual(Escape.inline("a\u{202E}b"), "a\\u{202E}b")
        XCTAssertEqual(Escape.inline("a\u{202A}b"), "a\\u{202A}b")
        XCTAssertEqual(Escape.inline("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}")
        XCTAssertEqual(Escape.inline("a\u{2028}b\u{2029}"), "a\\u{2028}b\\u{2029}", "Unicode line and paragraph separators")
    }

    /// Ordinary text, including non-ASCII letters, is left alone.
    func testOrdinaryText() {
        XCTAssertEqual(Escape.inline("Rp\u{00A0}1.000 – “ya”"), "Rp\u{00A0}1.000 – “ya”")
    }

    /// A quote is cut at the limit (120 by default) and marked with an ellipsis; text of
    /// exactly the limit is not cut.
    func testTruncationAtTheLimit() {
        let exact = String(repeating: "x", count: 120)
        XCTAssertEqual(Escape.inline(exact), exact)
        XCTAssertEqual(Escape.inline(exact + "y"), exact + "…")
        XCTAssertEqual(Escape.inline("abcdef", limit: 3), "abc…")
        XCTAssertEqual(Escape.inline("\n\n\n\n", limit: 2), "\\n\\n…", "the limit counts characters of the input")
    }

    func testCodePoint() {
        XCTAssertEqual(Escape.codePoint("\u{1B}"), "\\u{1B}")
        XCTAssertEqual(Escape.codePoint("\u{202E}"), "\\u{202E}")
    }

    /// Characters XML 1.0 cannot carry are found with their line.
    func testXMLForbiddenCharacters() {
        XCTAssertTrue(XMLCharacters.isForbidden("\u{1}"))
        XCTAssertTrue(XMLCharacters.isForbidden("\u{FFFE}"))
        XCTAssertFalse(XMLCharacters.isForbidden("\n"))
        XCTAssertFalse(XMLCharacters.isForbidden("\t"))
        let found = XMLCharacters.firstForbidden(in: "satu\ndua\u{1}\n")
        XCTAssertEqual(found?.line, 2)
        XCTAssertEqual(found?.scalar, "\u{1}")
        XCTAssertNil(XMLCharacters.firstForbidden(in: "bersih\n"))
    }
}
