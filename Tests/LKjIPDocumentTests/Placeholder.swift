import XCTest
final class LKjIPDocumentTestsPlaceholder: XCTestCase { func testModuleLoads() { XCTAssertTrue(true) } }
