import XCTest

final class LKjIPPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
