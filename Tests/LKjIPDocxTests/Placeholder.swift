import XCTest
final class LKjIPDocxTestsPlaceholder: XCTestCase { func testModuleLoads() { XCTAssertTrue(true) } }
