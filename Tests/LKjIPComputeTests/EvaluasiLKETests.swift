import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// Each rule of `check --evaluasi` beyond the seven analyses, planted in the fixture (report
/// year 2023, report dated 2024-01-10, the PK of administrasi signed 2023-01-05) and seen
/// to fire with its LKE criterion at the key to change, and to stay silent once fixed.
final class EvaluasiLKETests: XCTestCase {
    func findings(_ changes: [String: String?], rule: (ComputedReport) -> [Diagnostic]) throws -> [Diagnostic] {
        let fixture = try ComputeFixture(changes)
        return rule(try fixture.compute().report)
    }

    // MARK: 3.a.4

    func testReviuMissing() throws {
        let found = try findings([:], rule: EvaluasiLKE.direviu)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.location.file, "instansi.yaml")
        XCTAssertEqual(found.first?.location.keyPath, "instansi")
        XCTAssertTrue(found.first?.message.hasPrefix("LKE 3.a.4: no reviewer is given") ?? false)
        XCTAssertEqual(found.first?.severity, .warning)
    }

    func testReviuGivenOrPending() throws {
        let reviewer = "  - id: inspektur\n    nama: Hendra Wijaya\n    nip: \"197102111996031001\"\n    jabatan: Inspektur Wilayah II\n"
        let dated = ComputeFixture.instansi + "  reviu: {pejabat: inspektur, tanggal: \"2024-02-20\"}\n"
        XCTAssertEqual(try findings(["instansi.yaml": dated, "pejabat.yaml": ComputeFixture.pejabat + reviewer], rule: EvaluasiLKE.direviu), [])
        let pending = ComputeFixture.instansi + "  reviu:\n    pejabat: inspektur\n"
        let found = try findings(["instansi.yaml": pending, "pejabat.yaml": ComputeFixture.pejabat + reviewer], rule: EvaluasiLKE.direviu)
        XCTAssertEqual(found.map(\.location.keyPath), ["instansi.reviu"])
        XCTAssertTrue(found.first?.message.hasPrefix("LKE 3.a.4: the review is not dated yet") ?? false)
    }

    // MARK: 3.a.6

    /// The LKjIP 2023 is due on 31 March 2024: signed that day it is on time, a day later not.
    func testReportDeadline() throws {
        let onTime = ComputeFixture.instansi.replacingOccurrences(of: "2024-01-10", with: "2024-03-31")
        XCTAssertEqual(try findings(["instansi.yaml": onTime], rule: EvaluasiLKE.tepatWaktu), [])
        let late = ComputeFixture.instansi.replacingOccurrences(of: "2024-01-10", with: "2024-04-01")
        let found = try findings(["instansi.yaml": late], rule: EvaluasiLKE.tepatWaktu)
        XCTAssertEqual(found.map(\.location.keyPath), ["instansi.tanggal_laporan"])
        XCTAssertEqual(found.first?.message, "LKE 3.a.6: the report is dated 2024-04-01, after 2024-03-31, the deadline for the LKjIP 2023")
    }

    /// A PK is due a month after the DIPA: DIPA 2022-12-01 → at the latest 2023-01-01, so
    /// 2023-01-05 is late; DIPA 2022-12-05 → 2023-01-05, on time.
    func testAgreementWithinAMonthOfTheDipa() throws {
        let early = ComputeFixture.anggaran + "tanggal_dipa: \"2022-12-01\"\n"
        let found = try findings(["anggaran.yaml": early], rule: EvaluasiLKE.tepatWaktu)
        XCTAssertEqual(found.map(\.location.file), ["pk/administrasi.yaml"])
        XCTAssertEqual(found.map(\.location.keyPath), ["tanggal"])
        XCTAssertEqual(found.first?.message, "LKE 3.a.6: the agreement is signed on 2023-01-05, more than a month after the DIPA of 2022-12-01 (at the latest 2023-01-01)")
        let onTime = ComputeFixture.anggaran + "tanggal_dipa: \"2022-12-05\"\n"
        XCTAssertEqual(try findings(["anggaran.yaml": onTime], rule: EvaluasiLKE.tepatWaktu), [])
    }

    /// A month after 31 January is the last day of February (28 in 2023, 29 in 2024); after
    /// 15 December, 15 January of the next year.
    func testOneMonthAfter() throws {
        XCTAssertEqual(EvaluasiLKE.oneMonth(after: try ISODate("2023-01-31"))?.description, "2023-02-28")
        XCTAssertEqual(EvaluasiLKE.oneMonth(after: try ISODate("2024-01-31"))?.description, "2024-02-29")
        XCTAssertEqual(EvaluasiLKE.oneMonth(after: try ISODate("2022-12-15"))?.description, "2023-01-15")
    }

    // MARK: 1.b.7

    static func realisasi(riwayat: String) -> String {
        """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 3.8
        unit:
          - riwayat:
              - {indikator: ss1-1, nilai: {"2022": \(riwayat)}}

        """
    }

    /// Target 3,1 Indeks, realisasi 2022 3,5 Indeks: below. 3,1 against 3,1: not below.
    func testTargetBelowLastYearsRealisasi() throws {
        let found = try findings(["realisasi/administrasi.yaml": Self.realisasi(riwayat: "3.5")], rule: EvaluasiLKE.targetMenantang)
        XCTAssertEqual(found.map(\.location.keyPath), ["sasaran_kegiatan[0].indikator[0].target"])
        XCTAssertEqual(found.first?.message, "LKE 1.b.7: the target 3,1 Indeks of `ss1-1` is below its realisasi of 2022, 3,5 Indeks; set a target at least as demanding as what was reached")
        XCTAssertEqual(try findings(["realisasi/administrasi.yaml": Self.realisasi(riwayat: "3.1")], rule: EvaluasiLKE.targetMenantang), [])
        // A year's value in another unit is not compared.
        XCTAssertEqual(try findings(["realisasi/administrasi.yaml": Self.realisasi(riwayat: "\"35 Skala\"")], rule: EvaluasiLKE.targetMenantang), [])
    }

    /// To be minimised (negatif): a target above last year's realisasi is the weak one.
    func testTargetOfAnIndicatorToBeMinimised() throws {
        let pk = ComputeFixture.pk.replacingOccurrences(of: "        satuan: Indeks\n", with: "        satuan: Indeks\n        polaritas: negatif\n")
        let found = try findings(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": Self.realisasi(riwayat: "3")], rule: EvaluasiLKE.targetMenantang)
        XCTAssertTrue(found.first?.message.hasPrefix("LKE 1.b.7: the target 3,1 Indeks of `ss1-1` is above (the indicator is to be minimised) its realisasi of 2022, 3 Indeks") ?? false, "\(found)")
        XCTAssertEqual(try findings(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": Self.realisasi(riwayat: "3.5")], rule: EvaluasiLKE.targetMenantang), [])
    }

    // MARK: 2.a.2

    /// Without a head of office's PK the divisions' indicators are the IKU.
    func testIkuWithoutDefinitionOrFormula() throws {
        let found = try findings([:], rule: EvaluasiLKE.definisi)
        XCTAssertEqual(found.map(\.location.keyPath), ["sasaran_kegiatan"])
        XCTAssertEqual(found.first?.message, "LKE 2.a.2: IKU of Divisi Administrasi without `definisi_operasional`: `ss1-1`; without `formula`: `ss1-1`; the IKU document prints \"-\" in their place")
        let half = ComputeFixture.pk.replacingOccurrences(of: "        satuan: Indeks\n", with: "        satuan: Indeks\n        formula: Rata-rata nilai survei\n")
        XCTAssertEqual(try findings(["pk/administrasi.yaml": half], rule: EvaluasiLKE.definisi).first?.message,
                       "LKE 2.a.2: IKU of Divisi Administrasi without `definisi_operasional`: `ss1-1`; the IKU document prints \"-\" in their place")
        let whole = ComputeFixture.pk.replacingOccurrences(of: "        satuan: Indeks\n", with: "        satuan: Indeks\n        formula: Rata-rata nilai survei\n        definisi_operasional: Kepuasan pegawai atas layanan internal.\n")
        XCTAssertEqual(try findings(["pk/administrasi.yaml": whole], rule: EvaluasiLKE.definisi), [])
    }

    // MARK: 2.b.4

    func testQuarterlyDataMissing() throws {
        let found = try findings([:], rule: EvaluasiLKE.pengukuranBerkala)
        XCTAssertEqual(found.map(\.location.keyPath), ["sasaran_kegiatan"])
        XCTAssertEqual(found.first?.message, "LKE 2.b.4: 1 of 1 indicators of Divisi Administrasi have no quarterly targets (`triwulan`), so they cannot be measured each quarter: `ss1-1`")
        // Quarterly targets, but TW IV not reported: found in the realisasi file.
        let pk = ComputeFixture.pk.replacingOccurrences(of: "        satuan: Indeks\n", with: "        satuan: Indeks\n        triwulan: {tw1: 3, tw2: 3, tw3: 3.1, tw4: 3.1, agregasi: akhir}\n")
        let realisasi = "divisi: administrasi\nrealisasi:\n  - indikator: ss1-1\n    triwulan: {tw1: 3.2, tw2: 3.4, tw3: 3.6}\n" + ComputeFixture.emptyUnit
        let partial = try findings(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi], rule: EvaluasiLKE.pengukuranBerkala)
        XCTAssertEqual(partial.map(\.location.file), ["realisasi/administrasi.yaml"])
        XCTAssertEqual(partial.first?.message, "LKE 2.b.4: quarterly realisasi missing for Divisi Administrasi: `ss1-1` (TW IV); give `triwulan: {tw1, tw2, tw3, tw4}` in the realisasi")
        let complete = realisasi.replacingOccurrences(of: "tw3: 3.6}", with: "tw3: 3.6, tw4: 3.8}")
        XCTAssertEqual(try findings(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": complete], rule: EvaluasiLKE.pengukuranBerkala), [])
    }

    // MARK: 1.b.6

    /// Last year's PK measured "Indeks kepuasan layanan internal" and "Persentase surat
    /// keluar tepat waktu"; this year's measures the first (written with other case and
    /// spacing: the same indicator) and nothing else.
    func testIndicatorsChangedAgainstLastYear() throws {
        let lastPK = ComputeFixture.pk.replacingOccurrences(of: "        nama: Indeks kepuasan layanan internal\n", with: "        nama: Indeks  Kepuasan Layanan Internal\n")
            .replacingOccurrences(of: "        satuan: Indeks\n", with: "        satuan: Indeks\n      - id: ss1-2\n        nama: Persentase surat keluar tepat waktu\n        target: 90\n        satuan: \"%\"\n")
        let last = try ComputeFixture(["pk/administrasi.yaml": lastPK]).data()
        let report = try ComputeFixture().compute().report
        let found = EvaluasiLKE.perubahanIndikator(report, sebelumnya: last)
        XCTAssertEqual(found.map(\.location.keyPath), ["sasaran_kegiatan"])
        XCTAssertEqual(found.first?.message, "LKE 1.b.6: the indicators of Divisi Administrasi changed against 2023: no longer measured: \"Persentase surat keluar tepat waktu\"; explain the change (a new Renstra, a reorganisation) or keep the indicators")
        XCTAssertEqual(EvaluasiLKE.perubahanIndikator(report, sebelumnya: try ComputeFixture().data()), [])
    }

    /// The seven analyses carry their criteria of 3.b.
    func testAnalysesCarryTheirCriteria() {
        XCTAssertEqual(Evaluation.Analysis.allCases.map(\.kriteria.rawValue), ["3.b.3", "3.b.5", "3.b.4", "3.b.6", "3.b.7", "3.b.8", "3.b.7"])
    }
}
