@testable import LKjIPCompute
import XCTest

/// Half-up rounding on the decimal a person reads, not on the binary double.
final class RoundingTests: XCTestCase {
    /// 2.675 is stored as 2.67499999…; a calculator and Excel's ROUND give 2.68.
    func testHalfUpOnTheTypedDecimal() {
        XCTAssertEqual(Rounding.halfUp(2.675, decimals: 2), Decimal(string: "2.68"))
        XCTAssertEqual(Rounding.halfUp(1.005, decimals: 2), Decimal(string: "1.01"))
        XCTAssertEqual(Rounding.halfUp(0.5, decimals: 0), 1)
        XCTAssertEqual(Rounding.halfUp(2.5, decimals: 0), 3, "not banker's rounding")
    }

    /// Away from zero at .5 for negative numbers too.
    func testNegativeHalves() {
        XCTAssertEqual(Rounding.halfUp(-0.5, decimals: 0), -1)
        XCTAssertEqual(Rounding.halfUp(-2.675, decimals: 2), Decimal(string: "-2.68"))
    }

    func testHalfUpDoubleAndNonFinite() {
        XCTAssertEqual(Rounding.halfUpDouble(99.6, decimals: 0), 100)
        XCTAssertEqual(Rounding.halfUpDouble(441.17647, decimals: 2), 441.18, accuracy: 1e-9)
        XCTAssertEqual(Rounding.halfUp(.infinity, decimals: 2), 0)
        XCTAssertEqual(Rounding.halfUp(.nan, decimals: 2), 0)
    }
}
