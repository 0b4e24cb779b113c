import LKjIPSheet
import XCTest

final class WorkbookTests: XCTestCase {
    func testPlaceholder() { XCTAssertEqual(Workbook().sheets, []) }
}
