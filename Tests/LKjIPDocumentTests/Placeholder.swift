import XCTest

final class LKjIPDocumentPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
