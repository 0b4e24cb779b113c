import XCTest

final class LKjIPReportPlaceholder: XCTestCase {
    func testModuleLoads() {}
}
