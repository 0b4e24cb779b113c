import LKjIPDocument
import XCTest

final class HeadingTests: XCTestCase {
    /// Levels outside 1...5 are clamped: writers have styles for five levels only (the fifth
    /// is the run-in part "a. Perbandingan …" of a BAB III unit).
    func testLevelIsClamped() {
        XCTAssertEqual(Heading(level: 0, content: [], anchor: "a").level, 1)
        XCTAssertEqual(Heading(level: 9, content: [], anchor: "a").level, 5)
        XCTAssertEqual(Heading(level: 3, content: [], anchor: "a").level, 3)
    }
}
