import LKjIPCompute
import XCTest

/// Numbers in Indonesian words, as written after figures in official text.
final class IndonesianFormatTerbilangTests: XCTestCase {
    func testSmallNumbers() {
        XCTAssertEqual(IndonesianFormat.terbilang(0), "nol")
        XCTAssertEqual(IndonesianFormat.terbilang(1), "satu")
        XCTAssertEqual(IndonesianFormat.terbilang(9), "sembilan")
        XCTAssertEqual(IndonesianFormat.terbilang(10), "sepuluh")
        XCTAssertEqual(IndonesianFormat.terbilang(21), "dua puluh satu")
        XCTAssertEqual(IndonesianFormat.terbilang(28), "dua puluh delapan")
    }

    /// 11 is "sebelas", 12–19 are "<n> belas": 15 is "lima belas" (the seed wrote
    /// "15 (enam belas)").
    func testBelas() {
        XCTAssertEqual(IndonesianFormat.terbilang(11), "sebelas")
        XCTAssertEqual(IndonesianFormat.terbilang(12), "dua belas")
        XCTAssertEqual(IndonesianFormat.terbilang(15), "lima belas")
        XCTAssertEqual(IndonesianFormat.terbilang(19), "sembilan belas")
    }

    /// "se-" forms for one hundred and one thousand: "seratus", "seribu".
    func testSeForms() {
        XCTAssertEqual(IndonesianFormat.terbilang(100), "seratus")
        XCTAssertEqual(IndonesianFormat.terbilang(110), "seratus sepuluh")
        XCTAssertEqual(IndonesianFormat.terbilang(111), "seratus sebelas")
        XCTAssertEqual(IndonesianFormat.terbilang(1000), "seribu")
        XCTAssertEqual(IndonesianFormat.terbilang(1001), "seribu satu")
        XCTAssertEqual(IndonesianFormat.terbilang(2000), "dua ribu")
        XCTAssertEqual(IndonesianFormat.terbilang(11_000), "sebelas ribu")
        XCTAssertEqual(IndonesianFormat.terbilang(100_000), "seratus ribu")
    }

    /// The seed's staff total: 1.643 "seribu enam ratus empat puluh tiga".
    func test1643() {
        XCTAssertEqual(IndonesianFormat.terbilang(1643), "seribu enam ratus empat puluh tiga")
    }

    /// Millions and above keep "satu": 1.000.000 is "satu juta".
    func testMillionsKeepSatu() {
        XCTAssertEqual(IndonesianFormat.terbilang(1_000_000), "satu juta")
        XCTAssertEqual(IndonesianFormat.terbilang(1_001_000), "satu juta seribu")
        XCTAssertEqual(IndonesianFormat.terbilang(1_100_000), "satu juta seratus ribu")
        XCTAssertEqual(IndonesianFormat.terbilang(1_000_000_000), "satu miliar")
        XCTAssertEqual(IndonesianFormat.terbilang(2_500_000_000_000), "dua triliun lima ratus miliar")
    }

    func testNegative() {
        XCTAssertEqual(IndonesianFormat.terbilang(-5), "minus lima")
        XCTAssertEqual(IndonesianFormat.terbilang(-1000), "minus seribu")
    }

    /// The extremes of Int64 are written without overflow.
    func testExtremes() {
        XCTAssertTrue(IndonesianFormat.terbilang(Int64.max).hasPrefix("sembilan kuintiliun dua ratus dua puluh tiga kuadriliun"))
        XCTAssertTrue(IndonesianFormat.terbilang(Int64.min).hasPrefix("minus sembilan kuintiliun"))
    }
}
