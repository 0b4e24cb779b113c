@testable import LKjIPModel
import XCTest

/// `Nilai` keeps the decimals an officer typed, so "7.0" is printed "7,0".
final class NilaiTests: XCTestCase {
    /// Values built in code get the decimals of their shortest text, at most two.
    func testNaturalDecimals() {
        XCTAssertEqual(Nilai(3.1).decimals, 1)
        XCTAssertEqual(Nilai(82.0).decimals, 0, "82.0 is written \"82\"")
        XCTAssertEqual(Nilai(99.93).decimals, 2)
        XCTAssertEqual(Nilai(99.936).decimals, 2, "at most two decimals")
        XCTAssertEqual(Nilai(1e-7).decimals, 0, "exponent form has no countable decimals")
        XCTAssertEqual(Nilai(.infinity).decimals, 0)
    }

    /// Explicit decimals win over the natural ones.
    func testExplicitDecimals() {
        let nilai = Nilai(7, decimals: 1)
        XCTAssertEqual(nilai.value, 7)
        XCTAssertEqual(nilai.decimals, 1)
    }

    /// Literals: an integer literal has no decimals, a float literal its natural ones.
    func testLiterals() {
        let whole: Nilai = 90
        let fraction: Nilai = 3.8
        XCTAssertEqual(whole, Nilai(90, decimals: 0))
        XCTAssertEqual(fraction, Nilai(3.8, decimals: 1))
    }

    /// Order follows the value only, so 7.0 and 7 compare equal in size.
    func testComparisonUsesTheValue() {
        XCTAssertLessThan(Nilai(3.1), Nilai(3.8))
        XCTAssertFalse(Nilai(7, decimals: 1) < Nilai(7, decimals: 0))
        XCTAssertFalse(Nilai(7, decimals: 0) < Nilai(7, decimals: 1))
    }

    /// A typed target keeps its typed decimals through the loader: "7.0" → 1, "95.40" → 2.
    func testDecimalsSurviveLoading() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "target: 3.1", with: "target: 95.40")
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "nilai: 3.8", with: "nilai: 7.0")
        let directory = try DataDirectory(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi])
        defer { directory.remove() }
        let result = directory.load()
        XCTAssertEqual(result.errors, [], result.listing)
        XCTAssertEqual(result.data?.perjanjian.first?.sasaranKegiatan.first?.indikator.first?.target, Nilai(95.4, decimals: 2))
        XCTAssertEqual(result.data?.capaian.first?.realisasi.first?.nilai, Nilai(7, decimals: 1))
    }
}
