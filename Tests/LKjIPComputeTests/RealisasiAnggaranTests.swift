import LKjIPCompute
import XCTest

/// Budget rows with their percentages, and sums that cannot overflow silently.
final class RealisasiAnggaranTests: XCTestCase {
    /// Rows are sorted by year; each is compared with the one before. The seed's Divisi
    /// Administrasi: 2022 17,884,514,771 / 18,024,531,000 = 99.22 %; 2023 99.56 %; pagu change
    /// (22,186,820,000 − 18,024,531,000) / 18,024,531,000 × 100 = 23.09 %.
    func testRows() throws {
        let rows = RealisasiAnggaran.rows([(2023, 22_186_820_000, 22_090_007_028), (2022, 18_024_531_000, 17_884_514_771)])
        XCTAssertEqual(rows.map(\.tahun), [2022, 2023])
        XCTAssertEqual(try XCTUnwrap(rows[0].persen), 99.22, accuracy: 0.005)
        XCTAssertEqual(try XCTUnwrap(rows[1].persen), 99.56, accuracy: 0.005)
        XCTAssertNil(rows[0].perubahanPagu)
        XCTAssertEqual(try XCTUnwrap(rows[1].perubahanPagu), 23.09, accuracy: 0.005)
    }

    /// A pagu of 0 has no percentage (printed "-"), and the next row no pagu change.
    func testZeroPagu() {
        let rows = RealisasiAnggaran.rows([(2022, 0, 0), (2023, 100, 50)])
        XCTAssertNil(rows[0].persen)
        XCTAssertNil(rows[1].perubahanPagu)
        XCTAssertEqual(rows[1].persen, 50)
    }

    /// Two rows of one year keep their typed order.
    func testSameYearKeepsOrder() {
        let rows = RealisasiAnggaran.rows([(2023, 1, 1), (2023, 2, 2)])
        XCTAssertEqual(rows.map(\.pagu), [1, 2])
    }

    func testCheckedSum() {
        XCTAssertEqual(CheckedSum.sum([Int64(300), 200, 50]), 550)
        XCTAssertNil(CheckedSum.sum([Int64.max, 1]))
        XCTAssertEqual(CheckedSum.sum([Int64]()), 0)
        XCTAssertEqual(CheckedSum.sum([93, 91]), 184)
        XCTAssertNil(CheckedSum.sum([Int.max, 1]))
    }
}
