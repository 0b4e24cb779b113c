import LKjIPCompute
import XCTest

final class RoundingTests: XCTestCase {
    func testHalfUpAwayFromZero() {
        let cases: [(Double, Int, Double)] = [
            (0.125, 2, 0.13), (2.675, 2, 2.68), (2.665, 2, 2.67), (-2.675, 2, -2.68), (99.5, 0, 100), (-0.5, 0, -1),
            (100.49, 0, 100), (1e-5, 2, 0), (12345.6789, 1, 12345.7), (1e16, 0, 1e16), (5e-3, 2, 0.01), (-5e-3, 2, -0.01),
        ]
        for (value, decimals, expected) in cases {
            XCTAssertEqual(Rounding.halfUpDouble(value, decimals: decimals), expected, "\(value) at \(decimals)")
        }
    }

    func testNonFiniteValuesRoundToZero() {
        XCTAssertEqual(Rounding.halfUpDouble(.nan, decimals: 2), 0)
        XCTAssertEqual(Rounding.halfUpDouble(.infinity, decimals: 0), 0)
    }
}
