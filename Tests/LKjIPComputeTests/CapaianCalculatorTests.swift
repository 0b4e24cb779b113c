@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// Capaian rules with hand-computed values (the arithmetic is in each comment).
final class CapaianCalculatorTests: XCTestCase {
    /// positif: realisasi / target × 100. Seed: target 17 %, realisasi 75 % →
    /// 75 / 17 × 100 = 441.1764… → 441.18.
    func testPositif() throws {
        let capaian = try XCTUnwrap(CapaianCalculator.capaian(target: 17, realisasi: 75, polaritas: .positif))
        XCTAssertEqual(capaian, 441.18, accuracy: 0.005)
        // Seed PNBP growth: target 5, realisasi −0.7 → −0.7 / 5 × 100 = −14.
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(target: 5, realisasi: -0.7, polaritas: .positif)), -14, accuracy: 1e-9)
    }

    /// negatif, selisih (default): (2 × target − realisasi) / target × 100:
    /// target 10, realisasi 8 → (20 − 8) / 10 × 100 = 120.
    func testNegatifSelisih() throws {
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif)), 120, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif, aturan: AturanCapaian(rumusNegatif: .selisih))), 120, accuracy: 1e-9)
        // Worse than target: realisasi 12 → (20 − 12) / 10 × 100 = 80.
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(target: 10, realisasi: 12, polaritas: .negatif)), 80, accuracy: 1e-9)
    }

    /// negatif, rasio: target / realisasi × 100: 10 / 8 × 100 = 125.
    func testNegatifRasio() throws {
        let aturan = AturanCapaian(rumusNegatif: .rasio)
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif, aturan: aturan)), 125, accuracy: 1e-9)
        // realisasi 0 with rasio: no ratio; with a batas the capaian is the limit.
        XCTAssertNil(CapaianCalculator.capaian(target: 10, realisasi: 0, polaritas: .negatif, aturan: aturan))
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 0, polaritas: .negatif, aturan: AturanCapaian(rumusNegatif: .rasio, batas: 150)), 150)
    }

    /// batas caps after the formula: 441.18 with batas 120 → 120; 0 means no limit.
    func testCapApplied() {
        XCTAssertEqual(CapaianCalculator.capaian(target: 17, realisasi: 75, polaritas: .positif, aturan: AturanCapaian(batas: 120)), 120)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif, aturan: AturanCapaian(batas: 110)), 110)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 9, polaritas: .positif, aturan: AturanCapaian(batas: 120)), 90, "below the cap: unchanged")
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(target: 17, realisasi: 75, polaritas: .positif, aturan: AturanCapaian(batas: 0))), 441.18, accuracy: 0.005)
    }

    /// Target 0: kosong (default) gives no capaian; biner gives 100 when the realisasi is 0
    /// or better in the indicator's direction, else 0.
    func testTargetZero() {
        XCTAssertNil(CapaianCalculator.capaian(target: 0, realisasi: 0, polaritas: .negatif))
        XCTAssertNil(CapaianCalculator.capaian(target: 0, realisasi: 3, polaritas: .positif, aturan: AturanCapaian(targetNol: .kosong)))
        let biner = AturanCapaian(targetNol: .biner)
        // negatif (zero overstaying): 0 reached → 100; 2 cases → 0.
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: 0, polaritas: .negatif, aturan: biner), 100)
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: 2, polaritas: .negatif, aturan: biner), 0)
        // positif: anything at or above 0 meets a target of 0; below does not.
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: 3, polaritas: .positif, aturan: biner), 100)
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: -1, polaritas: .positif, aturan: biner), 0)
    }

    /// No realisasi or a non-finite value: no capaian.
    func testMissingRealisasi() {
        XCTAssertNil(CapaianCalculator.capaian(target: 90, realisasi: nil, polaritas: .positif))
        XCTAssertNil(CapaianCalculator.capaian(target: .infinity, realisasi: 1, polaritas: .positif))
        XCTAssertNil(CapaianCalculator.capaian(rentang: 80, 90, realisasi: nil, polaritas: .positif))
    }

    /// Range [80, 90]: inside → 100; below → realisasi / low × 100 (60 / 80 × 100 = 75);
    /// above → realisasi / high × 100 (99 / 90 × 100 = 110).
    func testRangeTargets() throws {
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 85, polaritas: .positif), 100)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 80, polaritas: .positif), 100, "the ends are inside")
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 90, polaritas: .positif), 100)
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 60, polaritas: .positif)), 75, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 99, polaritas: .positif)), 110, accuracy: 1e-9)
        // negatif against the nearest end with selisih: below 80 at 60 → (160 − 60) / 80 × 100 = 125;
        // above 90 at 99 → (180 − 99) / 90 × 100 = 90.
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 60, polaritas: .negatif)), 125, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 99, polaritas: .negatif)), 90, accuracy: 1e-9)
        // A range's 100 is capped like any capaian.
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 85, polaritas: .positif, aturan: AturanCapaian(batas: 90)), 90)
    }

    /// Word targets: the same word achieves; with skala (best first) a better word achieves
    /// too, a worse one does not; without skala only the same word does.
    func testWordTargets() {
        let skala = ["WTP", "WDP", "TW", "TMP"]
        XCTAssertEqual(CapaianCalculator.tercapai(target: "WTP", realisasi: "WTP", skala: nil), true)
        XCTAssertEqual(CapaianCalculator.tercapai(target: "WTP", realisasi: "wtp", skala: nil), true, "case is ignored")
        XCTAssertEqual(CapaianCalculator.tercapai(target: "WDP", realisasi: "WTP", skala: skala), true, "better on the scale")
        XCTAssertEqual(CapaianCalculator.tercapai(target: "WTP", realisasi: "WDP", skala: skala), false, "worse on the scale")
        XCTAssertEqual(CapaianCalculator.tercapai(target: "WDP", realisasi: "WTP", skala: nil), false, "without a scale only the same word")
        XCTAssertEqual(CapaianCalculator.tercapai(target: "WTP", realisasi: "Baik", skala: skala), false, "a word off the scale")
        XCTAssertNil(CapaianCalculator.tercapai(target: "WTP", realisasi: nil, skala: skala))
    }

    /// The status is judged on the whole percent printed: 99.6 prints "100%" and is
    /// tercapai; 99.4 prints "99%"; 100.5 prints "101%".
    func testStatusOnTheRoundedValue() {
        XCTAssertEqual(CapaianCalculator.status(99.6), .tercapai)
        XCTAssertEqual(CapaianCalculator.status(99.5), .tercapai, "half up")
        XCTAssertEqual(CapaianCalculator.status(99.4), .belumTercapai)
        XCTAssertEqual(CapaianCalculator.status(100.4), .tercapai)
        XCTAssertEqual(CapaianCalculator.status(100.5), .melebihi)
        XCTAssertEqual(CapaianCalculator.status(441.18), .melebihi)
        XCTAssertEqual(CapaianCalculator.status(0), .belumTercapai)
        XCTAssertEqual(CapaianCalculator.status(-0.4), .belumTercapai, "prints 0%")
        XCTAssertEqual(CapaianCalculator.status(-14), .negatif)
        XCTAssertEqual(CapaianCalculator.status(nil), .tidakAdaData)
        XCTAssertEqual(CapaianCalculator.status(.nan), .tidakAdaData)
    }

    /// NILAI SS: the mean of the capaian that exist; a missing one is left out, not 0.
    /// (100 + 50) / 2 = 75.
    func testMeanSkipsNils() {
        XCTAssertEqual(CapaianCalculator.mean([100, nil, 50]), 75)
        XCTAssertEqual(CapaianCalculator.mean([nil, 120]), 120)
        XCTAssertNil(CapaianCalculator.mean([nil, nil]))
        XCTAssertNil(CapaianCalculator.mean([]))
        XCTAssertEqual(CapaianCalculator.mean([.nan, 80]), 80, "a non-finite value is left out too")
    }

    /// Quarters: jumlah adds (10 + 20 + 30 = 60, a missing quarter skipped); akhir takes the
    /// last reported (2 when TW III and IV are missing); rata_rata averages the reported
    /// ((10 + 20 + 30) / 3 = 20) with at least two decimals.
    func testQuarterlyAggregation() {
        let quarters: [Nilai?] = [Nilai(10), Nilai(20), nil, Nilai(30)]
        XCTAssertEqual(CapaianCalculator.tahunan(quarters, agregasi: .jumlah), Nilai(60, decimals: 0))
        XCTAssertEqual(CapaianCalculator.tahunan([Nilai(1), Nilai(2), nil, nil], agregasi: .akhir), Nilai(2, decimals: 0))
        XCTAssertEqual(CapaianCalculator.tahunan(quarters, agregasi: .rata_rata), Nilai(20, decimals: 2))
        XCTAssertEqual(CapaianCalculator.tahunan([Nilai(1.5, decimals: 1), Nilai(2.25, decimals: 2)], agregasi: .jumlah), Nilai(3.75, decimals: 2),
                       "the sum keeps the most decimals typed")
        XCTAssertNil(CapaianCalculator.tahunan([nil, nil, nil, nil], agregasi: .jumlah))
    }

    /// Budget percentage: realisasi / pagu × 100. Seed, Divisi Administrasi 2023:
    /// 22,090,007,028 / 22,186,820,000 × 100 = 99.5636… ("99,56%"). Pagu 0 → none.
    func testPersen() throws {
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.persen(realisasi: 22_090_007_028, pagu: 22_186_820_000)), 99.5636, accuracy: 0.0001)
        XCTAssertNil(CapaianCalculator.persen(realisasi: 5, pagu: 0))
    }

    /// Change against the previous value, in percent of its size: 100 → 104.2 is +4.2;
    /// −10 → −5 is +50 (relative to |−10|); from 0 there is no percentage.
    func testPerubahan() throws {
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.perubahan(dari: 100, menjadi: 104.2)), 4.2, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(CapaianCalculator.perubahan(dari: -10, menjadi: -5)), 50, accuracy: 1e-9)
        XCTAssertNil(CapaianCalculator.perubahan(dari: 0, menjadi: 5))
    }

    /// Legend and colours of the e-Performance status.
    func testStatusLabelsAndShading() {
        XCTAssertEqual(CapaianStatus.melebihi.shading, "1F4E79")
        XCTAssertEqual(CapaianStatus.tercapai.shading, "00B050")
        XCTAssertEqual(CapaianStatus.negatif.shading, "A6A6A6")
        XCTAssertNil(CapaianStatus.tidakAdaData.shading)
        XCTAssertEqual(CapaianStatus.melebihi.label, "Melebihi target")
        XCTAssertEqual(CapaianStatus.negatif.label, "Minus dari target")
    }
}
