import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// `Efisiensi` (SasaranKinerja.swift), analysis 6: the selisih is the printed NILAI SS (whole
/// percent) minus the printed serapan (two decimals), so the row adds up on paper.
final class SasaranKinerjaTests: XCTestCase {
    private func efisiensi(_ capaian: Double, _ serapan: Double) -> Efisiensi {
        Efisiensi(capaian: capaian, serapan: serapan, sumber: "kegiatan")
    }

    /// NILAI SS 100,41% prints "100%", serapan 98,49%: 100 − 98,49 = 1,51 (not 1,92).
    func testSelisihOfThePrintedFigures() {
        XCTAssertEqual(efisiensi(100.41, 98.49).selisih, 1.51, accuracy: 1e-9)
        XCTAssertEqual(efisiensi(100.41, 98.49).status, "Efisien")
    }

    /// NILAI SS 91,67% prints "92%", serapan 85,00%: 92 − 85 = 7.
    func testNilaiSSRoundsToAWholePercent() {
        XCTAssertEqual(efisiensi(91.6666666, 85).selisih, 7, accuracy: 1e-9)
    }

    /// Half-up on both: 99,5 prints "100%", 98,485 prints "98,49%": 100 − 98,49 = 1,51.
    func testHalfUpOnBothFigures() {
        XCTAssertEqual(efisiensi(99.5, 98.485).selisih, 1.51, accuracy: 1e-9)
    }

    /// NILAI SS 98,4% prints "98%", serapan 98,30%: 98 − 98,30 = −0,30, Kurang efisien, as the
    /// printed row reads (although 98,4 > 98,3).
    func testStatusFollowsThePrintedSelisih() {
        let row = efisiensi(98.4, 98.3)
        XCTAssertEqual(row.selisih, -0.3, accuracy: 1e-9)
        XCTAssertFalse(row.efisien)
        XCTAssertEqual(row.status, "Kurang efisien")
        XCTAssertTrue(efisiensi(98.5, 99).efisien, "99 − 99,00 = 0 is efficient")
    }

    /// Through the computer: IKK target 100%, realisasi 100,41 → capaian 100,41%; kegiatan
    /// `dukungan` with anggaran 1.000.000.000 spent 984.900.000 → serapan 98,49%; selisih 1,51.
    func testComputedSasaran() throws {
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Terwujudnya layanan
                kegiatan: [dukungan]
                indikator:
                  - id: ss1-1
                    nama: Persentase layanan tepat waktu
                    target: 100
                    satuan: "%"

            """, kegiatan: """
            kegiatan:
              - id: dukungan
                nama: Pengelolaan Administratif
                anggaran: 1000000000

            """)
        let realisasi = realisasiText("  - indikator: ss1-1\n    nilai: 100.41\n", extra: "anggaran_kegiatan:\n  - kegiatan: dukungan\n    realisasi: 984900000\n")
        let divisi = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi]).divisi()
        let row = try XCTUnwrap(divisi.sasaran.first?.efisiensi)
        XCTAssertEqual(row.capaian, 100.41, accuracy: 1e-9)
        XCTAssertEqual(row.serapan, 98.49, accuracy: 1e-9)
        XCTAssertEqual(row.selisih, 1.51, accuracy: 1e-9)
        XCTAssertEqual(row.sumber, "kegiatan")
    }
}
