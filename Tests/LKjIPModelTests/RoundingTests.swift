import Foundation
@testable import LKjIPModel
import TestSupport
import XCTest

/// Half-up rounding on exact decimals, the one rounding rule of every printed figure.
final class RoundingTests: XCTestCase {
    /// 2.675 as typed is the decimal 2.675 (no binary 2.67499999…); a calculator and Excel's
    /// ROUND give 2.68.
    func testHalfUpOnTheTypedDecimal() {
        XCTAssertEqual(Rounding.halfUp(d("2.675"), decimals: 2), d("2.68"))
        XCTAssertEqual(Rounding.halfUp(d("1.005"), decimals: 2), d("1.01"))
        XCTAssertEqual(Rounding.halfUp(d("0.5"), decimals: 0), 1)
        XCTAssertEqual(Rounding.halfUp(d("2.5"), decimals: 0), 3, "not banker's rounding")
        XCTAssertEqual(Rounding.halfUp(d("101.5"), decimals: 0), 102, "2.436 / 2.400 × 100, the case a double rounds to 101")
        XCTAssertEqual(Rounding.halfUp(d("90.055"), decimals: 2), d("90.06"), "1.801.100 / 2.000.000 × 100")
    }

    /// Away from zero at .5 for negative numbers too.
    func testNegativeHalves() {
        XCTAssertEqual(Rounding.halfUp(d("-0.5"), decimals: 0), -1)
        XCTAssertEqual(Rounding.halfUp(d("-2.675"), decimals: 2), d("-2.68"))
    }

    /// Plain text with exactly the places asked, no sign on a value that rounds to zero.
    func testPlainText() {
        XCTAssertEqual(Rounding.plainText(d("95.4"), decimals: 2), "95.40")
        XCTAssertEqual(Rounding.plainText(d("-0.7"), decimals: 1), "-0.7")
        XCTAssertEqual(Rounding.plainText(d("-0.004"), decimals: 2), "0.00")
        XCTAssertEqual(Rounding.plainText(d("1500"), decimals: 0), "1500")
        XCTAssertEqual(Rounding.plainText(d("22186820000"), decimals: 0), "22186820000")
        XCTAssertEqual(Rounding.plainText(d("441.17647"), decimals: 2), "441.18")
    }

    /// A double literal becomes the decimal of its shortest text; drawing goes the other way.
    func testLiteralsAndDrawing() {
        XCTAssertEqual(Rounding.decimal(literal: 3.01), d("3.01"))
        XCTAssertEqual(Rounding.decimal(literal: .infinity), 0)
        XCTAssertEqual(Rounding.drawing(d("101.5")), 101.5)
    }
}
