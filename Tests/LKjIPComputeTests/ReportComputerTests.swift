import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// `ReportComputer` on small data directories; every expected figure is computed by hand in
/// the comment above it.
final class ReportComputerTests: XCTestCase {
    // MARK: Revisions

    static let revisedPK = pkText(sasaran: """
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan
            indikator:
              - {id: ss1-1, nama: Persentase layanan tepat waktu, target: 80, satuan: "%"}
              - {id: ss1-2, nama: Jumlah layanan, target: 50}
              - {id: ss1-3, nama: Jumlah pengaduan, target: 10}

        """, extra: """
        revisi:
          - nomor: 2
            tanggal: "2023-09-01"
            alasan: Revisi kedua.
            target:
              - {indikator: ss1-1, target: 90}
          - nomor: 1
            tanggal: "2023-07-01"
            alasan: Revisi pertama.
            target:
              - {indikator: ss1-1, target: 85}
              - {indikator: ss1-2, target: 60}
              - {indikator: ss1-3, target: 10}

        """)

    /// Revisions apply in order of nomor whatever their order in the file: ss1-1 is 80,
    /// Revisi I makes it 85, Revisi II 90. ss1-2 keeps Revisi I's 60. ss1-3 is "changed" to
    /// the same 10 and is not a change.
    func testRevisionsAppliedInNomorOrder() throws {
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": Self.revisedPK,
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 99}\n  - {indikator: ss1-2, nilai: 60}\n  - {indikator: ss1-3, nilai: 10}\n"),
        ])
        let divisi = try fixture.divisi()
        let targets = divisi.perjanjian.perjanjian.sasaranKegiatan[0].indikator.map { $0.target?.value }
        XCTAssertEqual(targets, [90, 60, 10])
        XCTAssertEqual(divisi.perjanjian.revisi?.nomor, 2, "the latest revision is the highest nomor")
        XCTAssertEqual(divisi.perjanjian.tanggal, "2023-09-01")
        // The change list: agreement order, first target, final target, the revision that set it.
        let changes = divisi.perjanjian.perubahan
        XCTAssertEqual(changes.map(\.indikator.id), ["ss1-1", "ss1-2"])
        XCTAssertEqual(changes.map(\.targetAwal.value), [80, 50])
        XCTAssertEqual(changes.map(\.targetRevisi.value), [90, 60])
        XCTAssertEqual(changes.map(\.nomor), [2, 1])
        XCTAssertEqual(changes.map(\.tanggal), ["2023-09-01", "2023-07-01"])
        XCTAssertEqual(changes.first?.alasan, "Revisi kedua.")
        XCTAssertEqual(changes.first?.sasaran, "Terwujudnya layanan")
        // Capaian against the revised target: 99 / 90 × 100 = 110.
        let first = divisi.sasaran[0].indikator[0]
        XCTAssertEqual(try XCTUnwrap(first.capaian), 110, accuracy: 1e-9)
        XCTAssertEqual(first.targetAwal?.value, 80, "the signed target is kept for the table")
        XCTAssertNil(divisi.sasaran[0].indikator[2].targetAwal, "an unchanged target has no first value")
    }

    /// A revision's new anggaran replaces the kegiatan's amount.
    func testRevisionChangesAnggaran() throws {
        let pk = pkText(sasaran: Self.oneSasaran, kegiatan: Self.programmeLines(typedFirst: 500), extra: """
            revisi:
              - nomor: 1
                tanggal: "2023-07-01"
                alasan: Tambahan anggaran.
                anggaran:
                  - {kegiatan: k2, anggaran: 250}

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": Self.oneRealisasi])
        let perjanjian = try fixture.divisi().perjanjian
        // Programme 1 = k1 300 + k2 250 = 550; programme 2 = k3 50; total = 300 + 250 + 50 = 600.
        XCTAssertEqual(perjanjian.kegiatan.map(\.anggaran), [550, 300, 250, 50, 50])
        XCTAssertEqual(perjanjian.totalAnggaran, 600)
        XCTAssertEqual(perjanjian.kegiatan[0].anggaranTertulis, 500, "the typed amount is kept to be checked")
    }

    // MARK: Programme lines

    static let oneSasaran = """
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan
            indikator:
              - {id: ss1-1, nama: Indeks kepuasan, target: 90}

        """

    static let oneRealisasi = realisasiText("  - {indikator: ss1-1, nilai: 99}\n")

    /// Two programmes: P1 over k1 (300) and k2 (200), P2 over k3 (50).
    static func programmeLines(typedFirst: Int64?) -> String {
        """
        kegiatan:
          - nama: Program Dukungan Manajemen
            program: true\(typedFirst.map { "\n    anggaran: \($0)" } ?? "")
          - {id: k1, nama: Kegiatan satu, anggaran: 300}
          - {id: k2, nama: Kegiatan dua, anggaran: 200}
          - {nama: Program Pelayanan Hukum, program: true}
          - {id: k3, nama: Kegiatan tiga, anggaran: 50}

        """
    }

    /// A programme line is the sum of the kegiatan below it up to the next programme line;
    /// the PK total counts the kegiatan only. P1 = 300 + 200 = 500, P2 = 50,
    /// total = 300 + 200 + 50 = 550 (not 1,100 with the programme lines).
    func testProgrammeLineTotals() throws {
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pkText(sasaran: Self.oneSasaran, kegiatan: Self.programmeLines(typedFirst: 999)),
                                          "realisasi/administrasi.yaml": Self.oneRealisasi])
        let perjanjian = try fixture.divisi().perjanjian
        XCTAssertEqual(perjanjian.kegiatan.map(\.anggaran), [500, 300, 200, 50, 50])
        XCTAssertEqual(perjanjian.kegiatan.map(\.anggaranTertulis), [999, nil, nil, nil, nil])
        XCTAssertEqual(perjanjian.totalAnggaran, 550)
        XCTAssertEqual(try fixture.compute().report.figures["divisi.administrasi.total_anggaran"], "Rp\u{00A0}550")
    }

    /// A PK of programme lines only (no kegiatan below them) totals the programme lines.
    func testProgrammeLinesWithoutKegiatan() throws {
        let kegiatan = "kegiatan:\n  - {nama: Program A, program: true, anggaran: 70}\n  - {nama: Program B, program: true, anggaran: 30}\n"
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pkText(sasaran: Self.oneSasaran, kegiatan: kegiatan), "realisasi/administrasi.yaml": Self.oneRealisasi])
        let perjanjian = try fixture.divisi().perjanjian
        XCTAssertEqual(perjanjian.kegiatan.map(\.anggaran), [70, 30])
        XCTAssertEqual(perjanjian.totalAnggaran, 100, "70 + 30")
        XCTAssertEqual(perjanjian.kegiatan.map(\.anggaranTertulis), [nil, nil], "nothing to check against")
    }

    // MARK: NILAI SS

    /// The seed's SS3 of Pemasyarakatan: seven indicators (target/realisasi) 70/89, 99/100,
    /// 85/97, 85/87, 17/75, 31/40, 72/89. Capaian: 127.1429, 101.0101, 114.1176, 102.3529,
    /// 441.1765, 129.0323, 123.6111; sum 1138.4434; mean 1138.4434 / 7 = 162.6348, printed
    /// "163%" as in the seed's e-Performance table. (README rounds it to "162,65".)
    func testNilaiSSOfTheSeedSS3() throws {
        let pairs: [(Double, Double)] = [(70, 89), (99, 100), (85, 97), (85, 87), (17, 75), (31, 40), (72, 89)]
        let indikator = pairs.enumerated().map { "      - {id: ss3-\($0.offset + 1), nama: Persentase \($0.offset + 1), target: \(Int($0.element.0)), satuan: \"%\"}\n" }.joined()
        let pk = pkText(sasaran: "sasaran_kegiatan:\n  - id: ss3\n    kode: SS3\n    nama: Meningkatkan pelayanan pembinaan\n    indikator:\n" + indikator)
        let entries = pairs.enumerated().map { "  - {indikator: ss3-\($0.offset + 1), nilai: \(Int($0.element.1))}\n" }.joined()
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText(entries)])
        let result = try fixture.compute()
        let sasaran = try XCTUnwrap(result.report.divisi.first?.sasaran.first)
        XCTAssertEqual(sasaran.kode, "SS3")
        XCTAssertEqual(sasaran.jumlahIndikator, 7)
        XCTAssertEqual(try XCTUnwrap(sasaran.indikator[4].capaian), 441.18, accuracy: 0.005)
        XCTAssertEqual(try XCTUnwrap(sasaran.nilai), 162.63, accuracy: 0.005)
        XCTAssertEqual(sasaran.status, .melebihi)
        XCTAssertEqual(result.report.figures["divisi.administrasi.ss3.nilai"], "163%")
        XCTAssertEqual(result.report.figures["divisi.administrasi.ss3-5.capaian"], "441%")
    }

    /// A word target counts as 100 (reached) or 0 in NILAI SS; a missing realisasi is left out.
    /// (100 + 120) / 2 = 110, the third indicator has no realisasi.
    func testNilaiSSWithWordTargetAndMissingRealisasi() throws {
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Terwujudnya pengelolaan keuangan
                indikator:
                  - {id: ss1-1, nama: Opini BPK, target_teks: WTP, skala: [WTP, WDP, TW, TMP]}
                  - {id: ss1-2, nama: Indeks, target: 90}
                  - {id: ss1-3, nama: Indeks lain, target: 90}

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("""
              - {indikator: ss1-1, nilai_teks: WTP}
              - {indikator: ss1-2, nilai: 108}
              - {indikator: ss1-3}

            """)])
        let sasaran = try XCTUnwrap(try fixture.divisi().sasaran.first)
        XCTAssertEqual(sasaran.indikator[0].tercapai, true)
        XCTAssertEqual(sasaran.indikator[0].status, .tercapai)
        XCTAssertEqual(sasaran.indikator[0].capaianText, "Tercapai")
        XCTAssertNil(sasaran.indikator[2].capaian)
        XCTAssertEqual(sasaran.indikator[2].capaianText, "-")
        XCTAssertEqual(try XCTUnwrap(sasaran.nilai), 110, accuracy: 1e-9)
    }

    /// The office rule applies to every indicator; an indicator's own rule overrides it key by
    /// key. Office batas 120: 75 / 17 × 100 = 441.18 → 120; an indicator with batas 0 (no
    /// limit) keeps 441.18; negatif with the office's rasio: 10 / 8 × 100 = 125 → capped 120.
    func testCapaianRulesFromInstansiAndIndicator() throws {
        let instansi = ComputeFixture.instansi.replacingOccurrences(of: "  kepala: kakanwil", with: "  kepala: kakanwil\n  aturan_capaian: {batas: 120, rumus_negatif: rasio}")
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Sasaran
                indikator:
                  - {id: a, nama: Dibatasi, target: 17}
                  - {id: b, nama: Tanpa batas, target: 17, capaian: {batas: 0}}
                  - {id: c, nama: Negatif, target: 10, polaritas: negatif}

            """)
        let fixture = try ComputeFixture(["instansi.yaml": instansi, "pk/administrasi.yaml": pk,
                                          "realisasi/administrasi.yaml": realisasiText("  - {indikator: a, nilai: 75}\n  - {indikator: b, nilai: 75}\n  - {indikator: c, nilai: 8}\n")])
        let indikator = try fixture.divisi().sasaran[0].indikator
        XCTAssertEqual(indikator[0].capaian, 120)
        XCTAssertEqual(try XCTUnwrap(indikator[1].capaian), 441.18, accuracy: 0.005)
        XCTAssertEqual(indikator[2].capaian, 120)
        XCTAssertEqual(indikator[2].aturan.rumusNegatif, .rasio)
    }

    // MARK: Realisasi sources

    /// pembilang / penyebut, × 100 when the unit is %: 45 / 60 × 100 = 75; without % the
    /// ratio itself: 3 / 4 = 0.75.
    func testRealisasiFromPembilangAndPenyebut() throws {
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Sasaran
                indikator:
                  - {id: persen, nama: Persentase, target: 90, satuan: "%"}
                  - {id: rasio, nama: Rasio, target: 1}

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("""
              - {indikator: persen, pembilang: 45, penyebut: 60}
              - {indikator: rasio, pembilang: 3, penyebut: 4}

            """)])
        let indikator = try fixture.divisi().sasaran[0].indikator
        XCTAssertEqual(try XCTUnwrap(indikator[0].realisasi?.value), 75, accuracy: 1e-9)
        XCTAssertEqual(indikator[0].realisasiText, "75,00%")
        // Capaian 75 / 90 × 100 = 83.33.
        XCTAssertEqual(try XCTUnwrap(indikator[0].capaian), 83.33, accuracy: 0.005)
        XCTAssertEqual(try XCTUnwrap(indikator[1].realisasi?.value), 0.75, accuracy: 1e-9)
    }

    /// Quarterly realisasi with agregasi jumlah: 30 + 20 + 25 + 35 = 110 against a target
    /// of 100 → 110 %.
    func testQuarterlyRealisasi() throws {
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Sasaran
                indikator:
                  - id: ss1-1
                    nama: Jumlah layanan
                    target: 100
                    triwulan: {tw1: 25, tw2: 25, tw3: 25, tw4: 25, agregasi: jumlah}

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk,
                                          "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, triwulan: {tw1: 30, tw2: 20, tw3: 25, tw4: 35}}\n")])
        let item = try fixture.divisi().sasaran[0].indikator[0]
        XCTAssertEqual(item.realisasi?.value, 110)
        XCTAssertEqual(item.triwulan?.map { $0?.value }, [30, 20, 25, 35])
        XCTAssertEqual(try XCTUnwrap(item.capaian), 110, accuracy: 1e-9)
    }

    /// A range target: [80, 90] with realisasi 99 → 99 / 90 × 100 = 110; printed "80–90%".
    func testRangeTargetThroughTheComputer() throws {
        let pk = pkText(sasaran: "sasaran_kegiatan:\n  - id: ss1\n    nama: Sasaran\n    indikator:\n      - {id: ss1-1, nama: Rentang, target_rentang: [80, 90], satuan: \"%\"}\n")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 99}\n")])
        let item = try fixture.divisi().sasaran[0].indikator[0]
        XCTAssertEqual(try XCTUnwrap(item.capaian), 110, accuracy: 1e-9)
        XCTAssertEqual(item.targetTeks, "80–90%")
    }

    // MARK: Analyses

    /// A history row linked to an IKK gets the report year from the realisasi (3.8), and the
    /// trend of the last two years: 3.5 → 3.8 is (3.8 − 3.5) / 3.5 × 100 = 8.57 % better.
    func testLinkedRiwayatRowGetsTheReportYearAndTrend() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "  - riwayat: []", with: """
              - riwayat:
                  - indikator: ss1-1
                    nilai: {"2021": 3.65, "2022": 3.5}
            """)
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasi])
        let divisi = try fixture.divisi()
        let row = try XCTUnwrap(divisi.units.first?.riwayat.first)
        XCTAssertEqual(row.nilai[2023]?.number?.value, 3.8)
        XCTAssertEqual(row.nama, "Indeks kepuasan layanan internal", "the indicator's name by default")
        XCTAssertEqual(row.satuan, "Indeks")
        XCTAssertEqual(divisi.units.first?.tahunRiwayat, [2021, 2022, 2023])
        let tren = try XCTUnwrap(row.tren)
        XCTAssertEqual([tren.dari, tren.ke], [2022, 2023])
        XCTAssertEqual(tren.arah, .membaik)
        XCTAssertEqual(try XCTUnwrap(tren.perubahan), 8.5714, accuracy: 0.0001)
        XCTAssertEqual(tren.teks, "membaik 8,6% dibanding 2022")
        // The indicator carries the history too (analysis 2).
        XCTAssertEqual(divisi.sasaran[0].indikator[0].riwayat?.nilai.keys.sorted(), [2021, 2022, 2023])
    }

    /// For a negatif indicator a rise is worse: 6 → 8 overstaying is "memburuk",
    /// (8 − 6) / 6 × 100 = 33.3 %. Equal values are "tetap".
    func testTrendFollowsPolarity() throws {
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Sasaran
                indikator:
                  - {id: turun, nama: Overstaying, target: 10, polaritas: negatif}
                  - {id: sama, nama: Indeks, target: 3}

            """)
        let realisasi = realisasiText("  - {indikator: turun, nilai: 8}\n  - {indikator: sama, nilai: 3.8}\n", unit: """
            unit:
              - riwayat:
                  - {indikator: turun, nilai: {"2022": 6}}
                  - {indikator: sama, nilai: {"2022": 3.8}}
                anggaran: []
                renstra: []

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi])
        let rows = try XCTUnwrap(try fixture.divisi().units.first?.riwayat)
        XCTAssertEqual(rows[0].tren?.arah, .memburuk)
        XCTAssertEqual(try XCTUnwrap(rows[0].tren?.perubahan), 33.33, accuracy: 0.005)
        XCTAssertEqual(rows[0].tren?.teks, "memburuk 33,3% dibanding 2022")
        XCTAssertEqual(rows[1].tren?.arah, .tetap)
        XCTAssertEqual(rows[1].tren?.teks, "tetap dibanding 2022")
    }

    /// A typed report-year value of a linked row is kept (the checker compares it); a row
    /// without link is printed as typed and has a trend of its own numbers.
    func testUnlinkedRowKeepsItsValues() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "  - riwayat: []", with: """
              - riwayat:
                  - nama: Nilai Reformasi Birokrasi
                    nilai: {"2020": 85, "2021": "WTP", "2022": 80}
                  - nama: Indeks Kepuasan
                    nilai: {"2020": 85, "2022": "WTP", "2023": 80}
            """)
        let rows = try XCTUnwrap(try ComputeFixture(["realisasi/administrasi.yaml": realisasi]).divisi().units.first?.riwayat)
        XCTAssertNil(rows[0].nilai[2023], "an unlinked row gets no report-year value")
        XCTAssertEqual(rows[0].nilai[2021]?.word, "WTP")
        XCTAssertNil(rows[0].tren, "no value in the report year 2023: no trend (two earlier years would read as this year's)")
        XCTAssertEqual(rows[1].tren?.dari, 2020, "words are skipped: 85 (2020) → 80 (2023)")
        XCTAssertEqual(rows[1].tren?.arah, .memburuk)
    }

    /// Renstra progress: report-year realisasi against the end-year target:
    /// 3.8 / 7.23 × 100 = 52.56 %, end year 2024, one year left.
    func testRenstraProgress() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "    renstra: []", with: """
                renstra:
                  - indikator: ss1-1
                    target: {"2020": 7.1, "2021": 7.2, "2022": 7.21, "2023": 7.22, "2024": 7.23}
                    realisasi: {"2022": 3.8}
            """)
        let divisi = try ComputeFixture(["realisasi/administrasi.yaml": realisasi]).divisi()
        let row = try XCTUnwrap(divisi.units.first?.renstra.first)
        XCTAssertEqual(row.realisasi[2023]?.number?.value, 3.8, "filled from the realisasi")
        let progres = try XCTUnwrap(row.progres)
        XCTAssertEqual(progres.targetAkhir.value, 7.23)
        XCTAssertEqual(progres.tahunAkhir, 2024)
        XCTAssertEqual(progres.sisaTahun, 1)
        XCTAssertEqual(try XCTUnwrap(progres.capaian), 52.56, accuracy: 0.005)
        XCTAssertEqual(divisi.units.first?.tahunTargetRenstra, [2020, 2021, 2022, 2023, 2024])
        XCTAssertEqual(divisi.units.first?.tahunRealisasiRenstra, [2022, 2023])
        XCTAssertEqual(divisi.sasaran[0].indikator[0].renstra, progres, "analysis 3 on the indicator")
    }

    /// Efficiency from the unit's budget row of the report year when no kegiatan spending is
    /// given: NILAI SS 3.8 / 3.1 × 100 = 122.58, printed "123%"; serapan 22,090,007,028 /
    /// 22,186,820,000 × 100 = 99.56; efficiency from the printed figures 123 − 99.56 = 23.44
    /// points, efficient.
    func testEfficiencyFromTheUnitBudgetRow() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "    anggaran: []", with: """
                anggaran:
                  - {tahun: 2022, pagu: 18024531000, realisasi: 17884514771}
                  - {tahun: 2023, pagu: 22186820000, realisasi: 22090007028}
            """)
        let divisi = try ComputeFixture(["realisasi/administrasi.yaml": realisasi]).divisi()
        let efisiensi = try XCTUnwrap(divisi.sasaran[0].efisiensi)
        XCTAssertEqual(efisiensi.sumber, "unit")
        XCTAssertEqual(efisiensi.capaian, 122.58, accuracy: 0.005)
        XCTAssertEqual(efisiensi.serapan, 99.56, accuracy: 0.005)
        XCTAssertEqual(efisiensi.selisih, 23.44, accuracy: 0.01)
        XCTAssertTrue(efisiensi.efisien)
        XCTAssertEqual(efisiensi.status, "Efisien")
        // Table c: 2023 against 2022: pagu change (22,186,820,000 − 18,024,531,000) /
        // 18,024,531,000 × 100 = 23.09 %.
        let rows = try XCTUnwrap(divisi.units.first?.anggaran)
        XCTAssertEqual(rows.map(\.tahun), [2022, 2023])
        XCTAssertEqual(try XCTUnwrap(rows[1].perubahanPagu), 23.09, accuracy: 0.005)
    }

    /// Kegiatan linked to a sasaran: analysis 7 lists them, and analysis 6 uses their
    /// spending. ss1 (k1: 900 of 1,000 spent, serapan 90; capaian 108 / 90 × 100 = 120;
    /// efficiency 30), ss2 (k2: 100 of 500, serapan 20; capaian 50 / 100 × 100 = 50;
    /// efficiency 30), ss3 has no link in a PK with several sasaran: no kegiatan.
    func testKegiatanLinkedToSasaran() throws {
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Satu
                kegiatan: [k1]
                indikator:
                  - {id: ss1-1, nama: Indeks, target: 90}
              - id: ss2
                nama: Dua
                kegiatan: [k2]
                indikator:
                  - {id: ss2-1, nama: Jumlah, target: 100}
              - id: ss3
                nama: Tiga
                indikator:
                  - {id: ss3-1, nama: Lain, target: 1}

            """, kegiatan: """
            kegiatan:
              - {nama: Program, program: true}
              - {id: k1, nama: Kegiatan satu, anggaran: 1000}
              - {id: k2, nama: Kegiatan dua, anggaran: 500}

            """)
        let realisasi = realisasiText("  - {indikator: ss1-1, nilai: 108}\n  - {indikator: ss2-1, nilai: 50}\n  - {indikator: ss3-1, nilai: 1}\n",
                                      extra: "anggaran_kegiatan:\n  - {kegiatan: k1, realisasi: 900}\n  - {kegiatan: k2, realisasi: 100}\n")
        let divisi = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi]).divisi()
        XCTAssertEqual(divisi.sasaran[0].kegiatan.map(\.kegiatan.id), ["k1"])
        XCTAssertEqual(divisi.sasaran[1].kegiatan.map(\.kegiatan.id), ["k2"])
        XCTAssertEqual(divisi.sasaran[2].kegiatan.count, 0)
        XCTAssertEqual(try XCTUnwrap(divisi.sasaran[0].kegiatan.first?.serapan), 90, accuracy: 1e-9)
        let first = try XCTUnwrap(divisi.sasaran[0].efisiensi)
        XCTAssertEqual(first.sumber, "kegiatan")
        XCTAssertEqual(first.selisih, 30, accuracy: 1e-9)
        let second = try XCTUnwrap(divisi.sasaran[1].efisiensi)
        XCTAssertEqual(second.serapan, 20, accuracy: 1e-9)
        XCTAssertEqual(second.selisih, 30, accuracy: 1e-9)
        XCTAssertNil(divisi.sasaran[2].efisiensi, "no kegiatan and no budget row")
        // The programme line's spending is the sum of its kegiatan's: 900 + 100 = 1,000.
        XCTAssertEqual(divisi.perjanjian.kegiatan[0].realisasi, 1000)
    }

    /// A PK with a single sasaran: all its kegiatan serve it.
    func testSingleSasaranGetsEveryKegiatan() throws {
        let divisi = try ComputeFixture().divisi()
        XCTAssertEqual(divisi.sasaran[0].kegiatan.map(\.kegiatan.nama), ["Program Dukungan Manajemen", "Pengelolaan Administratif dan Fasilitatif"])
    }

    /// A division whose head changed has two PKs; BAB III measures the one in force at the
    /// end of the year (the later period), whatever the file names.
    func testSeveralPKsPerDivisionTheLastIsMeasured() throws {
        func pk(_ periode: String, target: Int) -> String {
            pkText(sasaran: "sasaran_kegiatan:\n  - id: ss1\n    nama: Sasaran\n    indikator:\n      - {id: ss1-1, nama: Indeks, target: \(target)}\n")
                .replacingOccurrences(of: "tanggal: \"2023-01-05\"\n", with: "tanggal: \"2023-01-05\"\nperiode: \(periode)\n")
        }
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": nil,
            "pk/administrasi-a.yaml": pk("{mulai: \"2023-07-01\", selesai: \"2023-12-31\"}", target: 90),
            "pk/administrasi-b.yaml": pk("{mulai: \"2023-01-01\", selesai: \"2023-06-30\"}", target: 80),
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 99}\n"),
        ])
        let divisi = try fixture.divisi()
        XCTAssertEqual(divisi.semuaPerjanjian.map(\.perjanjian.file), ["pk/administrasi-b.yaml", "pk/administrasi-a.yaml"], "in order of period")
        XCTAssertEqual(divisi.perjanjian.perjanjian.file, "pk/administrasi-a.yaml")
        // Measured against the second half's 90: 99 / 90 × 100 = 110.
        XCTAssertEqual(try XCTUnwrap(divisi.sasaran[0].indikator[0].capaian), 110, accuracy: 1e-9)
    }

    /// Analysis 4: the realisasi against a national standard, by the indicator's polarity.
    /// positif: 3.8 / 3 × 100 = 126.67, met; negatif (selisih): standard 12, realisasi 14 →
    /// (24 − 14) / 12 × 100 = 83.33, not met.
    func testNationalStandardComparison() throws {
        let pk = pkText(sasaran: """
            sasaran_kegiatan:
              - id: ss1
                nama: Sasaran
                indikator:
                  - {id: naik, nama: Indeks, target: 3.1, standar_nasional: {nilai: 3, sumber: Standar}}
                  - {id: turun, nama: Overstaying, target: 10, polaritas: negatif, standar_nasional: {nilai: 12}}

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("  - {indikator: naik, nilai: 3.8}\n  - {indikator: turun, nilai: 14}\n")])
        let indikator = try fixture.divisi().sasaran[0].indikator
        XCTAssertEqual(try XCTUnwrap(indikator[0].standar?.capaian), 126.67, accuracy: 0.005)
        XCTAssertEqual(indikator[0].standar?.memenuhi, true)
        XCTAssertEqual(try XCTUnwrap(indikator[1].standar?.capaian), 83.33, accuracy: 0.005)
        XCTAssertEqual(indikator[1].standar?.memenuhi, false)
    }

    // MARK: Office figures

    /// Staff: 93 + 101 + 31 + 73 = 298 men, 91 + 22 + 6 + 9 = 128 women, 426 in all; three
    /// UPT (the kanwil is not one): two lapas, one rutan, in jenis_satker order.
    func testStaffAndUnitCounts() throws {
        let organisasi = "jenis_satker:\n  - {id: lapas, nama: Lembaga Pemasyarakatan (LAPAS)}\n  - {id: rutan, nama: Rumah Tahanan (RUTAN)}\n"
            + ComputeFixture.organisasi + """
              - {nama: Rutan Painan, jenis: rutan, laki_laki: 31, perempuan: 6}
              - {nama: Lapas Padang, jenis: lapas, laki_laki: 101, perempuan: 22}
              - {nama: Lapas Bukittinggi, jenis: lapas, laki_laki: 73, perempuan: 9}

            """
        let result = try ComputeFixture(["organisasi.yaml": organisasi]).compute()
        let report = result.report
        XCTAssertEqual([report.pegawai.lakiLaki, report.pegawai.perempuan, report.pegawai.total], [298, 128, 426])
        XCTAssertEqual(report.pegawai.baris.map(\.total), [184, 37, 123, 82])
        XCTAssertEqual(report.pegawai.baris.map(\.nomor), [1, 2, 3, 4])
        XCTAssertEqual(report.jumlahUpt, 3)
        XCTAssertEqual(report.satkerPerJenis.map(\.jenis), ["lapas", "rutan"])
        XCTAssertEqual(report.satkerPerJenis.map(\.jumlah), [2, 1])
        XCTAssertEqual(report.satkerPerJenis.first?.label, "Lembaga Pemasyarakatan (LAPAS)")
    }

    /// Office budget: 2023 realisasi 207,521,920,739 of 209,168,138,000 = 99.21 % (the seed
    /// prints 99,21%); pagu change (209,168,138,000 − 201,941,529,000) / 201,941,529,000 ×
    /// 100 = 3.58 %.
    func testOfficeBudgetRows() throws {
        let rows = try ComputeFixture().compute().report.anggaranKantor
        XCTAssertEqual(rows.map(\.tahun), [2022, 2023])
        XCTAssertNil(rows[0].perubahanPagu)
        XCTAssertEqual(try XCTUnwrap(rows[1].persen), 99.21, accuracy: 0.005)
        XCTAssertEqual(try XCTUnwrap(rows[1].perubahanPagu), 3.58, accuracy: 0.005)
        XCTAssertEqual(try XCTUnwrap(rows[0].persen), 94.98, accuracy: 0.005, "191,812,455,525 / 201,941,529,000 × 100")
    }

    /// A clean directory computes without diagnostics.
    func testNoDiagnosticsOnCleanData() throws {
        XCTAssertEqual(try ComputeFixture().compute().diagnostics, [])
    }

    // MARK: Values the loader refused

    /// The loader reports a `desimal` of 100000 as out of range (0–4) but, decoding
    /// leniently, keeps it; `lkjip check` then computes anyway. The figures must not be
    /// formatted with 100,000 decimals (with 10^12, as typed in a test, the process aborts
    /// trying to allocate a terabyte).
    func testOutOfRangeDesimalDoesNotReachTheFigures() throws {
        let pk = ComputeFixture.pk.replacingOccurrences(of: "        satuan: Indeks", with: "        satuan: Indeks\n        desimal: 100000")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk])
        XCTAssertEqual(fixture.loaded.errors.map(\.message), ["100000 is too large: expected at most 4"])
        let data = try XCTUnwrap(fixture.loaded.data)
        let report = ReportComputer.compute(data).report
        let target = report.figures["divisi.administrasi.ss1-1.target"] ?? ""
        XCTAssertLessThan(target.count, 100, "the target is printed with \(target.count) characters")
    }

    /// Staff counts far out of range are refused by the loader but kept by the lenient
    /// decoder, and compute still runs (so that one run reports everything). Sums beyond Int
    /// must not trap: 10 × 999,999,999,999,999,999 exceeds Int.max, and so does
    /// 9 × 10^18 men plus 9 × 10^18 women. `CheckedSum.saturating` documents that such a
    /// figure saturates at Int.max (the build stops on the loader's errors anyway).
    func testStaffSumsThatOverflowDoNotTrap() throws {
        var organisasi = ComputeFixture.organisasi
        for index in 0..<10 { organisasi += "  - {nama: Satker \(index), jenis: lapas, laki_laki: 999999999999999999, perempuan: 0}\n" }
        let fixture = try ComputeFixture(["organisasi.yaml": organisasi])
        XCTAssertEqual(fixture.loaded.errors.count, 10, "the loader refuses each count")
        let report = ReportComputer.compute(try XCTUnwrap(fixture.loaded.data)).report
        XCTAssertEqual(report.pegawai.lakiLaki, Int.max)
        XCTAssertEqual(report.pegawai.total, Int.max)

        var both = ComputeFixture.organisasi
        for index in 0..<10 { both += "  - {nama: Satker \(index), jenis: lapas, laki_laki: 900000000000000000, perempuan: 900000000000000000}\n" }
        let second = try ComputeFixture(["organisasi.yaml": both])
        let totals = ReportComputer.compute(try XCTUnwrap(second.loaded.data)).report.pegawai
        // 93 + 10 × 9 × 10^17 = 9,000,000,000,000,000,093 fits; with the women it does not.
        XCTAssertEqual(totals.lakiLaki, 9_000_000_000_000_000_093)
        XCTAssertEqual(totals.total, Int.max)
        XCTAssertEqual(totals.baris.last?.total, 1_800_000_000_000_000_000)
    }

    /// A `desimal` of 10^12 (refused by the loader, kept by the lenient decoder) once made
    /// `IndonesianFormat.format` pad a terabyte of zeros and the process abort; figures are
    /// computed for such data too (every error of a run is reported at once), so the
    /// formatter clamps the places.
    func testHugeDesimalDoesNotCrash() throws {
        let pk = ComputeFixture.pk.replacingOccurrences(of: "        satuan: Indeks", with: "        satuan: Indeks\n        desimal: 1000000000000")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk])
        let report = ReportComputer.compute(try XCTUnwrap(fixture.loaded.data)).report
        XCTAssertLessThan(report.figures["divisi.administrasi.ss1-1.target"]?.count ?? 0, 100)
    }
}
