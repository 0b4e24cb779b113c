import XCTest
final class LKjIPModelTestsPlaceholder: XCTestCase { func testModuleLoads() { XCTAssertTrue(true) } }
