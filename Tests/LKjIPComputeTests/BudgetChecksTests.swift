import Foundation
@testable import LKjIPCompute
import LKjIPModel
import TestSupport
import XCTest

/// The office budget as programme, kegiatan and sub kegiatan lines summed upward, PK lines
/// named by their code, and the cross-checks between the budget tables (issue 21, item 4).
/// Every amount below is worked by hand in the comments.
final class BudgetChecksTests: XCTestCase {
    /// Three levels, Permendagri 90/2019 codes; pagu and realisasi typed at the sub kegiatan.
    static let tree = """
        realisasi: []
        program_kegiatan:
          - kode: "1.02.02"
            nama: Program Pemenuhan Upaya Kesehatan
          - kode: 1.02.02.2.02
            nama: Penyediaan Layanan Kesehatan
          - kode: 1.02.02.2.02.0001
            nama: Pengelolaan Pelayanan Kesehatan Ibu Hamil
            pagu: 500
            realisasi: 450
          - kode: 1.02.02.2.02.0003
            nama: Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir
            pagu: 300
            realisasi: 290
          - kode: 1.02.02.2.01
            nama: Penyediaan Fasilitas Pelayanan Kesehatan
          - kode: 1.02.02.2.01.0023
            nama: Pengadaan Obat
            pagu: 200
            realisasi: 180

        """

    /// A PK that lists lines of the budget by code.
    static let pkByCode = ComputeFixture.pkHead + """
        sasaran_kegiatan:
          - id: ss1
            nama: Sasaran
            kegiatan: [1.02.02.2.02]
            indikator:
              - id: ss1-1
                nama: Indikator
                target: 3.1
                satuan: Indeks
        kegiatan:
          - kode: 1.02.02.2.02
          - kode: 1.02.02.2.01.0023

        """

    /// The kegiatan 1.02.02.2.02 is 500 + 300 = 800 (realisasi 450 + 290 = 740); the programme
    /// 800 + 200 = 1.000 (740 + 180 = 920); the office's 2023 row is computed from them.
    func testThreeLevelsSummedUpward() throws {
        let report = try ComputeFixture(["anggaran.yaml": Self.tree]).compute().report
        let program = report.program
        XCTAssertEqual(program.line(kode: "1.02.02.2.02")?.pagu, 800)
        XCTAssertEqual(program.line(kode: "1.02.02.2.02")?.realisasi, 740)
        XCTAssertEqual(program.line(kode: "1.02.02")?.pagu, 1_000)
        XCTAssertEqual(program.line(kode: "1.02.02")?.realisasi, 920)
        XCTAssertEqual(program.line(kode: "1.02.02")?.tingkat, 0)
        XCTAssertEqual(program.line(kode: "1.02.02.2.02.0001")?.tingkat, 2)
        XCTAssertEqual(program.totalPagu, 1_000)
        let year = try XCTUnwrap(report.anggaranKantor.last)
        XCTAssertEqual([year.tahun, Int(year.pagu), Int(year.realisasi)], [2023, 1_000, 920])
        XCTAssertEqual(year.persen, 92)
    }

    /// A kegiatan given both by hand (900) and by its sub kegiatan (800) is an error at its
    /// own line, naming both amounts.
    func testMismatchReportedAtItsLine() throws {
        let typed = Self.tree.replacingOccurrences(of: "    nama: Penyediaan Layanan Kesehatan\n", with: "    nama: Penyediaan Layanan Kesehatan\n    pagu: 900\n")
        let fixture = try ComputeFixture(["anggaran.yaml": typed])
        let errors = try fixture.check().errors
        let error = try XCTUnwrap(errors.first { $0.location.keyPath == "program_kegiatan[1].pagu" }, errors.listing)
        XCTAssertEqual(error.location.file, "anggaran.yaml")
        XCTAssertEqual(error.location.line, 7, "the line of `pagu: 900`")
        XCTAssertEqual(error.message, "1.02.02.2.02 says a pagu of Rp\u{00A0}900 but the lines under it add up to Rp\u{00A0}800; remove the pagu (it is computed) or correct the lines")
        XCTAssertEqual(errors.count, 1, errors.listing)
    }

