import XCTest
final class LKjIPTemplatesTestsPlaceholder: XCTestCase { func testModuleLoads() { XCTAssertTrue(true) } }
