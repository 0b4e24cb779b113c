import LKjIPDocument
import XCTest

final class HeadingTests: XCTestCase {
    /// Levels outside 1...4 are clamped: writers have styles for four levels only.
    func testLevelIsClamped() {
        XCTAssertEqual(Heading(level: 0, content: [], anchor: "a").level, 1)
        XCTAssertEqual(Heading(level: 9, content: [], anchor: "a").level, 4)
        XCTAssertEqual(Heading(level: 3, content: [], anchor: "a").level, 3)
    }
}
