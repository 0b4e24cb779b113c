import LKjIPCompute
import LKjIPModel
import XCTest

final class CapaianCalculatorTests: XCTestCase {
    func testSeedCapaian() {
        // (target, realisasi, polaritas, printed capaian) from BAB III A of the seed.
        let cases: [(Double, Double, Polaritas, String)] = [
            (17, 75, .positif, "441%"),
            (3.1, 3.8, .positif, "123%"),
            (90, 99.93, .positif, "111%"),
            (86, 100, .positif, "116%"),
            (5, -0.7, .positif, "-14%"),
            (133, 133, .positif, "100%"),
            (1, 3, .positif, "300%"),
            (10, 8, .negatif, "120%"),
            (10, 12, .negatif, "80%"),
            (10, 25, .negatif, "-50%"),
        ]
        for (target, realisasi, polaritas, printed) in cases {
            let capaian = CapaianCalculator.capaian(target: target, realisasi: realisasi, polaritas: polaritas)
            XCTAssertEqual(IndonesianFormat.capaian(capaian), printed, "\(target) / \(realisasi) \(polaritas)")
        }
        XCTAssertEqual(CapaianCalculator.capaian(target: 17, realisasi: 75, polaritas: .positif)!, 441.18, accuracy: 0.005)
    }

    func testPnbpDecreaseIsNegatif() {
        let capaian = CapaianCalculator.capaian(target: 5, realisasi: -0.7, polaritas: .positif)
        XCTAssertEqual(capaian!, -14, accuracy: 1e-9)
        XCTAssertEqual(CapaianCalculator.status(capaian), .negatif)
    }

    func testNegatifPolarityRewardsLowerRealisasi() {
        // Lower is better: reaching 8 where 10 was allowed is 120 %, overshooting to 12 is 80 %.
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif)!, 120, accuracy: 1e-9)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 10, polaritas: .negatif)!, 100, accuracy: 1e-9)
        XCTAssertEqual(CapaianCalculator.status(CapaianCalculator.capaian(target: 10, realisasi: 12, polaritas: .negatif)), .belumTercapai)
    }

    func testNotComputable() {
        XCTAssertNil(CapaianCalculator.capaian(target: 0, realisasi: 5, polaritas: .positif))
        XCTAssertNil(CapaianCalculator.capaian(target: 0, realisasi: 0, polaritas: .negatif))
        XCTAssertNil(CapaianCalculator.capaian(target: 90, realisasi: nil, polaritas: .positif))
        XCTAssertEqual(CapaianCalculator.status(nil), .tidakAdaData)
    }

    func testNilaiSasaranOfPemasyarakatanSS3() {
        let pairs: [(Double, Double)] = [(70, 89), (99, 100), (85, 97), (85, 87), (17, 75), (31, 40), (72, 89)]
        let capaian = pairs.map { CapaianCalculator.capaian(target: $0.0, realisasi: $0.1, polaritas: .positif) }
        let nilai = CapaianCalculator.mean(capaian)
        XCTAssertEqual(IndonesianFormat.capaian(nilai), "163%")
        XCTAssertEqual(CapaianCalculator.status(nilai), .melebihi)
    }

    func testMeanIgnoresMissingValues() {
        XCTAssertEqual(CapaianCalculator.mean([100, nil, 300]), 200)
        XCTAssertEqual(CapaianCalculator.mean([nil, 50]), 50)
        XCTAssertNil(CapaianCalculator.mean([nil, nil]))
        XCTAssertNil(CapaianCalculator.mean([]))
    }

    func testBudgetPercentages() {
        let cases: [(Int64, Int64, String)] = [
            (22_186_820_000, 22_090_007_028, "99,56%"),
            (18_502_034_000, 18_274_810_000, "98,77%"),
            (17_383_336_000, 17_109_664_428, "98,43%"),
            (1_342_490_000, 1_341_113_994, "99,90%"),
            (209_168_138_000, 207_521_920_739, "99,21%"),
        ]
        for (pagu, realisasi, printed) in cases {
            XCTAssertEqual(IndonesianFormat.persenAnggaran(CapaianCalculator.persen(realisasi: realisasi, pagu: pagu)), printed)
        }
        XCTAssertNil(CapaianCalculator.persen(realisasi: 5, pagu: 0))
        XCTAssertEqual(CapaianCalculator.perubahan(dari: 100, menjadi: 125)!, 25, accuracy: 1e-9)
        XCTAssertNil(CapaianCalculator.perubahan(dari: 0, menjadi: 125))
    }
}
