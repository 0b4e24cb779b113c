import LKjIPCompute
import XCTest

final class CapaianStatusTests: XCTestCase {
    func testThresholdsUseThePrintedWholePercent() {
        let cases: [(Double?, CapaianStatus)] = [
            (441.18, .melebihi), (100.5, .melebihi), (100.49, .tercapai), (100, .tercapai), (99.5, .tercapai),
            (99.49, .belumTercapai), (0, .belumTercapai), (-0.49, .belumTercapai), (-0.5, .negatif), (-14, .negatif), (nil, .tidakAdaData),
        ]
        for (capaian, status) in cases {
            XCTAssertEqual(CapaianCalculator.status(capaian), status, "\(String(describing: capaian))")
        }
    }

    func testColoursFollowEPerformance() {
        XCTAssertEqual(CapaianStatus.melebihi.shading, "1F4E79")
        XCTAssertEqual(CapaianStatus.tercapai.shading, "00B050")
        XCTAssertEqual(CapaianStatus.belumTercapai.shading, "FFC000")
        XCTAssertEqual(CapaianStatus.negatif.shading, "A6A6A6")
        XCTAssertNil(CapaianStatus.tidakAdaData.shading)
        XCTAssertEqual(CapaianStatus.allCases.filter(\.darkBackground), [.melebihi])
        XCTAssertEqual(Set(CapaianStatus.allCases.map(\.label)).count, CapaianStatus.allCases.count)
        XCTAssertEqual(CapaianStatus.melebihi.label, "Melebihi target")
    }
}
