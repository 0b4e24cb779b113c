@testable import LKjIPReport
import XCTest

/// "2020, 2021, 2022 dan 2023": the years a table shows, as its title names them.
final class YearsTextTests: XCTestCase {
    func testWording() {
        XCTAssertEqual(YearsText.make([2020, 2021, 2022, 2023]), "2020, 2021, 2022 dan 2023")
        XCTAssertEqual(YearsText.make([2022, 2023]), "2022 dan 2023")
        XCTAssertEqual(YearsText.make([2023]), "2023")
        XCTAssertEqual(YearsText.make([]), "")
    }
}
