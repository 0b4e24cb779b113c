import LKjIPDocument
import XCTest

final class InlineTests: XCTestCase {
    /// The visible text joins runs and turns line breaks into newlines; marks do not show.
    func testPlainText() {
        let content: [Inline] = [.text("Capaian ", []), .text("melebihi", [.bold, .italic]), .lineBreak, .text("target", .underline)]
        XCTAssertEqual(content.plainText, "Capaian melebihi\ntarget")
    }

    /// Marks combine as a set.
    func testMarksCombine() {
        let marks: Marks = [.bold, .underline]
        XCTAssertTrue(marks.contains(.bold))
        XCTAssertFalse(marks.contains(.italic))
    }
}
