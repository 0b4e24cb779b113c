import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// Counts and budget differences in the `FigureCatalog`, each worked out by hand from the data
/// below.
final class FigureCatalogCountTests: XCTestCase {
    /// Three satker (kanwil, lapas, rutan).
    static let organisasi = ComputeFixture.organisasi + """
          - nama: Lapas Kelas IIA Padang
            jenis: lapas
            laki_laki: 10
            perempuan: 2
          - nama: Rutan Kelas IIB Solok
            jenis: rutan
            laki_laki: 5
            perempuan: 1

        """

    /// ss1 with two IKK, ss2 with one: 2 sasaran, 3 IKK.
    static let pk = pkText(sasaran: """
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan administratif
            indikator:
              - {id: ss1-1, nama: Indeks kepuasan layanan internal, target: 3.1}
              - {id: ss1-2, nama: Persentase layanan tepat waktu, target: 90, satuan: "%"}
          - id: ss2
            nama: Terwujudnya pengelolaan keuangan yang akuntabel
            indikator:
              - {id: ss2-1, nama: Nilai kinerja anggaran, target: 90}

        """)

    /// Two units: unit1 reports ss1 (1 sasaran, 2 IKK), unit2 reports ss2 (1 sasaran, 1 IKK).
    static let realisasi = realisasiText("""
          - {indikator: ss1-1, nilai: 3.2}
          - {indikator: ss1-2, nilai: 91}
          - {indikator: ss2-1, nilai: 92}

        """, unit: """
        unit:
          - judul: Bagian Umum
            sasaran: [ss1]
            riwayat: []
            anggaran: []
            renstra: []
          - judul: Bagian Keuangan
            sasaran: [ss2]
            riwayat: []
            anggaran: []
            renstra: []

        """)

    /// 2021: 900.040 / 1.000.000 = 90,004% → "90,00%"; 2022: 900.160 / 1.000.000 = 90,016% →
    /// "90,02%"; 2023: 700.000 / 800.000 = 87,5% → "87,50%".
    static let anggaran = """
        realisasi:
          - {tahun: 2021, pagu: 1000000, realisasi: 900040}
          - {tahun: 2022, pagu: 1000000, realisasi: 900160}
          - {tahun: 2023, pagu: 800000, realisasi: 700000}
        smart_dja: []
        ikpa: []

        """

    private func figures() throws -> FigureCatalog {
        try ComputeFixture([
            "organisasi.yaml": Self.organisasi, "pk/administrasi.yaml": Self.pk,
            "realisasi/administrasi.yaml": Self.realisasi, "anggaran.yaml": Self.anggaran,
        ]).compute().report.figures
    }

    func testJumlahSatker() throws {
        let figures = try figures()
        XCTAssertEqual(figures["jumlah_satker"], "3")
        XCTAssertEqual(figures["jumlah_satker.terbilang"], "3 (tiga)")
    }

    func testIKKPerSasaran() throws {
        let figures = try figures()
        XCTAssertEqual(figures["divisi.administrasi.ss1.jumlah_ikk"], "2")
        XCTAssertEqual(figures["divisi.administrasi.ss1.jumlah_ikk.terbilang"], "2 (dua)")
        XCTAssertEqual(figures["divisi.administrasi.ss2.jumlah_ikk"], "1")
        XCTAssertEqual(figures["divisi.administrasi.jumlah_sasaran"], "2")
        XCTAssertEqual(figures["divisi.administrasi.jumlah_ikk"], "3")
        XCTAssertEqual(figures["divisi.administrasi.jumlah_ikk.terbilang"], "3 (tiga)")
    }

    func testSasaranAndIKKPerUnit() throws {
        let figures = try figures()
        XCTAssertEqual(figures["divisi.administrasi.unit1.jumlah_sasaran"], "1")
        XCTAssertEqual(figures["divisi.administrasi.unit1.jumlah_ikk"], "2")
        XCTAssertEqual(figures["divisi.administrasi.unit1.jumlah_ikk.terbilang"], "2 (dua)")
        XCTAssertEqual(figures["divisi.administrasi.unit2.jumlah_sasaran"], "1")
        XCTAssertEqual(figures["divisi.administrasi.unit2.jumlah_sasaran.terbilang"], "1 (satu)")
        XCTAssertEqual(figures["divisi.administrasi.unit2.jumlah_ikk"], "1")
        XCTAssertNil(figures["divisi.administrasi.unit3.jumlah_ikk"])
    }

    /// 2022 against 2021: pagu unchanged (Rp 0, "tetap"); the percentages as printed differ by
    /// 90,02 − 90,00 = 0,02 points ("naik"), although the unrounded 90,016 − 90,004 = 0,012
    /// would print "0,01".
    func testBudgetDifferencesOf2022() throws {
        let figures = try figures()
        XCTAssertEqual(figures["anggaran.2022.persen"], "90,02%")
        XCTAssertEqual(figures["anggaran.2021.persen"], "90,00%")
        XCTAssertEqual(figures["anggaran.2022.selisih_pagu"], "Rp\u{00A0}0")
        XCTAssertEqual(figures["anggaran.2022.arah_pagu"], "tetap")
        XCTAssertEqual(figures["anggaran.2022.selisih_persen"], "0,02%")
        XCTAssertEqual(figures["anggaran.2022.arah_persen"], "naik")
    }

    /// 2023 against 2022: pagu 800.000 − 1.000.000 = −200.000, cited without sign as
    /// "Rp 200.000", "turun"; 87,50 − 90,02 = −2,52 points, "2,52%", "turun".
    func testBudgetDifferencesOf2023() throws {
        let figures = try figures()
        XCTAssertEqual(figures["anggaran.2023.selisih_pagu"], "Rp\u{00A0}200.000")
        XCTAssertEqual(figures["anggaran.2023.arah_pagu"], "turun")
        XCTAssertEqual(figures["anggaran.2023.selisih_persen"], "2,52%")
        XCTAssertEqual(figures["anggaran.2023.arah_persen"], "turun")
    }

    /// The first year has nothing to differ from.
    func testFirstYearHasNoDifference() throws {
        let figures = try figures()
        for key in ["selisih_pagu", "arah_pagu", "selisih_persen", "arah_persen"] {
            XCTAssertNil(figures["anggaran.2021.\(key)"], key)
        }
    }
}
