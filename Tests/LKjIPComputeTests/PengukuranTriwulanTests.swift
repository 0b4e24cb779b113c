import Foundation
@testable import LKjIPCompute
import LKjIPModel
import TestSupport
import XCTest

/// The quarterly measurement: values up to a quarter by the indicator's `agregasi`, and the
/// capaian between them by the year's rules. Every expectation is worked by hand beside it.
final class PengukuranTriwulanTests: XCTestCase {
    /// jumlah (per quarter): up to TW II 10 + 20 = 30; TW III is missing, so neither TW III
    /// nor TW IV can be summed (it would understate the total).
    func testUpToWithJumlah() {
        let quarters: [Nilai?] = [Nilai(10), Nilai(20), nil, Nilai(40)]
        XCTAssertEqual(PengukuranTriwulan.upTo(1, of: quarters, agregasi: .jumlah), Nilai(10, decimals: 0))
        XCTAssertEqual(PengukuranTriwulan.upTo(2, of: quarters, agregasi: .jumlah), Nilai(30, decimals: 0))
        XCTAssertNil(PengukuranTriwulan.upTo(3, of: quarters, agregasi: .jumlah))
        XCTAssertNil(PengukuranTriwulan.upTo(4, of: quarters, agregasi: .jumlah))
    }

    /// akhir (cumulative): the quarter itself, whatever came before; nil for a quarter not
    /// reported.
    func testUpToWithAkhir() {
        let quarters: [Nilai?] = [nil, Nilai(45), nil, Nilai(90)]
        XCTAssertNil(PengukuranTriwulan.upTo(1, of: quarters, agregasi: .akhir))
        XCTAssertEqual(PengukuranTriwulan.upTo(2, of: quarters, agregasi: .akhir), Nilai(45, decimals: 0))
        XCTAssertNil(PengukuranTriwulan.upTo(3, of: quarters, agregasi: .akhir))
        XCTAssertEqual(PengukuranTriwulan.upTo(4, of: quarters, agregasi: .akhir), Nilai(90, decimals: 0))
    }

    /// rata_rata: (3,0 + 3,5) / 2 = 3,25 up to TW II; (3,0 + 3,5 + 3,1) / 3 = 3,2 up to TW III.
    func testUpToWithRataRata() {
        let quarters: [Nilai?] = [Nilai(3.0, decimals: 1), Nilai(3.5, decimals: 1), Nilai(3.1, decimals: 1), nil]
        XCTAssertEqual(PengukuranTriwulan.upTo(2, of: quarters, agregasi: .rata_rata)?.value, Decimal(string: "3.25"))
        XCTAssertEqual(PengukuranTriwulan.upTo(3, of: quarters, agregasi: .rata_rata)?.value, Decimal(string: "3.2"))
        XCTAssertNil(PengukuranTriwulan.upTo(4, of: quarters, agregasi: .rata_rata))
        XCTAssertNil(PengukuranTriwulan.upTo(5, of: quarters, agregasi: .rata_rata))
    }

