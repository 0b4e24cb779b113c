import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
@testable import LKjIPReport
import XCTest

/// The efficiency table of analysis 6 prints NILAI SS as everywhere in the report, in whole
/// percent, and its selisih adds up with the two printed figures.
final class AnalisisTablesTests: XCTestCase {
    /// Divisi Administrasi with one IKK: target 100%, realisasi 100,41 → capaian and NILAI SS
    /// 100,41% (printed "100%"); kegiatan Layanan Umum 1.000.000.000 spent 984.900.000 →
    /// serapan 98,49%; selisih 100 − 98,49 = 1,51, Efisien.
    static let pk = """
        divisi: administrasi
        pihak_pertama: kadiv-administrasi
        pihak_kedua: kakanwil
        tanggal: "2023-01-05"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan administratif yang efektif dan efisien
            kegiatan: [layanan-umum]
            indikator:
              - id: ss1-1
                nama: Persentase layanan tepat waktu
                target: 100
                satuan: "%"
        kegiatan:
          - id: layanan-umum
            nama: Layanan Umum
            anggaran: 1000000000
        """

    static let realisasi = """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 100.41
        anggaran_kegiatan:
          - kegiatan: layanan-umum
            realisasi: 984900000
        unit:
          - riwayat: []
            anggaran: []
            renstra: []
        """

    func testEfficiencyRowPrintsNilaiSSInWholePercent() throws {
        let report = try SmallReport.make(changing: ["pk/administrasi.yaml": Self.pk, "realisasi/administrasi.yaml": Self.realisasi])
        let divisi = try XCTUnwrap(report.divisi.first { $0.divisi.id == "administrasi" })
        let table = try XCTUnwrap(try SmallReport.analyses.efisiensi(divisi.sasaran))
        XCTAssertEqual(texts(table.rows[0]), ["Sasaran Kegiatan", "Capaian (NILAI SS)", "Serapan Anggaran", "Selisih (poin)", "Status"])
        XCTAssertEqual(texts(table.rows[1]), ["Terwujudnya layanan administratif yang efektif dan efisien", "100%", "98,49%", "1,51 poin", "Efisien"])
        // The same NILAI SS as the e-Performance table of the division.
        let nilai = NilaiSasaranTable.make(divisi.sasaran, tingkat: try SmallReport.tingkat, wording: try SmallReport.wording)
        XCTAssertEqual(texts(nilai.rows[1])[3], "100%")
    }

    /// The small report's SS1: NILAI SS 91,67% prints "92%", serapan 85,00%: 92 − 85 = 7,00.
    func testSmallReportEfficiencyRow() throws {
        let divisi = try XCTUnwrap(try SmallReport.report.divisi.first { $0.divisi.id == "administrasi" })
        let table = try XCTUnwrap(try SmallReport.analyses.efisiensi(divisi.sasaran))
        XCTAssertEqual(texts(table.rows[1]), ["Terwujudnya layanan administratif yang efektif dan efisien", "92%", "85,00%", "7,00 poin", "Efisien"])
    }
}
