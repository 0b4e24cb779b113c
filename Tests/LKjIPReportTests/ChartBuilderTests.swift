import Foundation
import LKjIPCompute
import LKjIPDocument
@testable import LKjIPReport
import XCTest

/// The two chart kinds of BAB III and their axes.
final class ChartBuilderTests: XCTestCase {
    /// 1-2-5 steps: the step is 1, 2 or 5 times a power of ten.
    func isNiceStep(_ step: Double) -> Bool {
        let magnitude = pow(10, floor(log10(step)))
        return [1.0, 2, 5].contains { abs(step / magnitude - $0) < 1e-9 }
    }

    /// Capaian chart of administrasi: four numeric indicators (125, 100, 50, 100%) against
    /// the 100% line; the axis from 0 to 150 in steps of 50 (rough step 125 / 5 = 25,
    /// rounded up to 50), titled in percent; categories numbered with a key of the names.
    func testCapaianChart() throws {
        let sasaran = try XCTUnwrap(try SmallReport.report.divisi.first).sasaran
        let chart = try XCTUnwrap(ChartBuilder(wording: try SmallReport.wording).capaian(sasaran))
        XCTAssertEqual(chart.categories, ["1", "2", "3", "4"])
        XCTAssertEqual(chart.key.first, "1. Indeks kepuasan layanan internal")
        XCTAssertEqual(chart.series.map(\.name), ["Target", "Capaian"])
        XCTAssertEqual(chart.series[0].values, [100, 100, 100, 100])
        XCTAssertEqual(chart.series[1].values.compactMap { $0 }.map { ($0 * 100).rounded() / 100 }, [125, 100, 50, 100])
        XCTAssertEqual(chart.axis.title, "Capaian (%)")
        XCTAssertEqual(chart.axis.maximum, 150)
        XCTAssertEqual(chart.axis.majorUnit, 50)
        XCTAssertEqual(chart.axis.labels, ["0", "50", "100", "150"])
        XCTAssertEqual(chart.caption.kind, .chart)
    }

    /// The capaian axis always reaches 100 (the target line), starts at 0 and steps 1-2-5,
    /// even when every capaian is small.
    func testCapaianAxisReachesHundred() throws {
        let report = try SmallReport.make(changing: ["realisasi/pemasyarakatan.yaml": """
        divisi: pemasyarakatan
        realisasi:
          - indikator: ss1-1
            nilai: 8
        unit: []
        """])
        let sasaran = try XCTUnwrap(report.divisi.first { $0.divisi.id == "pemasyarakatan" }).sasaran
        let chart = try XCTUnwrap(ChartBuilder(wording: try SmallReport.wording).capaian(sasaran))
        XCTAssertGreaterThanOrEqual(chart.axis.maximum, 100)
        XCTAssertEqual(chart.axis.labels.first, "0")
        XCTAssertTrue(isNiceStep(chart.axis.majorUnit))
        XCTAssertEqual(chart.axis.labels.count, Int((chart.axis.maximum / chart.axis.majorUnit).rounded()) + 1)
    }

    /// Indicators with a word target (WTP) are left out of the capaian chart; with none
    /// numeric there is no chart.
    func testWordTargetsAreLeftOut() {
        XCTAssertNil(ChartBuilder(wording: try SmallReport.wording).capaian([]))
    }

    /// Office budget above ten miliar: amounts in miliar (209.168.138.000 → 209,17), the unit
    /// in the axis title, the axis to 250 in steps of 50 (rough 209,17 / 5 = 41,8 → 50).
    func testAnggaranChartInMiliar() throws {
        let chart = try XCTUnwrap(ChartBuilder(wording: try SmallReport.wording).anggaran(try SmallReport.report.anggaranKantor))
        XCTAssertEqual(chart.categories, ["2022", "2023"])
        XCTAssertEqual(chart.series.map(\.name), ["Pagu", "Realisasi"])
        XCTAssertEqual(chart.series[0].values, [201.94, 209.17])
        XCTAssertEqual(chart.series[1].values, [191.81, 207.52])
        XCTAssertEqual(chart.axis.title, "Rupiah (miliar)")
        XCTAssertEqual(chart.axis.maximum, 250)
        XCTAssertEqual(chart.axis.majorUnit, 50)
        XCTAssertEqual(chart.axis.labels, ["0", "50", "100", "150", "200", "250"])
    }

    /// A division's budget below ten miliar: amounts in juta (2.000.000.000 → 2.000), axis to
    /// 2.000 in steps of 500, labels with Indonesian thousands separators.
    func testAnggaranChartInJuta() throws {
        let unit = try XCTUnwrap(try SmallReport.report.divisi.first?.units.first)
        let chart = try XCTUnwrap(ChartBuilder(wording: try SmallReport.wording).anggaran(unit.anggaran))
        XCTAssertEqual(chart.axis.title, "Rupiah (juta)")
        XCTAssertEqual(chart.series[0].values, [1800, 2000])
        XCTAssertEqual(chart.axis.maximum, 2000)
        XCTAssertEqual(chart.axis.majorUnit, 500)
        XCTAssertEqual(chart.axis.labels, ["0", "500", "1.000", "1.500", "2.000"])
    }

    /// The unit switches at ten miliar: 9.999.999.999 is still juta, 10.000.000.000 miliar.
    func testUnitThreshold() throws {
        let below = ChartBuilder(wording: try SmallReport.wording).anggaran(RealisasiAnggaran.rows([(2023, 9_999_999_999, 1)]))
        let at = ChartBuilder(wording: try SmallReport.wording).anggaran(RealisasiAnggaran.rows([(2023, 10_000_000_000, 1)]))
        XCTAssertEqual(below?.axis.title, "Rupiah (juta)")
        XCTAssertEqual(at?.axis.title, "Rupiah (miliar)")
        XCTAssertNil(ChartBuilder(wording: try SmallReport.wording).anggaran([]))
    }
}
