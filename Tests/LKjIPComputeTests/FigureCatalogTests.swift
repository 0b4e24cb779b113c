import Foundation
import LKjIPCompute
import LKjIPModel
import XCTest

/// Every figure a narrative may cite as `{{name}}`, already in Indonesian form.
final class FigureCatalogTests: XCTestCase {
    private static let unitWithBudget = ComputeFixture.realisasi.replacingOccurrences(of: "    anggaran: []", with: """
            anggaran:
              - {tahun: 2023, pagu: 22186820000, realisasi: 22090007028}
        """)

    /// Office figures: year, divisions, staff (93 + 91 = 184), budget (207,521,920,739 /
    /// 209,168,138,000 = 99.21 %; pagu change 3.58 %).
    func testOfficeFigures() throws {
        let figures = try ComputeFixture().compute().report.figures
        XCTAssertEqual(figures.names.first, "tahun")
        XCTAssertEqual(figures["tahun"], "2023")
        XCTAssertEqual(figures["jumlah_divisi"], "1")
        XCTAssertEqual(figures["jumlah_divisi.terbilang"], "1 (satu)")
        XCTAssertEqual(figures["jumlah_upt"], "0")
        XCTAssertEqual(figures["pegawai.laki_laki"], "93")
        XCTAssertEqual(figures["pegawai.perempuan"], "91")
        XCTAssertEqual(figures["pegawai.total"], "184")
        XCTAssertEqual(figures["anggaran.2023.pagu"], "Rp\u{00A0}209.168.138.000")
        XCTAssertEqual(figures["anggaran.2023.realisasi"], "Rp\u{00A0}207.521.920.739")
        XCTAssertEqual(figures["anggaran.2023.persen"], "99,21%")
        XCTAssertEqual(figures["anggaran.2022.persen"], "94,98%")
        XCTAssertEqual(figures["anggaran.2023.perubahan_pagu"], "3,58%")
        XCTAssertNil(figures["anggaran.2022.perubahan_pagu"], "no year before the first")
    }

    /// Division figures: capaian 3.8 / 3.1 × 100 = 122.58 → "123%", the PK total, the
    /// indicator's target and realisasi with the unit.
    func testDivisionFigures() throws {
        let figures = try ComputeFixture().compute().report.figures
        XCTAssertEqual(figures["divisi.administrasi.jumlah_sasaran"], "1")
        XCTAssertEqual(figures["divisi.administrasi.jumlah_ikk.terbilang"], "1 (satu)")
        XCTAssertEqual(figures["divisi.administrasi.total_anggaran"], "Rp\u{00A0}17.496.194.000")
        XCTAssertEqual(figures["divisi.administrasi.ss1.nilai"], "123%")
        XCTAssertEqual(figures["divisi.administrasi.ss1.status"], "Melebihi target")
        XCTAssertEqual(figures["divisi.administrasi.ss1-1.target"], "3,1 Indeks")
        XCTAssertEqual(figures["divisi.administrasi.ss1-1.realisasi"], "3,8 Indeks")
        XCTAssertEqual(figures["divisi.administrasi.ss1-1.capaian"], "123%")
        XCTAssertNil(figures["divisi.administrasi.ss1-1.target_awal"], "no revision")
    }

    /// A unit's budget table is cited by position ("unit1"), and, when the division has one
    /// unit, without it. 22,090,007,028 / 22,186,820,000 × 100 = 99.56 %.
    func testUnitBudgetFigures() throws {
        let figures = try ComputeFixture(["realisasi/administrasi.yaml": Self.unitWithBudget]).compute().report.figures
        XCTAssertEqual(figures["divisi.administrasi.unit1.anggaran.2023.persen"], "99,56%")
        XCTAssertEqual(figures["divisi.administrasi.anggaran.2023.persen"], "99,56%")
        XCTAssertEqual(figures["divisi.administrasi.unit1.anggaran.2023.pagu"], "Rp\u{00A0}22.186.820.000")
    }

    /// UPT counts per kind: two lapas → "2 (dua)".
    func testUnitKindCounts() throws {
        let organisasi = "jenis_satker:\n  - {id: lapas, nama: Lembaga Pemasyarakatan}\n" + ComputeFixture.organisasi
            + "  - {nama: Lapas Padang, jenis: lapas, laki_laki: 101, perempuan: 22}\n  - {nama: Lapas Solok, jenis: lapas, laki_laki: 68, perempuan: 17}\n"
        let figures = try ComputeFixture(["organisasi.yaml": organisasi]).compute().report.figures
        XCTAssertEqual(figures["jumlah_upt"], "2")
        XCTAssertEqual(figures["jumlah_upt.lapas"], "2")
        XCTAssertEqual(figures["jumlah_upt.lapas.terbilang"], "2 (dua)")
        // 93 + 101 + 68 = 262 men, 91 + 22 + 17 = 130 women.
        XCTAssertEqual(figures["pegawai.total"], "392")
    }

    /// A revised target is citable with its first value.
    func testTargetAwalOfARevisedIndicator() throws {
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": ReportComputerTests.revisedPK,
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 99}\n  - {indikator: ss1-2, nilai: 60}\n  - {indikator: ss1-3, nilai: 10}\n"),
        ])
        let figures = try fixture.compute().report.figures
        XCTAssertEqual(figures["divisi.administrasi.ss1-1.target_awal"], "80%")
        XCTAssertEqual(figures["divisi.administrasi.ss1-1.target"], "90%")
        XCTAssertEqual(figures["divisi.administrasi.ss1-1.capaian"], "110%")
    }

    /// Each name is listed once, and every listed name has a value.
    func testNamesAreUniqueAndResolvable() throws {
        let figures = try ComputeFixture(["realisasi/administrasi.yaml": Self.unitWithBudget]).compute().report.figures
        XCTAssertEqual(Set(figures.names).count, figures.names.count)
        for name in figures.names { XCTAssertNotNil(figures[name], name) }
        XCTAssertNil(figures["tidak.ada"])
    }
}
