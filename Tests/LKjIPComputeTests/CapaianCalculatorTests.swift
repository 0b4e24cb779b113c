import Foundation
@testable import LKjIPCompute
import LKjIPModel
import TestSupport
import XCTest

/// Capaian rules with hand-computed values (the arithmetic is in each comment). Every
/// expected value is exact: a fraction written by hand (`7500/17`) or a whole number.
final class CapaianCalculatorTests: XCTestCase {
    private func fraction(_ p: Int, _ q: Int) -> Fraction { Fraction(numerator: .init(p), denominator: .init(q)) }

    /// positif: realisasi / target × 100. Seed: target 17 %, realisasi 75 % →
    /// 75 × 100 / 17 = 7500/17 = 441,176… → "441%", two decimals "441,18".
    func testPositif() throws {
        let capaian = try XCTUnwrap(CapaianCalculator.capaian(target: 17, realisasi: 75, polaritas: .positif))
        XCTAssertEqual(capaian, fraction(7500, 17))
        XCTAssertEqual(IndonesianFormat.capaian(capaian), "441%")
        XCTAssertEqual(IndonesianFormat.number(capaian, decimals: 2), "441,18")
        // Seed PNBP growth: target 5, realisasi −0.7 → −0,7 × 100 / 5 = −14.
        XCTAssertEqual(CapaianCalculator.capaian(target: 5, realisasi: d("-0.7"), polaritas: .positif), -14)
    }

    /// Issue 21, class 1: exact ,5 boundaries round up. 2,436 / 2,400 × 100 = 101,5 exactly →
    /// "102%" (a double gives 101,4999… and "101%").
    func testHalfBoundaryRoundsUp() throws {
        let capaian = try XCTUnwrap(CapaianCalculator.capaian(target: d("2.400"), realisasi: d("2.436"), polaritas: .positif))
        XCTAssertEqual(capaian, fraction(203, 2))
        XCTAssertEqual(IndonesianFormat.capaian(capaian), "102%")
        XCTAssertEqual(CapaianCalculator.status(capaian), .melebihi)
    }

