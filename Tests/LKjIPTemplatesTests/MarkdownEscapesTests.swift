import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import XCTest

/// CommonMark's backslash escapes in narrative Markdown (issue 21): a backslash before ASCII
/// punctuation prints the character itself and takes away its meaning as markup.
final class MarkdownEscapesTests: XCTestCase {
    private func paragraph(_ content: [Inline]) -> [Block] { [.paragraph(Paragraph(content: content))] }

    /// `\*` is a star, `\_` an underscore, `\{\{` two braces, `\\` one backslash.
    func testEscapedPunctuationIsLiteral() {
        XCTAssertEqual(MarkdownReader.blocks(#"Tanda \*bintang\* dan \_garis\_."#), paragraph([text("Tanda *bintang* dan _garis_.")]))
        XCTAssertEqual(MarkdownReader.blocks(#"Tulis \{\{tahun\}\} apa adanya."#), paragraph([text("Tulis {{tahun}} apa adanya.")]))
        XCTAssertEqual(MarkdownReader.blocks(#"Garis miring \\ terbalik."#), paragraph([text(#"Garis miring \ terbalik."#)]))
    }

    /// An escaped star inside emphasis stays a star, and does not close it.
    func testEscapeInsideEmphasis() {
        XCTAssertEqual(MarkdownReader.blocks(#"**nilai \*5\* tebal**"#), paragraph([text("nilai *5* tebal", .bold)]))
        XCTAssertEqual(MarkdownReader.blocks(#"\*\*bukan tebal\*\*"#), paragraph([text("**bukan tebal**")]))
    }

    /// A backslash before a letter or a digit is an ordinary character (CommonMark).
    func testBackslashBeforeOtherCharactersIsKept() {
        XCTAssertEqual(MarkdownReader.blocks(#"C:\data\2023"#), paragraph([text(#"C:\data\2023"#)]))
    }

    /// An odd number of trailing backslashes ends in a hard line break; `\\` at the end is an
    /// escaped backslash and the lines join with a space.
    func testTrailingBackslashes() {
        XCTAssertEqual(MarkdownReader.blocks("satu\\\ndua"), paragraph([text("satu"), .lineBreak, text("dua")]))
        XCTAssertEqual(MarkdownReader.blocks("satu\\\\\ndua"), paragraph([text(#"satu\ dua"#)]))
    }

    /// An escaped list marker or heading sign starts no list and no heading.
    func testEscapedBlockMarkers() {
        XCTAssertEqual(MarkdownReader.blocks(#"\- bukan butir"#), paragraph([text("- bukan butir")]))
        XCTAssertEqual(MarkdownReader.blocks(##"\# bukan judul"##), paragraph([text("# bukan judul")]))
    }

    /// The emphasis scan is linear: a line of 200.000 stars, escaped or not, is read at once
    /// (the old scan searched the rest of the line from every star).
    func testManyStarsAreReadInOnePass() {
        let stars = String(repeating: "*", count: 200_001)
        XCTAssertFalse(MarkdownReader.blocks("a" + stars + "b").isEmpty)
        let escaped = String(repeating: "\\*", count: 100_000)
        XCTAssertEqual(MarkdownReader.blocks(escaped), paragraph([text(String(repeating: "*", count: 100_000))]))
    }
}
