@testable import LKjIPTemplates
import XCTest

/// The line markers that carry template lines through rendering.
final class LineMarkersTests: XCTestCase {
    /// Every line that starts an element gets a marker with the template name and its line;
    /// closing tags, processing instructions and text lines do not.
    func testInsert() {
        let source = "<chapter>\n  <section>\ntext\n</section>\n<?x?>\n<p>a</p>"
        let marked = LineMarkers.insert(into: source, template: "bab1")
        XCTAssertEqual(marked, "<?lkjip-line bab1:1?><chapter>\n<?lkjip-line bab1:2?>  <section>\ntext\n</section>\n<?x?>\n<?lkjip-line bab1:6?><p>a</p>")
        XCTAssertEqual(marked.split(separator: "\n", omittingEmptySubsequences: false).count, 6, "the line count is unchanged")
    }

    /// Lines inside a multi-line mustache comment are not marked.
    func testCommentLinesAreNotMarked() {
        let marked = LineMarkers.insert(into: "{{! catatan\n<p>x</p>\n}}\n<p>y</p>", template: "t")
        XCTAssertFalse(marked.contains("t:2"))
        XCTAssertTrue(marked.contains("<?lkjip-line t:4?><p>y</p>"))
    }

    func testParse() {
        XCTAssertEqual(LineMarkers.parse("bab3:12")?.template, "bab3.mustache")
        XCTAssertEqual(LineMarkers.parse(" bab3:12 ")?.line, 12)
        XCTAssertNil(LineMarkers.parse("bab3"))
        XCTAssertNil(LineMarkers.parse("bab3:x"))
    }
}
