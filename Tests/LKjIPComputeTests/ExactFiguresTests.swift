import Foundation
@testable import LKjIPCompute
import LKjIPModel
import TestSupport
import XCTest

/// Issue 21, one test per class of defect seen on an office written from the README, each
/// through the loader and the computer as a build sees it. Expected values are worked by hand
/// in the comments.
final class ExactFiguresTests: XCTestCase {
    private func pk(_ indikator: String, extra: String = "") -> String {
        pkText(sasaran: "sasaran_kegiatan:\n  - id: ss1\n    nama: Sasaran\n    indikator:\n" + indikator, extra: extra)
    }

    // MARK: 1. rounding on binary doubles

    /// Realisasi 2.436 against target 2.400: 2.436 × 100 / 2.400 = 101,5 exactly → "102%".
    func testHalfPercentRoundsUpThroughTheComputer() throws {
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": pk("      - {id: ss1-1, nama: Dokumen, target: 2400, satuan: Dokumen}\n"),
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 2436}\n"),
        ])
        let item = try fixture.divisi().sasaran[0].indikator[0]
        XCTAssertEqual(IndonesianFormat.capaian(item.capaian), "102%")
        XCTAssertEqual(try fixture.compute().report.figures["divisi.administrasi.ss1.nilai"], "102%")
    }

    /// A unit's budget row 1.801.100 of 2.000.000: 90,055 % exactly → "90,06%".
    func testBudgetPercentOnTheHalf() throws {
        let unit = "unit:\n  - riwayat: []\n    anggaran:\n      - {tahun: 2023, pagu: 2000000, realisasi: 1801100}\n    renstra: []\n"
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 3.8}\n", unit: unit)])
        let row = try XCTUnwrap(fixture.divisi().units.first?.anggaran.first)
        XCTAssertEqual(IndonesianFormat.persenAnggaran(row.persen), "90,06%")
    }

    // MARK: 2. Renstra progress by the indicator's own rules

    /// A negative indicator with `rumus_negatif: rasio`, end target 7, realisasi 10:
    /// 7 / 10 × 100 = 70 % (the default selisih would give (14 − 10) / 7 × 100 = 57 %).
    func testRenstraProgressUsesTheIndicatorsRule() throws {
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": pk("      - {id: ss1-1, nama: Angka kasus, target: 8, polaritas: negatif, capaian: {rumus_negatif: rasio}}\n"),
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 10}\n", unit: """
                unit:
                  - riwayat: []
                    anggaran: []
                    renstra:
                      - {indikator: ss1-1, target: {"2023": 8, "2024": 7}, realisasi: {}}

                """),
        ])
        let progres = try XCTUnwrap(fixture.divisi().units.first?.renstra.first?.progres)
        XCTAssertEqual(progres.capaian, 70)
        XCTAssertEqual(progres.capaianTeks, "70%")
        // The office rule applies as well: batas 60 caps it.
        let capped = try ComputeFixture([
            "instansi.yaml": ComputeFixture.instansi + "  aturan_capaian: {batas: 60}\n",
            "pk/administrasi.yaml": pk("      - {id: ss1-1, nama: Angka kasus, target: 8, polaritas: negatif, capaian: {rumus_negatif: rasio}}\n"),
            "realisasi/administrasi.yaml": fixture.texts["realisasi/administrasi.yaml"]!,
        ])
        XCTAssertEqual(try capped.divisi().units.first?.renstra.first?.progres?.capaian, 60)
    }

    // MARK: 3. trend words that contradict the figures

    /// Two values that print alike are "tetap" (90,004 and 90,001 with desimal 2 both print
    /// 90,00), never "memburuk 0,00 poin".
    func testEqualAsPrintedIsTetap() throws {
        let values: [Int: TableValue] = [2022: TableValue(number: Nilai(d("90.004"), decimals: 3)), 2023: TableValue(number: Nilai(d("90.001"), decimals: 3))]
        let indikator = Indikator(id: "x", nama: "x", satuan: "%", desimal: 2)
        let tren = try XCTUnwrap(DivisiComputer.trend(values, until: 2023, indikator: indikator, satuan: "%", desimal: 2))
        XCTAssertEqual(tren.arah, .tetap)
        XCTAssertEqual(tren.teks, "tetap dibanding 2022")
    }

    /// A range 60–85: from 79,8 (inside) to 88,4 (3,4 above) is "memburuk" by 8,6 points; from
    /// 50 (10 below) to 70 (inside) is "membaik"; 65 to 80 (both inside) is "tetap".
    func testRangeTrendIsTheDistanceToTheRange() throws {
        let indikator = Indikator(id: "x", nama: "x", targetRentang: [60, 85], satuan: "%")
        func trend(_ a: String, _ b: String) throws -> Tren {
            try XCTUnwrap(DivisiComputer.trend([2022: TableValue(number: Nilai(d(a))), 2023: TableValue(number: Nilai(d(b)))], until: 2023, indikator: indikator, satuan: "%"))
        }
        XCTAssertEqual(try trend("79.8", "88.4").teks, "memburuk 8,6 poin dibanding 2022")
        XCTAssertEqual(try trend("50", "70").arah, .membaik)
        XCTAssertEqual(try trend("65", "80").arah, .tetap)
        XCTAssertEqual(try trend("90", "87").arah, .membaik, "closer to 85 from above")
    }

    // MARK: 4. range targets exceeded upward

    /// 88,4 % against 60–85 % with no polaritas: (2 × 85 − 88,4) / 85 × 100 = 96 % exactly,
    /// belum tercapai (the old rule printed 104 %, "Melebihi target").
    func testRangeExceededUpwardIsAMiss() throws {
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": pk("      - {id: ss1-1, nama: Rasio, target_rentang: [60, 85], satuan: \"%\"}\n"),
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 88.4}\n"),
        ])
        let item = try fixture.divisi().sasaran[0].indikator[0]
        XCTAssertEqual(item.capaian, 96)
        XCTAssertEqual(item.status, .belumTercapai)
    }

    // MARK: 5. scales that changed between years

    /// An index out of 4 against an end target out of 10: the units differ, so the Renstra
    /// cell reads "tidak sebanding" and no capaian is divided out (the old table: 3,8 / 7,23 =
    /// 53 %).
    func testChangedScaleIsNotDivided() throws {
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": pk("      - {id: ss1-1, nama: Indeks kepuasan, target: 3.1, satuan: Indeks (skala 4)}\n"),
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 3.8}\n", unit: """
                unit:
                  - riwayat:
                      - {indikator: ss1-1, nilai: {"2022": "7.1 Indeks (skala 10)"}}
                    anggaran: []
                    renstra:
                      - {indikator: ss1-1, satuan_target: Indeks (skala 10), target: {"2024": 7.23}, realisasi: {}}

                """),
        ])
        let unit = try XCTUnwrap(fixture.divisi().units.first)
        let progres = try XCTUnwrap(unit.renstra.first?.progres)
        XCTAssertNil(progres.capaian)
        XCTAssertEqual(progres.capaianTeks, "tidak sebanding")
        XCTAssertEqual(progres.takSebanding, .init(target: "Indeks (skala 10)", realisasi: "Indeks (skala 4)"))
        let tren = try XCTUnwrap(unit.riwayat.first?.tren)
        XCTAssertEqual(tren.arah, .takSebanding)
        XCTAssertNil(tren.perubahan)
        // check says so, at each row.
        let warnings = try fixture.check().warnings.containing("tidak sebanding")
        XCTAssertEqual(warnings.map(\.location.keyPath), ["unit[0].renstra[0]", "unit[0].riwayat[0]"])
        XCTAssertEqual(warnings.first?.message, "the Renstra end target of `ss1-1` is in Indeks (skala 10) and its realisasi in Indeks (skala 4); the progress is printed \"tidak sebanding\" (give both the same `satuan` if they count the same thing)")
    }

    // MARK: 6. revisions that are accepted and then ignored

    /// A range target revised from [60, 85] to [65, 90]: applied (88,4 is now inside → 100),
    /// listed as a change, and the signed range is kept for the table.
    func testRangeRevisionIsApplied() throws {
        let fixture = try ComputeFixture([
            "pk/administrasi.yaml": pk("      - {id: ss1-1, nama: Rasio, target_rentang: [60, 85], satuan: \"%\"}\n", extra: """
                revisi:
                  - {nomor: 1, tanggal: "2023-07-01", alasan: Perubahan APBN., target: [{indikator: ss1-1, target_rentang: [65, 90]}]}

                """),
            "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 88.4}\n"),
        ])
        let divisi = try fixture.divisi()
        XCTAssertEqual(divisi.sasaran[0].indikator[0].capaian, 100)
        XCTAssertEqual(divisi.sasaran[0].indikator[0].targetAwal, "60–85%")
        XCTAssertEqual(divisi.perjanjian.perubahan.map(\.targetAwal), ["60–85%"])
        XCTAssertEqual(divisi.perjanjian.perubahan.map(\.targetRevisi), ["65–90%"])
    }

    /// Word and quarterly targets and an IKP are revised too; the change list names each.
    func testWordQuarterlyAndUpperRevisions() throws {
        let text = ComputeFixture.pkHead.replacingOccurrences(of: "sasaran_program: []\n", with: """
            sasaran_program:
              - nama: Meningkatnya layanan
                indikator:
                  - {id: ikp-1, nama: Indeks layanan, target: 80, satuan: "%"}

            """) + """
            sasaran_kegiatan:
              - id: ss1
                nama: Sasaran
                indikator:
                  - {id: ss1-1, nama: Opini, target_teks: WDP, skala: [WTP, WDP, TW]}
                  - id: ss1-2
                    nama: Persentase
                    target: 80
                    satuan: "%"
                    triwulan: {tw1: 20, tw2: 40, tw3: 60, tw4: 80, agregasi: akhir}
            kegiatan:
              - {id: dukungan, nama: Pengelolaan, anggaran: 1000}
            revisi:
              - nomor: 1
                tanggal: "2023-07-01"
                alasan: Revisi.
                target:
                  - {indikator: ss1-1, target_teks: WTP}
                  - {indikator: ss1-2, triwulan: {tw3: 65, tw4: 85}, target: 85}
                  - {indikator: ikp-1, target: 85}

            """
        let fixture = try ComputeFixture(["pk/administrasi.yaml": text,
                                          "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai_teks: WTP}\n  - {indikator: ss1-2, triwulan: {tw1: 20, tw2: 40, tw3: 66, tw4: 85}}\n")])
        let divisi = try fixture.divisi()
        let changes = divisi.perjanjian.perubahan
        XCTAssertEqual(changes.map(\.tingkat), [.ikp, .ikk, .ikk])
        XCTAssertEqual(changes.map(\.targetAwal), ["80%", "WDP", "80% (TW I–IV: 20%; 40%; 60%; 80%)"])
        XCTAssertEqual(changes.map(\.targetRevisi), ["85%", "WTP", "85% (TW I–IV: 20%; 40%; 65%; 85%)"])
        XCTAssertEqual(divisi.perjanjian.perjanjian.sasaranProgram[0].indikator[0].target?.value, 85, "the lampiran prints the revised IKP")
        XCTAssertEqual(divisi.sasaran[0].indikator[1].capaian, 100, "85 of 85 (akhir: TW IV)")
    }

    /// A revision that cannot be applied as written is an error at its line: `target` for a
    /// range indicator, `triwulan` for one without quarters, an unknown id, an empty entry.
    func testRevisionsThatCannotBeAppliedAreErrors() throws {
        let text = pk("      - {id: ss1-1, nama: Rasio, target_rentang: [60, 85], satuan: \"%\"}\n      - {id: ss1-2, nama: Jumlah, target: 5}\n", extra: """
            revisi:
              - nomor: 1
                tanggal: "2023-07-01"
                alasan: Revisi.
                target:
                  - {indikator: ss1-1, target: 80}
                  - {indikator: ss1-2, triwulan: {tw1: 1}}
                  - {indikator: ss1-9, target: 6}
                  - {indikator: ss1-2}

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": text])
        let errors = fixture.loaded.errors
        let range = try XCTUnwrap(errors.first { $0.location.keyPath == "revisi[0].target[0].target" })
        XCTAssertEqual(range.message, "indikator `ss1-1` has a range target (`target_rentang`); its revision gives a new `target_rentang`, not `target`")
        XCTAssertEqual(range.location.line, fixture.position(of: "{indikator: ss1-1, target: 80}", in: "pk/administrasi.yaml")?.line)
        XCTAssertEqual(errors.first { $0.location.keyPath == "revisi[0].target[1].triwulan" }?.message, "indikator `ss1-2` has no quarterly targets (`triwulan`) to revise")
        XCTAssertEqual(errors.first { $0.location.keyPath == "revisi[0].target[2].indikator" }?.message, "unknown indikator `ss1-9`; did you mean `ss1-1`?")
        XCTAssertEqual(errors.first { $0.location.keyPath == "revisi[0].target[3]" }?.message, "this revision of `ss1-2` changes nothing: give its new `target`")
    }

    /// An IKK revised from 80 to 85 while the IKP of the same name keeps 80: a warning at the
    /// revision's entry. Revising the IKP too (it has an id) silences it.
    func testNamesakeIKPKeepingTheOldTargetIsAWarning() throws {
        func text(revisingIKP: Bool) -> String {
            ComputeFixture.pkHead.replacingOccurrences(of: "sasaran_program: []\n", with: """
                sasaran_program:
                  - nama: Meningkatnya layanan
                    indikator:
                      - {id: ikp-1, nama: Persentase layanan tepat waktu, target: 80, satuan: "%"}

                """) + """
                sasaran_kegiatan:
                  - id: ss1
                    nama: Sasaran
                    indikator:
                      - {id: ss1-1, nama: Persentase Layanan  tepat waktu, target: 80, satuan: "%"}
                kegiatan:
                  - {id: dukungan, nama: Pengelolaan, anggaran: 1000}
                revisi:
                  - nomor: 1
                    tanggal: "2023-07-01"
                    alasan: Revisi.
                    target:
                      - {indikator: ss1-1, target: 85}

                """ + (revisingIKP ? "      - {indikator: ikp-1, target: 85}\n" : "")
        }
        let fixture = try ComputeFixture(["pk/administrasi.yaml": text(revisingIKP: false)])
        let warning = try XCTUnwrap(try fixture.check().first { $0.message.contains("of the same name") })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location.keyPath, "revisi[0].target[0]")
        XCTAssertEqual(warning.message, "Revisi I changes the target of IKK `ss1-1` from 80% to 85%, but the IKP of the same name keeps 80%; revise it too (give it an `id` and a `revisi.target` entry) if it is the same indicator")
        let revised = try ComputeFixture(["pk/administrasi.yaml": text(revisingIKP: true)])
        XCTAssertTrue(try revised.check().filter { $0.message.contains("of the same name") }.isEmpty)
    }

    // MARK: computed figures out of range

    /// pembilang 10^15 / penyebut 0,000001 would be a realisasi of 10^21: an error, not a
    /// printed figure.
    func testHugeComputedRealisasiIsAnError() throws {
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, pembilang: 1000000000000000, penyebut: 0.000001}\n")])
        let error = try XCTUnwrap(try fixture.check().errors.first { $0.message.contains("pembilang / penyebut") })
        XCTAssertEqual(error.location.keyPath, "realisasi[0]")
        XCTAssertTrue(error.message.hasPrefix("pembilang / penyebut gives a realisasi of 1.000.000.000.000.000.000.000 for `ss1-1`"), error.message)
    }

    /// Target 0,000001 and realisasi 3,8: a capaian of 380.000.000 %, beyond 10^9 %? No:
    /// 3,8 / 0,000001 × 100 = 380.000.000 ≤ 10^9, accepted; realisasi 38 gives 3,8 × 10^9 %,
    /// an error.
    func testAbsurdCapaianIsAnError() throws {
        func check(_ nilai: String) throws -> [Diagnostic] {
            try ComputeFixture([
                "pk/administrasi.yaml": pk("      - {id: ss1-1, nama: Indeks, target: 0.000001}\n"),
                "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: \(nilai)}\n"),
            ]).check().errors.containing("capaian of `ss1-1` would be")
        }
        XCTAssertEqual(try check("3.8").count, 0)
        XCTAssertEqual(try check("38").first?.message,
                       "the capaian of `ss1-1` would be 3.800.000.000% (realisasi 38, target 0,000001); a capaian above 1.000.000.000% is a typing mistake: check the target and the realisasi")
    }
}
