import XCTest

final class LKjIPLayoutPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
