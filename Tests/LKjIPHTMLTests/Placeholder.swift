import XCTest

final class LKjIPHTMLPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
