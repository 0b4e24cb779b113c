import XCTest

final class LKjIPComputePlaceholder: XCTestCase {
    func testModuleLoads() {}
}