    /// The office's report-year row typed beside the programmes must be their sum.
    func testOfficeRowAgainstTheProgrammes() throws {
        let typed = Self.tree.replacingOccurrences(of: "realisasi: []\n", with: "realisasi:\n  - {tahun: 2023, pagu: 1000, realisasi: 921}\n")
        let errors = try ComputeFixture(["anggaran.yaml": typed]).check().errors
        XCTAssertEqual(errors.map(\.location.keyPath), ["realisasi[0].realisasi"], errors.listing)
        XCTAssertTrue(errors[0].message.contains("Rp\u{00A0}921") && errors[0].message.contains("Rp\u{00A0}920"))
    }

    /// A PK line named by code takes the budget file's name, pagu, realisasi and level; the
    /// PK's total adds the two lines, 800 + 200 = 1.000.
    func testPKLinesNamedByCode() throws {
        let report = try ComputeFixture(["anggaran.yaml": Self.tree, "pk/administrasi.yaml": Self.pkByCode]).compute().report
        let pk = try XCTUnwrap(report.perjanjian.first)
        XCTAssertEqual(pk.kegiatan.map(\.kegiatan.nama), ["Penyediaan Layanan Kesehatan", "Pengadaan Obat"])
        XCTAssertEqual(pk.kegiatan.map(\.anggaran), [800, 200])
        XCTAssertEqual(pk.kegiatan.map(\.realisasi), [740, 180])
        XCTAssertEqual(pk.kegiatan.map(\.tingkat), [1, 2])
        XCTAssertEqual(pk.totalAnggaran, 1_000)
        // The sasaran names its kegiatan by code.
        XCTAssertEqual(report.divisi.first?.sasaran.first?.kegiatan.map(\.anggaran), [800])
    }

    /// A line under a listed line is not added twice: the programme (1.000) and its kegiatan
    /// (800) in one PK total 1.000.
    func testNestedLinesAreCountedOnce() throws {
        let pk = Self.pkByCode.replacingOccurrences(of: "  - kode: 1.02.02.2.01.0023\n", with: "  - kode: \"1.02.02\"\n")
        let report = try ComputeFixture(["anggaran.yaml": Self.tree, "pk/administrasi.yaml": pk]).compute().report
        XCTAssertEqual(report.perjanjian.first?.totalAnggaran, 1_000)
    }

    /// `rincian`: a PK answering for part of a shared kegiatan counts only its sub kegiatan.
    func testPartOfASharedLine() throws {
        let pk = Self.pkByCode.replacingOccurrences(of: "  - kode: 1.02.02.2.02\n", with: "  - kode: 1.02.02.2.02\n    rincian: [1.02.02.2.02.0003]\n")
        let report = try ComputeFixture(["anggaran.yaml": Self.tree, "pk/administrasi.yaml": pk]).compute().report
        XCTAssertEqual(report.perjanjian.first?.kegiatan.map(\.anggaran), [300, 200])
        XCTAssertEqual(report.perjanjian.first?.kegiatan.first?.realisasi, 290)
        XCTAssertEqual(report.perjanjian.first?.totalAnggaran, 500)
    }

    /// A PK's typed amount for a line of the budget file must be the file's (planted: 750).
    func testPKAmountAgainstTheBudgetFile() throws {
        let pk = Self.pkByCode.replacingOccurrences(of: "  - kode: 1.02.02.2.02\n", with: "  - kode: 1.02.02.2.02\n    anggaran: 750\n")
        let errors = try ComputeFixture(["anggaran.yaml": Self.tree, "pk/administrasi.yaml": pk]).check().errors
        XCTAssertEqual(errors.map(\.location.keyPath), ["kegiatan[0].anggaran"], errors.listing)
        XCTAssertEqual(errors.first?.message, "the PK says Rp\u{00A0}750 for 1.02.02.2.02 but anggaran.yaml program_kegiatan says Rp\u{00A0}800; remove the amount (it comes from the budget file) or correct one of them")
    }

    /// A lowest line spending above its pagu: 330 of 300 is 110,00%.
    func testLineAboveItsPagu() throws {
        let over = Self.tree.replacingOccurrences(of: "    realisasi: 290\n", with: "    realisasi: 330\n")
        let warnings = try ComputeFixture(["anggaran.yaml": over]).check().warnings.filter { $0.location.file == "anggaran.yaml" }
        XCTAssertEqual(warnings.map(\.location.keyPath), ["program_kegiatan[3].realisasi"], warnings.listing)
        XCTAssertEqual(warnings.first?.message, "1.02.02.2.02.0003 spent Rp\u{00A0}330, above its pagu of Rp\u{00A0}300 (110,00%)")
    }

