import XCTest

final class LKjIPDocxPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
