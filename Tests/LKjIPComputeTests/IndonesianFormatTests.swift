import LKjIPCompute
import XCTest

final class IndonesianFormatTests: XCTestCase {
    func testNumberWithFixedDecimals() {
        let cases: [(Double, Int, String)] = [
            (3.25, 2, "3,25"), (1643, 0, "1.643"), (-0.7, 1, "-0,7"), (22_186_820_000, 0, "22.186.820.000"),
            (3.1, 2, "3,10"), (0, 2, "0,00"), (-0.001, 2, "0,00"), (1_234_567.891, 2, "1.234.567,89"), (999.999, 2, "1.000,00"), (1e16, 0, "10.000.000.000.000.000"), (5e-3, 2, "0,01"),
        ]
        for (value, decimals, expected) in cases {
            XCTAssertEqual(IndonesianFormat.number(value, decimals: decimals), expected, "\(value) with \(decimals) decimals")
        }
    }

    func testHalfUpRoundingIsRobustToBinaryError() {
        let cases: [(Double, Int, String)] = [
            (0.125, 2, "0,13"), (2.675, 2, "2,68"), (1.005, 2, "1,01"), (0.5, 0, "1"), (1.5, 0, "2"), (2.5, 0, "3"),
            (-0.5, 0, "-1"), (-2.675, 2, "-2,68"), (441.17647, 0, "441"), (162.65, 0, "163"), (99.5637, 2, "99,56"), (0.0001, 2, "0,00"),
        ]
        for (value, decimals, expected) in cases {
            XCTAssertEqual(IndonesianFormat.number(value, decimals: decimals), expected, "\(value) with \(decimals) decimals")
        }
    }

    func testNaturalNumberKeepsAtMostTwoDecimals() {
        let cases: [(Double, String)] = [(3.1, "3,1"), (99.93, "99,93"), (82, "82"), (76.75, "76,75"), (7.225, "7,23"), (1643, "1.643"), (-14.0, "-14"), (0.001, "0")]
        for (value, expected) in cases {
            XCTAssertEqual(IndonesianFormat.number(value), expected, "\(value)")
        }
    }

    func testIntegerRupiahAndPercent() {
        XCTAssertEqual(IndonesianFormat.integer(1643), "1.643")
        XCTAssertEqual(IndonesianFormat.integer(22_186_820_000), "22.186.820.000")
        XCTAssertEqual(IndonesianFormat.integer(0), "0")
        XCTAssertEqual(IndonesianFormat.integer(-5000), "-5.000")
        XCTAssertEqual(IndonesianFormat.integer(999), "999")
        XCTAssertEqual(IndonesianFormat.rupiah(1_527_142_000), "Rp 1.527.142.000")
        XCTAssertEqual(IndonesianFormat.rupiah(0), "Rp 0")
        XCTAssertEqual(IndonesianFormat.rupiah(-5000), "-Rp 5.000")
        XCTAssertEqual(IndonesianFormat.percent(99.5637, decimals: 2), "99,56%")
        XCTAssertEqual(IndonesianFormat.percent(441.1765, decimals: 0), "441%")
        XCTAssertEqual(IndonesianFormat.capaian(-14), "-14%")
        XCTAssertEqual(IndonesianFormat.capaian(nil), "-")
        XCTAssertEqual(IndonesianFormat.persenAnggaran(98.7719), "98,77%")
        XCTAssertEqual(IndonesianFormat.persenAnggaran(nil), "-")
    }

    func testDate() throws {
        XCTAssertEqual(try IndonesianFormat.date(iso: "2023-01-05"), "5 Januari 2023")
        XCTAssertEqual(try IndonesianFormat.date(iso: "2024-01-10"), "10 Januari 2024")
        XCTAssertEqual(try IndonesianFormat.date(iso: "2023-12-31"), "31 Desember 2023")
        XCTAssertEqual(try IndonesianFormat.date(iso: "2024-02-29"), "29 Februari 2024")
        XCTAssertEqual(try IndonesianFormat.date(iso: "2023-05-01"), "1 Mei 2023")
        for invalid in ["2023-02-29", "2023-13-05", "2023-00-10", "5 Januari 2023", "2023-1-5", "", "2023-01-05T10:00"] {
            XCTAssertThrowsError(try IndonesianFormat.date(iso: invalid), invalid) { error in
                XCTAssertTrue("\(error)".contains("invalid date"), "\(error)")
            }
        }
    }

    func testNip() {
        XCTAssertEqual(IndonesianFormat.nip("196606051989111001"), "19660605 198911 1 001")
        XCTAssertEqual(IndonesianFormat.nip("19681209 199403 1001"), "19681209 199403 1 001")
        XCTAssertEqual(IndonesianFormat.nip("197004111999032001"), "19700411 199903 2 001")
        XCTAssertEqual(IndonesianFormat.nip("12345"), "12345")
        XCTAssertEqual(IndonesianFormat.nip("19660605198911100X"), "19660605198911100X")
    }

    func testValueWithEachSatuan() {
        let cases: [(Double?, String?, Int?, String)] = [
            (90, "%", nil, "90%"),
            (99.93, "%", nil, "99,93%"),
            (3.1, "", nil, "3,1"),
            (3.1, nil, nil, "3,1"),
            (3.25, "Indeks", nil, "3,25 Indeks"),
            (82, "(indeks)", nil, "82 (indeks)"),
            (76.75, "(indeks)", nil, "76,75 (indeks)"),
            (133, "Layanan", nil, "133 Layanan"),
            (2, "Lokus", nil, "2 Lokus"),
            (6, "Orang", nil, "6 Orang"),
            (2, "Kegiatan", nil, "2 Kegiatan"),
            (1, "Buku", nil, "1 Buku"),
            (3, "Rekomendasi", nil, "3 Rekomendasi"),
            (4, "Instansi Pemerintah", nil, "4 Instansi Pemerintah"),
            (87, nil, 1, "87,0"),
            (3.8, "Indeks", 2, "3,80 Indeks"),
            (-0.7, "%", nil, "-0,7%"),
            (nil, "%", nil, "-"),
            (nil, "Layanan", 0, "-"),
        ]
        for (value, satuan, decimals, expected) in cases {
            XCTAssertEqual(IndonesianFormat.value(value, satuan: satuan, decimals: decimals), expected, "\(String(describing: value)) \(satuan ?? "nil")")
        }
    }

    func testCountWithWords() {
        XCTAssertEqual(IndonesianFormat.countWithWords(28), "28 (dua puluh delapan)")
        XCTAssertEqual(IndonesianFormat.countWithWords(1643), "1.643 (seribu enam ratus empat puluh tiga)")
        XCTAssertEqual(IndonesianFormat.countWithWords(4), "4 (empat)")
    }
}
