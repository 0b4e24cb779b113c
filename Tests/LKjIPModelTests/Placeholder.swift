import XCTest

final class LKjIPModelPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
