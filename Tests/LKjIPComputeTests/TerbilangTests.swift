import LKjIPCompute
import XCTest

final class TerbilangTests: XCTestCase {
    func testSeedAndBoundaryNumbers() {
        let cases: [(Int64, String)] = [
            (0, "nol"), (1, "satu"), (9, "sembilan"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (15, "lima belas"),
            (19, "sembilan belas"), (20, "dua puluh"), (28, "dua puluh delapan"), (99, "sembilan puluh sembilan"),
            (100, "seratus"), (101, "seratus satu"), (110, "seratus sepuluh"), (111, "seratus sebelas"), (200, "dua ratus"),
            (1_000, "seribu"), (1_001, "seribu satu"), (1_643, "seribu enam ratus empat puluh tiga"), (2_000, "dua ribu"),
            (11_000, "sebelas ribu"), (100_000, "seratus ribu"), (101_000, "seratus satu ribu"),
            (1_000_000, "satu juta"), (1_001_000, "satu juta seribu"), (2_500_000, "dua juta lima ratus ribu"),
            (1_000_000_000, "satu miliar"), (22_186_820_000, "dua puluh dua miliar seratus delapan puluh enam juta delapan ratus dua puluh ribu"),
            (1_000_000_000_000, "satu triliun"),
        ]
        for (number, words) in cases {
            XCTAssertEqual(IndonesianFormat.terbilang(number), words, "\(number)")
        }
    }

    func testNegativeAndExtremes() {
        XCTAssertEqual(IndonesianFormat.terbilang(-15), "minus lima belas")
        XCTAssertEqual(IndonesianFormat.terbilang(-1_000), "minus seribu")
        XCTAssertTrue(IndonesianFormat.terbilang(Int64.max).hasPrefix("sembilan kuintiliun"))
        XCTAssertTrue(IndonesianFormat.terbilang(Int64.min).hasPrefix("minus sembilan kuintiliun"))
    }
}
