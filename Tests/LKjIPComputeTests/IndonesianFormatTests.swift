import LKjIPCompute
import LKjIPModel
import TestSupport
import XCTest

/// Numbers, money and dates as Indonesian government reports write them.
final class IndonesianFormatTests: XCTestCase {
    /// "." groups thousands, "," separates decimals.
    func testNumbers() {
        XCTAssertEqual(IndonesianFormat.number(3.25, decimals: 2), "3,25")
        XCTAssertEqual(IndonesianFormat.number(1643, decimals: 0), "1.643")
        XCTAssertEqual(IndonesianFormat.number(-0.7, decimals: 1), "-0,7")
        XCTAssertEqual(IndonesianFormat.number(22_186_820_000, decimals: 0), "22.186.820.000")
        XCTAssertEqual(IndonesianFormat.number(7, decimals: 1), "7,0", "fixed decimals keep trailing zeros")
        XCTAssertEqual(IndonesianFormat.number(999.5, decimals: 0), "1.000")
        XCTAssertEqual(IndonesianFormat.number(0, decimals: 0), "0")
    }

    /// Half-up on the typed decimal: 2.675 → "2,68".
    func testHalfUpRoundingOfTypedDecimals() {
        XCTAssertEqual(IndonesianFormat.number(d("2.675"), decimals: 2), "2,68")
        XCTAssertEqual(IndonesianFormat.number(d("1.005"), decimals: 2), "1,01")
        XCTAssertEqual(IndonesianFormat.number(d("441.17647"), decimals: 2), "441,18")
        XCTAssertEqual(IndonesianFormat.number(d("-0.004"), decimals: 2), "0,00", "no minus sign on a zero")
    }

    /// Without fixed decimals: the natural form with at most two.
    func testNaturalNumbers() {
        XCTAssertEqual(IndonesianFormat.number(3.1), "3,1")
        XCTAssertEqual(IndonesianFormat.number(82.0), "82")
        XCTAssertEqual(IndonesianFormat.number(99.93), "99,93")
        XCTAssertEqual(IndonesianFormat.number(99.936), "99,94")
        XCTAssertEqual(IndonesianFormat.number(1643.5), "1.643,5")
    }

    func testIntegers() {
        XCTAssertEqual(IndonesianFormat.integer(1643), "1.643")
        XCTAssertEqual(IndonesianFormat.integer(-5000), "-5.000")
        XCTAssertEqual(IndonesianFormat.integer(0), "0")
        XCTAssertEqual(IndonesianFormat.integer(999), "999")
        XCTAssertEqual(IndonesianFormat.integer(Int64.min), "-9.223.372.036.854.775.808")
    }

    func testPercentAndCapaian() {
        XCTAssertEqual(IndonesianFormat.percent(99.56, decimals: 2), "99,56%")
        XCTAssertEqual(IndonesianFormat.capaian(441.18), "441%")
        XCTAssertEqual(IndonesianFormat.capaian(-14), "-14%")
        XCTAssertEqual(IndonesianFormat.capaian(162.63), "163%")
        XCTAssertEqual(IndonesianFormat.capaian(nil), "-")
        // 22,090,007,028 / 22,186,820,000 × 100 = 99.5636… → "99,56%".
        XCTAssertEqual(IndonesianFormat.persenAnggaran(22_090_007_028.0 / 22_186_820_000.0 * 100), "99,56%")
        XCTAssertEqual(IndonesianFormat.persenAnggaran(nil), "-")
    }

    /// Rupiah with a no-break space (U+00A0) after "Rp", so "Rp" never ends a line alone.
    func testRupiah() {
        XCTAssertEqual(IndonesianFormat.rupiah(1_527_142_000), "Rp\u{00A0}1.527.142.000")
        XCTAssertEqual(IndonesianFormat.rupiah(-5000), "-Rp\u{00A0}5.000")
        XCTAssertEqual(IndonesianFormat.rupiah(0), "Rp\u{00A0}0")
        XCTAssertFalse(IndonesianFormat.rupiah(1000).contains(" "), "not an ordinary space")
    }

    func testDates() throws {
        XCTAssertEqual(try IndonesianFormat.date(iso: "2023-01-05"), "5 Januari 2023")
        XCTAssertEqual(try IndonesianFormat.date(iso: "2024-02-29"), "29 Februari 2024")
        XCTAssertEqual(try IndonesianFormat.date(iso: " 2023-12-31 "), "31 Desember 2023", "surrounding spaces are ignored")
        XCTAssertEqual(try IndonesianFormat.date(iso: "2023-08-17"), "17 Agustus 2023")
        XCTAssertEqual(IndonesianFormat.month(try ISODate("2023-07-01")), "Juli 2023")
    }

