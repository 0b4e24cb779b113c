import XCTest
final class LKjIPComputeTestsPlaceholder: XCTestCase { func testModuleLoads() { XCTAssertTrue(true) } }
