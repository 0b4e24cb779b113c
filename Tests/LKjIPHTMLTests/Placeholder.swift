import XCTest
final class LKjIPHTMLTestsPlaceholder: XCTestCase { func testModuleLoads() { XCTAssertTrue(true) } }
