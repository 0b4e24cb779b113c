@testable import LKjIPReport
import TestSupport
import XCTest

/// Value axes from 0 (or below, for negative values) in about five steps of 1, 2 or 5 times a
/// power of ten, never less than 1. Each case is worked by hand: rough step = (maximum -
/// minimum) / 5, rounded up to the next 1-2-5 value; the axis ends at the first multiple of
/// the step at or above the maximum and starts at the first at or below the minimum.
final class NiceAxisTests: XCTestCase {
    /// 441: rough 88,2 → 100; 5 steps → 500.
    func test441() {
        let axis = NiceAxis.make(maximum: 441, title: "Capaian (%)")
        XCTAssertEqual(axis.maximum, 500)
        XCTAssertEqual(axis.majorUnit, 100)
        XCTAssertEqual(axis.labels, ["0", "100", "200", "300", "400", "500"])
        // No tick reaches 1.000: a format without grouping, which no locale changes.
        XCTAssertEqual(axis.numberFormat, "0")
        XCTAssertEqual(axis.title, "Capaian (%)")
    }

    /// 22,19: rough 4,44 → 5; 5 steps → 25.
    func test22point19() {
        let axis = NiceAxis.make(maximum: 22.19, title: "Rupiah (miliar)")
        XCTAssertEqual(axis.maximum, 25)
        XCTAssertEqual(axis.majorUnit, 5)
        XCTAssertEqual(axis.labels, ["0", "5", "10", "15", "20", "25"])
    }

    /// 0,37: rough 0,074, but a step is at least 1 (a decimal tick would need the reader's
    /// decimal sign): one step to 1.
    func test0point37() {
        let axis = NiceAxis.make(maximum: 0.37, title: "x")
        XCTAssertEqual(axis.maximum, 1)
        XCTAssertEqual(axis.majorUnit, 1)
        XCTAssertEqual(axis.labels, ["0", "1"])
        XCTAssertEqual(axis.numberFormat, "0")
    }

    /// A capaian of -14% next to 441%: range 455, rough 91 → 100; one step below 0 (-100)
    /// and five above (500), so the negative bar is drawn.
    func testNegativeValue() {
        let axis = NiceAxis.make(maximum: 441, minimum: -14, title: "x")
        XCTAssertEqual(axis.minimum, -100)
        XCTAssertEqual(axis.maximum, 500)
        XCTAssertEqual(axis.majorUnit, 100)
        XCTAssertEqual(axis.labels, ["-100", "0", "100", "200", "300", "400", "500"])
    }

    /// Ticks of 1.000 and more: grouping with a literal, escaped "." (so an English reader's
    /// Word or LibreOffice prints "1.500" too), plain digits below 1.000.
    func testNumberFormatIsLocaleProof() {
        XCTAssertEqual(NiceAxis.make(maximum: 1643, title: "x").numberFormat, "[>=1000]#\\.##0;[<=-1000]\\-#\\.##0;0")
        XCTAssertEqual(NiceAxis.make(maximum: 2_400_000, title: "x").numberFormat, "[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0")
        XCTAssertFalse(NiceAxis.make(maximum: 1643, title: "x").numberFormat.contains(","))
    }

    /// 1.643: rough 328,6 → 500; 4 steps → 2.000, with thousands separators.
    func test1643() {
        let axis = NiceAxis.make(maximum: 1643, title: "x")
        XCTAssertEqual(axis.maximum, 2000)
        XCTAssertEqual(axis.majorUnit, 500)
        XCTAssertEqual(axis.labels, ["0", "500", "1.000", "1.500", "2.000"])
    }

    /// A minimum top: capaian of 30% still shows the 100% line (rough 20 → 20; 5 steps).
    func testMinimumTop() {
        let axis = NiceAxis.make(maximum: 30, title: "x", minimumTop: 100)
        XCTAssertEqual(axis.maximum, 100)
        XCTAssertEqual(axis.majorUnit, 20)
    }

    /// Nothing to show, or nonsense, still gives a usable axis from 0.
    func testDegenerateMaxima() {
        for raw in [0, -5, Double.nan, Double.infinity] {
            let axis = NiceAxis.make(maximum: raw, title: "x")
            XCTAssertGreaterThan(axis.maximum, 0, "\(raw)")
            XCTAssertGreaterThan(axis.majorUnit, 0, "\(raw)")
            XCTAssertEqual(axis.labels.count, Int((axis.maximum / axis.majorUnit).rounded()) + 1)
        }
    }

    /// For any maximum the axis covers it, steps 1-2-5, and uses between 2 and 6 steps.
    func testPropertiesOverManyMaxima() {
        var value = 5.3
        while value < 5e11 {
            let axis = NiceAxis.make(maximum: value, title: "x")
            XCTAssertGreaterThanOrEqual(axis.maximum + 1e-9 * axis.maximum, value)
            let steps = axis.maximum / axis.majorUnit
            XCTAssertEqual(steps, steps.rounded(), accuracy: 1e-6)
            XCTAssertTrue((2...6).contains(Int(steps.rounded())), "\(value): \(steps) steps")
            let magnitude = pow(10, floor(log10(axis.majorUnit) + 1e-12))
            XCTAssertTrue([1.0, 2, 5, 10].contains { abs(axis.majorUnit / magnitude - $0) < 1e-6 }, "\(value): step \(axis.majorUnit)")
            XCTAssertEqual(axis.labels.count, Int(steps.rounded()) + 1)
            value *= 1.37
        }
    }
}
