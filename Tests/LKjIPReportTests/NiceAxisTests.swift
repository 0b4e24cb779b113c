@testable import LKjIPReport
import XCTest

/// Value axes from 0 in about five steps of 1, 2 or 5 times a power of ten. Each case is
/// worked by hand: rough step = maximum / 5, rounded up to the next 1-2-5 value; the axis
/// ends at the first multiple of the step at or above the maximum.
final class NiceAxisTests: XCTestCase {
    /// 441: rough 88,2 → 100; 5 steps → 500.
    func test441() {
        let axis = NiceAxis.make(maximum: 441, title: "Capaian (%)")
        XCTAssertEqual(axis.maximum, 500)
        XCTAssertEqual(axis.majorUnit, 100)
        XCTAssertEqual(axis.labels, ["0", "100", "200", "300", "400", "500"])
        XCTAssertEqual(axis.numberFormat, "#,##0")
        XCTAssertEqual(axis.title, "Capaian (%)")
    }

    /// 22,19: rough 4,44 → 5; 5 steps → 25.
    func test22point19() {
        let axis = NiceAxis.make(maximum: 22.19, title: "Rupiah (miliar)")
        XCTAssertEqual(axis.maximum, 25)
        XCTAssertEqual(axis.majorUnit, 5)
        XCTAssertEqual(axis.labels, ["0", "5", "10", "15", "20", "25"])
    }

    /// 0,37: rough 0,074 → 0,1; 4 steps → 0,4; labels with one decimal and a comma.
    func test0point37() {
        let axis = NiceAxis.make(maximum: 0.37, title: "x")
        XCTAssertEqual(axis.maximum, 0.4, accuracy: 1e-9)
        XCTAssertEqual(axis.majorUnit, 0.1, accuracy: 1e-9)
        XCTAssertEqual(axis.labels, ["0,0", "0,1", "0,2", "0,3", "0,4"])
        XCTAssertEqual(axis.numberFormat, "#,##0.0")
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
        var value = 0.013
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
