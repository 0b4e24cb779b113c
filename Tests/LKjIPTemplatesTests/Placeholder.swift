import XCTest

final class LKjIPTemplatesPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