    /// negatif, selisih (default): (2 × target − realisasi) / target × 100:
    /// target 10, realisasi 8 → (20 − 8) / 10 × 100 = 120; realisasi 12 → 80.
    func testNegatifSelisih() {
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif), 120)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif, aturan: AturanCapaian(rumusNegatif: .selisih)), 120)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 12, polaritas: .negatif), 80)
    }

    /// negatif, rasio: target / realisasi × 100: 10 / 8 × 100 = 125.
    func testNegatifRasio() {
        let aturan = AturanCapaian(rumusNegatif: .rasio)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif, aturan: aturan), 125)
        // realisasi 0 with rasio: no ratio; with a batas the capaian is the limit.
        XCTAssertNil(CapaianCalculator.capaian(target: 10, realisasi: 0, polaritas: .negatif, aturan: aturan))
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 0, polaritas: .negatif, aturan: AturanCapaian(rumusNegatif: .rasio, batas: 150)), 150)
    }

    /// batas caps after the formula: 7500/17 with batas 120 → 120; 0 means no limit.
    func testCapApplied() {
        XCTAssertEqual(CapaianCalculator.capaian(target: 17, realisasi: 75, polaritas: .positif, aturan: AturanCapaian(batas: 120)), 120)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 8, polaritas: .negatif, aturan: AturanCapaian(batas: 110)), 110)
        XCTAssertEqual(CapaianCalculator.capaian(target: 10, realisasi: 9, polaritas: .positif, aturan: AturanCapaian(batas: 120)), 90, "below the cap: unchanged")
        XCTAssertEqual(CapaianCalculator.capaian(target: 17, realisasi: 75, polaritas: .positif, aturan: AturanCapaian(batas: 0)), fraction(7500, 17))
    }

    /// Target 0: kosong (default) gives no capaian; biner gives 100 when the realisasi is 0
    /// or better in the indicator's direction, else 0.
    func testTargetZero() {
        XCTAssertNil(CapaianCalculator.capaian(target: 0, realisasi: 0, polaritas: .negatif))
        XCTAssertNil(CapaianCalculator.capaian(target: 0, realisasi: 3, polaritas: .positif, aturan: AturanCapaian(targetNol: .kosong)))
        let biner = AturanCapaian(targetNol: .biner)
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: 0, polaritas: .negatif, aturan: biner), 100)
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: 2, polaritas: .negatif, aturan: biner), 0)
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: 3, polaritas: .positif, aturan: biner), 100)
        XCTAssertEqual(CapaianCalculator.capaian(target: 0, realisasi: -1, polaritas: .positif, aturan: biner), 0)
    }

    /// No realisasi: no capaian.
    func testMissingRealisasi() {
        XCTAssertNil(CapaianCalculator.capaian(target: 90, realisasi: nil, polaritas: .positif))
        XCTAssertNil(CapaianCalculator.capaian(rentang: 80, 90, realisasi: nil, polaritas: nil))
    }

    /// Issue 21, class 4: a range [80, 90] with no polaritas. Inside (ends included) → 100.
    /// Below at 60 → 60 / 80 × 100 = 75. Above at 99, a miss by 9 against 90:
    /// (2 × 90 − 99) / 90 × 100 = 90, or with rumus_negatif rasio 90 / 99 × 100 = 1000/11.
    func testRangeBothSidesMiss() {
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 85, polaritas: nil), 100)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 80, polaritas: nil), 100, "the ends are inside")
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 90, polaritas: nil), 100)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 60, polaritas: nil), 75)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 99, polaritas: nil), 90)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 99, polaritas: nil, aturan: AturanCapaian(rumusNegatif: .rasio)), fraction(1000, 11))
        // The office of the issue: 88,4 % against 60–85 %: (170 − 88,4) / 85 × 100 = 96 → "96%",
        // belum tercapai (the old rule printed 104 %, "Melebihi target").
        let capaian = CapaianCalculator.capaian(rentang: 60, 85, realisasi: d("88.4"), polaritas: nil)
        XCTAssertEqual(capaian, 96)
        XCTAssertEqual(CapaianCalculator.status(capaian), .belumTercapai)
        // A range's 100 is capped like any capaian.
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 85, polaritas: nil, aturan: AturanCapaian(batas: 90)), 90)
    }

    /// A declared polaritas says which side of the range is better. positif: above 90 at 99 →
    /// 99 / 90 × 100 = 110, below as before. negatif: below 80 at 60 → (160 − 60) / 80 × 100 =
    /// 125; above 90 at 99 → (180 − 99) / 90 × 100 = 90.
    func testRangeWithDeclaredSide() {
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 99, polaritas: .positif), 110)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 60, polaritas: .positif), 75)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 60, polaritas: .negatif), 125)
        XCTAssertEqual(CapaianCalculator.capaian(rentang: 80, 90, realisasi: 99, polaritas: .negatif), 90)
    }

    /// The distance to a range, the measure of a range indicator's trend: 0 inside, 3,4 above
    /// 85 at 88,4, 20 below 60 at 40.
    func testDistanceToRange() {
        XCTAssertEqual(CapaianCalculator.distance(rentang: 60, 85, from: d("79.8")), 0)
        XCTAssertEqual(CapaianCalculator.distance(rentang: 60, 85, from: d("88.4")), d("3.4"))
        XCTAssertEqual(CapaianCalculator.distance(rentang: 60, 85, from: 40), 20)
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

    /// The status is judged on the whole percent printed: 99,6 prints "100%" and is
    /// tercapai; 99,4 prints "99%"; 100,5 prints "101%".
    func testStatusOnTheRoundedValue() {
        XCTAssertEqual(CapaianCalculator.status(fraction(996, 10)), .tercapai)
        XCTAssertEqual(CapaianCalculator.status(fraction(995, 10)), .tercapai, "half up")
        XCTAssertEqual(CapaianCalculator.status(fraction(994, 10)), .belumTercapai)
        XCTAssertEqual(CapaianCalculator.status(fraction(1004, 10)), .tercapai)
        XCTAssertEqual(CapaianCalculator.status(fraction(1005, 10)), .melebihi)
        XCTAssertEqual(CapaianCalculator.status(fraction(7500, 17)), .melebihi)
        XCTAssertEqual(CapaianCalculator.status(0), .belumTercapai)
        XCTAssertEqual(CapaianCalculator.status(fraction(-4, 10)), .belumTercapai, "prints 0%")
        XCTAssertEqual(CapaianCalculator.status(-14), .negatif)
        XCTAssertEqual(CapaianCalculator.status(nil), .tidakAdaData)
    }

    /// NILAI SS: the exact mean of the capaian that exist; a missing one is left out, not 0.
    /// (100 + 50) / 2 = 75. Issue 21: 301/3 and 302/3 average to 603/6 = 100,5 exactly,
    /// printed "101%" (two 38-digit decimals would average 100,4999… and print "100%").
    func testMeanIsExact() {
        XCTAssertEqual(CapaianCalculator.mean([100, nil, 50]), 75)
        XCTAssertEqual(CapaianCalculator.mean([nil, 120]), 120)
        XCTAssertNil(CapaianCalculator.mean([nil, nil]))
        XCTAssertNil(CapaianCalculator.mean([]))
        let mean = CapaianCalculator.mean([fraction(301, 3), fraction(302, 3)])
        XCTAssertEqual(mean, fraction(201, 2))
        XCTAssertEqual(IndonesianFormat.capaian(mean), "101%")
    }

    /// Quarters: jumlah adds (10 + 20 + 30 = 60, a missing quarter skipped); akhir takes the
    /// last reported (2 when TW III and IV are missing); rata_rata averages the reported
    /// ((10 + 20 + 30) / 3 = 20) and keeps the value printed, at least two decimals:
    /// (1 + 2 + 2) / 3 = 1,666… → 1,67; with desimal 1 → 1,7.
    func testQuarterlyAggregation() {
        let quarters: [Nilai?] = [Nilai(10), Nilai(20), nil, Nilai(30)]
        XCTAssertEqual(CapaianCalculator.tahunan(quarters, agregasi: .jumlah), Nilai(60, decimals: 0))
        XCTAssertEqual(CapaianCalculator.tahunan([Nilai(1), Nilai(2), nil, nil], agregasi: .akhir), Nilai(2, decimals: 0))
        XCTAssertEqual(CapaianCalculator.tahunan(quarters, agregasi: .rata_rata), Nilai(20, decimals: 2))
        XCTAssertEqual(CapaianCalculator.tahunan([Nilai(1), Nilai(2), Nilai(2)], agregasi: .rata_rata), Nilai(d("1.67"), decimals: 2))
        XCTAssertEqual(CapaianCalculator.tahunan([Nilai(1), Nilai(2), Nilai(2)], agregasi: .rata_rata, desimal: 1), Nilai(d("1.7"), decimals: 1))
        XCTAssertEqual(CapaianCalculator.tahunan([Nilai(d("1.5"), decimals: 1), Nilai(d("2.25"), decimals: 2)], agregasi: .jumlah), Nilai(d("3.75"), decimals: 2),
                       "the sum keeps the most decimals typed")
        XCTAssertNil(CapaianCalculator.tahunan([nil, nil, nil, nil], agregasi: .jumlah))
    }

    /// pembilang / penyebut is a computed realisasi, kept as printed: 1 / 3 × 100 = 33,33…
    /// → 33,33 (desimal 2 by default), → 33,3 with desimal 1; penyebut 0 gives none.
    func testRasioIsRoundedAsPrinted() {
        XCTAssertEqual(CapaianCalculator.rasio(pembilang: 1, penyebut: 3, persen: true), Nilai(d("33.33"), decimals: 2))
        XCTAssertEqual(CapaianCalculator.rasio(pembilang: 1, penyebut: 3, persen: true, desimal: 1), Nilai(d("33.3"), decimals: 1))
        XCTAssertEqual(CapaianCalculator.rasio(pembilang: 7, penyebut: 2, persen: false), Nilai(d("3.5"), decimals: 2))
        XCTAssertNil(CapaianCalculator.rasio(pembilang: 1, penyebut: 0, persen: true))
    }

    /// Budget percentage: realisasi / pagu × 100. Seed, Divisi Administrasi 2023:
    /// 22.090.007.028 / 22.186.820.000 × 100 = 99,5636… ("99,56%"). Issue 21: 1.801.100 /
    /// 2.000.000 × 100 = 90,055 exactly → "90,06%". Pagu 0 → none.
    func testPersen() throws {
        XCTAssertEqual(IndonesianFormat.persenAnggaran(CapaianCalculator.persen(realisasi: 22_090_007_028, pagu: 22_186_820_000)), "99,56%")
        let boundary = try XCTUnwrap(CapaianCalculator.persen(realisasi: 1_801_100, pagu: 2_000_000))
        XCTAssertEqual(boundary, fraction(18011, 200))
        XCTAssertEqual(IndonesianFormat.persenAnggaran(boundary), "90,06%")
        XCTAssertNil(CapaianCalculator.persen(realisasi: 5, pagu: 0))
    }

    /// Change against the previous value, in percent of its size: 100 → 104,2 is +4,2;
    /// −10 → −5 is +50 (relative to |−10|); from 0 there is no percentage.
    func testPerubahan() {
        XCTAssertEqual(CapaianCalculator.perubahan(dari: 100, menjadi: d("104.2")), fraction(42, 10))
        XCTAssertEqual(CapaianCalculator.perubahan(dari: -10, menjadi: -5), 50)
        XCTAssertNil(CapaianCalculator.perubahan(dari: 0, menjadi: 5))
    }

    /// Colours of the e-Performance status (its words are the templates').
    func testStatusLabelsAndShading() {
        XCTAssertEqual(CapaianStatus.melebihi.shading, "1F4E79")
        XCTAssertEqual(CapaianStatus.tercapai.shading, "00B050")
        XCTAssertEqual(CapaianStatus.negatif.shading, "A6A6A6")
        XCTAssertNil(CapaianStatus.tidakAdaData.shading)
    }
}