    /// Through the pipeline: ss1-1 target 90% with cumulative quarters 20/45/70/90, realisasi
    /// 25/40: TW I 25 / 20 × 100 = 125%, TW II 40 / 45 × 100 = 88,89 → 89%, TW III no
    /// realisasi. ss1-2 to be minimised (negatif, selisih), per quarter (jumlah) 5/5/5/5,
    /// realisasi 4/7: TW II target 10, realisasi 11, (2 × 10 − 11) / 10 × 100 = 90%. The
    /// explanation of TW II is the one of TW II.
    func testMeasureThroughThePipeline() throws {
        let pk = ComputeFixture.pkHead + """
            sasaran_kegiatan:
              - id: ss1
                nama: Terwujudnya layanan
                indikator:
                  - id: ss1-1
                    nama: Persentase layanan tepat waktu
                    target: 90
                    satuan: "%"
                    triwulan: {tw1: 20, tw2: 45, tw3: 70, tw4: 90, agregasi: akhir}
                  - id: ss1-2
                    nama: Jumlah pengaduan
                    target: 20
                    polaritas: negatif
                    triwulan: {tw1: 5, tw2: 5, tw3: 5, tw4: 5, agregasi: jumlah}
            kegiatan: []

            """
        let realisasi = """
            divisi: administrasi
            realisasi:
              - indikator: ss1-1
                triwulan: {tw1: 25, tw2: 40}
                analisis_triwulan:
                  - {triwulan: 1, penyebab: Awal tahun baik.}
                  - {triwulan: 2, penyebab: Petugas cuti., tindak_lanjut: Petugas ditambah.}
              - indikator: ss1-2
                triwulan: {tw1: 4, tw2: 7}

            """ + ComputeFixture.emptyUnit
        let report = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi]).compute().report
        let first = PengukuranTriwulan.measure(report, triwulan: 1)[0].sasaran[0].indikator
        XCTAssertEqual(IndonesianFormat.capaian(first[0].capaian), "125%")
        XCTAssertEqual(first[0].analisis?.penyebab, "Awal tahun baik.")
        let second = PengukuranTriwulan.measure(report, triwulan: 2)[0]
        let tw2 = second.sasaran[0].indikator
        XCTAssertEqual(tw2[0].target?.value, 45)
        XCTAssertEqual(tw2[0].realisasi?.value, 40)
        XCTAssertEqual(IndonesianFormat.capaian(tw2[0].capaian), "89%")
        XCTAssertEqual(tw2[0].status, .belumTercapai)
        XCTAssertEqual(tw2[0].analisis?.tindakLanjut, "Petugas ditambah.")
        XCTAssertEqual(tw2[1].target?.value, 10)
        XCTAssertEqual(tw2[1].realisasi?.value, 11)
        XCTAssertEqual(tw2[1].capaian, 90)
        // The division's mean: (88,888… + 90) / 2 = 89,44.
        XCTAssertEqual(IndonesianFormat.capaian(second.nilai), "89%")
        let third = PengukuranTriwulan.measure(report, triwulan: 3)[0].sasaran[0].indikator
        XCTAssertNil(third[0].realisasi)
        XCTAssertNil(third[0].capaian)
        XCTAssertEqual(third[0].status, .tidakAdaData)
    }

    /// The end of quarter IV is the year, as BAB III prints it: an indicator measured only
    /// yearly (no `triwulan`) gets its yearly target 90, realisasi 92,14 and capaian
    /// 92,14 / 90 × 100 = 102,377… → 102% at TW IV (and nothing before); an indicator with
    /// quarters gets the year's figure too: realisasi 95 typed for the year against 90 → 106%.
    func testFourthQuarterIsTheYear() throws {
        let pk = ComputeFixture.pkHead + """
            sasaran_kegiatan:
              - id: ss1
                nama: Terwujudnya layanan
                indikator:
                  - id: ss1-1
                    nama: Persentase sampel tepat waktu
                    target: 90
                    satuan: "%"
                  - id: ss1-2
                    nama: Persentase layanan tepat waktu
                    target: 90
                    satuan: "%"
                    triwulan: {tw1: 20, tw2: 45, tw3: 70, tw4: 90, agregasi: akhir}
            kegiatan: []

            """
        let realisasi = """
            divisi: administrasi
            realisasi:
              - indikator: ss1-1
                nilai: 92.14
              - indikator: ss1-2
                triwulan: {tw1: 25, tw2: 40, tw3: 70, tw4: 95}

            """ + ComputeFixture.emptyUnit
        let report = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi]).compute().report
        let third = PengukuranTriwulan.measure(report, triwulan: 3)[0].sasaran[0].indikator
        XCTAssertNil(third[0].capaian, "a yearly indicator has nothing up to TW III")
        XCTAssertFalse(third[0].tahunan)
        let fourth = PengukuranTriwulan.measure(report, triwulan: 4)[0]
        let year = report.measured[0].sasaran[0].indikator
        XCTAssertTrue(fourth.sasaran[0].indikator.allSatisfy(\.tahunan))
        XCTAssertEqual(fourth.sasaran[0].indikator[0].target?.value, 90)
        XCTAssertEqual(fourth.sasaran[0].indikator[0].realisasi?.value, Decimal(string: "92.14"))
        XCTAssertEqual(IndonesianFormat.capaian(fourth.sasaran[0].indikator[0].capaian), "102%")
        XCTAssertEqual(IndonesianFormat.capaian(fourth.sasaran[0].indikator[1].capaian), "106%")
        XCTAssertEqual(fourth.sasaran[0].indikator.map(\.capaian), year.map(\.capaian))
        XCTAssertEqual(fourth.sasaran[0].indikator.map(\.status), year.map(\.status))
        // The unit's bar: (102,377… + 105,555…) / 2 = 103,97 → 104%.
        XCTAssertEqual(IndonesianFormat.capaian(fourth.nilai), "104%")
    }

    func testLastDayOfEachQuarter() {
        XCTAssertEqual((1...4).map { PengukuranTriwulan.lastDay(of: $0, tahun: 2023) }, ["2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"])
    }
}