    /// A kegiatan typed in the PK whose reported spending is above its anggaran (planted:
    /// 19.000.000.000 of 17.496.194.000 = 108,5960…% → 108,60%).
    func testKegiatanSpendingAboveItsAnggaran() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "unit:", with: "anggaran_kegiatan:\n  - {kegiatan: dukungan, realisasi: 19000000000}\nunit:")
        let warnings = try ComputeFixture(["realisasi/administrasi.yaml": realisasi]).check().warnings
        let warning = try XCTUnwrap(warnings.first { $0.location.keyPath == "anggaran_kegiatan[0].realisasi" }, warnings.listing)
        XCTAssertEqual(warning.message, "kegiatan dukungan spent Rp\u{00A0}19.000.000.000, above its anggaran of Rp\u{00A0}17.496.194.000 in pk/administrasi.yaml (108,60%)")
    }

    /// The divisions' PKs together above the office pagu of the year (planted: a pagu of
    /// Rp 1.000.000 against the PK's Rp 17.496.194.000).
    func testDivisionsAboveTheOfficePagu() throws {
        let anggaran = "realisasi:\n  - {tahun: 2023, pagu: 1000000, realisasi: 900000}\n"
        let warnings = try ComputeFixture(["anggaran.yaml": anggaran]).check().warnings
        let warning = try XCTUnwrap(warnings.first { $0.message.hasPrefix("the divisions' PKs together") }, warnings.listing)
        XCTAssertEqual(warning.location.file, "pk/administrasi.yaml")
        XCTAssertTrue(warning.message.contains("Rp\u{00A0}17.496.194.000") && warning.message.contains("Rp\u{00A0}1.000.000"))
    }

    /// The head of office's PK lists the whole budget: its total against the office pagu
    /// (planted: it lists only 1.02.02.2.01.0023, 200 of 1.000).
    func testHeadOfOfficeTotalAgainstTheOfficePagu() throws {
        let head = """
            pihak_pertama: kakanwil
            pihak_kedua: menteri
            tanggal: "2023-01-05"
            sasaran:
              - id: iku1
                nama: Sasaran strategis
                indikator:
                  - id: iku1-1
                    nama: IKU
                    target: 90
                    satuan: "%"
            kegiatan:
              - kode: 1.02.02.2.01.0023

            """
        let pejabat = ComputeFixture.pejabat + "  - id: menteri\n    nama: Menteri Uji\n    jabatan: Menteri\n"
        let warnings = try ComputeFixture(["anggaran.yaml": Self.tree, "pk/kepala.yaml": head, "pejabat.yaml": pejabat]).check().warnings
        let warning = try XCTUnwrap(warnings.first { $0.message.hasPrefix("the head of office's PK lists") }, warnings.listing)
        XCTAssertEqual(warning.location.file, "pk/kepala.yaml")
        XCTAssertTrue(warning.message.contains("Rp\u{00A0}200") && warning.message.contains("Rp\u{00A0}1.000"), warning.message)
    }

    /// A unit's table c against its kegiatan: a typed PK line of 17.496.194.000 cannot fit in a
    /// unit pagu of 10.000.000.000.
    func testUnitRowAgainstItsKegiatan() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "    anggaran: []", with: "    anggaran:\n      - {tahun: 2023, pagu: 10000000000, realisasi: 9000000000}")
        let warnings = try ComputeFixture(["realisasi/administrasi.yaml": realisasi]).check().warnings
        let warning = try XCTUnwrap(warnings.first { $0.location.keyPath == "unit[0].anggaran[0].pagu" }, warnings.listing)
        XCTAssertTrue(warning.message.hasPrefix("table c of Divisi Administrasi has a pagu of Rp\u{00A0}10.000.000.000 for 2023, but its kegiatan in the PK add up to Rp\u{00A0}17.496.194.000"), warning.message)
    }

    /// Table c of a unit whose kegiatan are budget lines: the report year is computed when
    /// left out, from the kegiatan its sasaran names (1.02.02.2.02: 800 / 740).
    func testUnitRowComputedFromTheBudget() throws {
        let report = try ComputeFixture(["anggaran.yaml": Self.tree, "pk/administrasi.yaml": Self.pkByCode]).compute().report
        let row = try XCTUnwrap(report.divisi.first?.units.first?.anggaran.last)
        XCTAssertEqual([row.tahun, Int(row.pagu), Int(row.realisasi)], [2023, 800, 740])
    }
}
