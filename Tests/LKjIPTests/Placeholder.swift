import XCTest
final class LKjIPTestsPlaceholder: XCTestCase { func testModuleLoads() { XCTAssertTrue(true) } }