    /// A date that does not exist is an error with ISODate's message.
    func testInvalidDate() {
        XCTAssertThrowsError(try IndonesianFormat.date(iso: "2023-02-29")) { error in
            XCTAssertEqual((error as? FormatError)?.message, "\"2023-02-29\" is not a date: month 2 of 2023 has 28 days")
        }
        XCTAssertThrowsError(try IndonesianFormat.date(iso: "5 Januari 2023"))
    }

    func testRomanNumerals() {
        let expected = [1: "I", 2: "II", 4: "IV", 5: "V", 9: "IX", 14: "XIV", 40: "XL", 90: "XC", 400: "CD", 1994: "MCMXCIV", 3999: "MMMCMXCIX"]
        for (number, roman) in expected {
            XCTAssertEqual(IndonesianFormat.roman(number), roman, "\(number)")
        }
        XCTAssertEqual(IndonesianFormat.roman(0), "0", "no Roman zero")
        XCTAssertEqual(IndonesianFormat.roman(4000), "4000")
        XCTAssertEqual(IndonesianFormat.roman(-1), "-1")
    }

    /// A value with the decimals typed, or the indicator's `desimal`, and its unit.
    func testNilaiWithTypedDecimals() {
        XCTAssertEqual(IndonesianFormat.nilai(Nilai(7, decimals: 1), satuan: "Indeks"), "7,0 Indeks")
        XCTAssertEqual(IndonesianFormat.nilai(Nilai(95.4, decimals: 2), satuan: "%"), "95,40%")
        XCTAssertEqual(IndonesianFormat.nilai(Nilai(3.8, decimals: 1), satuan: nil, decimals: 2), "3,80", "desimal overrides")
        XCTAssertEqual(IndonesianFormat.nilai(Nilai(3.85, decimals: 2), satuan: nil, decimals: 1), "3,9")
        XCTAssertEqual(IndonesianFormat.nilai(Nilai(133, decimals: 0), satuan: "Layanan"), "133 Layanan")
        XCTAssertEqual(IndonesianFormat.nilai(Nilai(82, decimals: 0), satuan: "  "), "82", "a blank unit is no unit")
        XCTAssertEqual(IndonesianFormat.nilai(nil, satuan: "%"), "-")
    }

    /// A table cell: its own unit wins over the row's; a word is printed as is; empty is "-".
    func testCells() {
        XCTAssertEqual(IndonesianFormat.cell(TableValue(number: Nilai(50, decimals: 0), unit: "Raperda"), satuan: "%", decimals: nil), "50 Raperda")
        XCTAssertEqual(IndonesianFormat.cell(TableValue(number: Nilai(3.8, decimals: 1)), satuan: "Indeks", decimals: 2), "3,80 Indeks")
        XCTAssertEqual(IndonesianFormat.cell(TableValue(number: Nilai(99.93, decimals: 2)), satuan: "%", decimals: nil), "99,93%")
        XCTAssertEqual(IndonesianFormat.cell(TableValue(word: "WTP"), satuan: "%", decimals: nil), "WTP")
        XCTAssertEqual(IndonesianFormat.cell(TableValue(word: ""), satuan: nil, decimals: nil), "-")
        XCTAssertEqual(IndonesianFormat.cell(nil, satuan: nil, decimals: nil), "-")
    }

    /// A value with its unit, natural decimals unless fixed.
    func testValue() {
        XCTAssertEqual(IndonesianFormat.value(90, satuan: "%", decimals: nil), "90%")
        XCTAssertEqual(IndonesianFormat.value(3.1, satuan: nil, decimals: nil), "3,1")
        XCTAssertEqual(IndonesianFormat.value(82, satuan: "(indeks)", decimals: nil), "82 (indeks)")
        XCTAssertEqual(IndonesianFormat.value(82, satuan: "%", decimals: 1), "82,0%")
        XCTAssertEqual(IndonesianFormat.value(nil, satuan: "%", decimals: 1), "-")
    }

    func testCountWithWordsAndNIP() {
        XCTAssertEqual(IndonesianFormat.countWithWords(28), "28 (dua puluh delapan)")
        XCTAssertEqual(IndonesianFormat.countWithWords(1643), "1.643 (seribu enam ratus empat puluh tiga)")
        XCTAssertEqual(IndonesianFormat.nip("196606051989111001"), "19660605 198911 1 001")
        XCTAssertEqual(IndonesianFormat.nip(" 12345 "), "12345")
    }
}
