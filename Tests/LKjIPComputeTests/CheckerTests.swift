import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// The consistency rules that need computed figures: typed figures against computed ones,
/// gaps that may be intended, and drafts.
final class CheckerTests: XCTestCase {
    /// A clean directory gives no checker diagnostic.
    func testCleanDataHasNoDiagnostics() throws {
        XCTAssertEqual(try ComputeFixture().check(), [])
    }

    // MARK: Stated capaian

    private static func statedCapaian(target: String, nilai: String, capaian: String, extra: String = "") throws -> (ComputeFixture, [Diagnostic]) {
        let pk = pkText(sasaran: "sasaran_kegiatan:\n  - id: ss1\n    nama: Sasaran\n    indikator:\n      - {id: ss1-1, nama: Persentase, target: \(target), satuan: \"%\"\(extra)}\n")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: \(nilai), capaian: \(capaian)}\n")])
        return (fixture, try fixture.check())
    }

    /// The seed types 400 % for 75 / 17 × 100 = 441.18 %: an error with the formula, at the
    /// typed capaian.
    func testStatedCapaianMismatch() throws {
        let (fixture, diagnostics) = try Self.statedCapaian(target: "17", nilai: "75", capaian: "400")
        let diagnostic = try XCTUnwrap(diagnostics.first, diagnostics.listing)
        XCTAssertEqual(diagnostics.count, 1, diagnostics.listing)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.message, "capaian is stated as 400% but computes to 441,18% (75 / 17 × 100); remove it or correct it")
        XCTAssertEqual(diagnostic.location.keyPath, "realisasi[0].capaian")
        let position = try XCTUnwrap(fixture.position(of: "400", in: "realisasi/administrasi.yaml"))
        XCTAssertEqual(diagnostic.location.line, position.line)
        XCTAssertEqual(diagnostic.location.column, position.column)
    }

    /// The formula in the message follows the indicator's rule: selisih
    /// (2 × 10 − 8) / 10 × 100 = 120; rasio 10 / 8 × 100 = 125.
    func testStatedCapaianFormulaForNegatif() throws {
        let (_, selisih) = try Self.statedCapaian(target: "10", nilai: "8", capaian: "100", extra: ", polaritas: negatif")
        XCTAssertEqual(selisih.first?.message, "capaian is stated as 100% but computes to 120% ((2 × 10 − 8) / 10 × 100); remove it or correct it")
        let (_, rasio) = try Self.statedCapaian(target: "10", nilai: "8", capaian: "100", extra: ", polaritas: negatif, capaian: {rumus_negatif: rasio}")
        XCTAssertEqual(rasio.first?.message, "capaian is stated as 100% but computes to 125% (10 / 8 × 100); remove it or correct it")
    }

    /// For a range target the formula in the message must name the end the realisasi was
    /// measured against: [80, 90], realisasi 99 → 99 / 90 × 100 = 110, not "99 / 0 × 100".
    func testStatedCapaianFormulaForARangeTarget() throws {
        let pk = pkText(sasaran: "sasaran_kegiatan:\n  - id: ss1\n    nama: Sasaran\n    indikator:\n      - {id: ss1-1, nama: Rentang, target_rentang: [80, 90], satuan: \"%\"}\n")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 99, capaian: 100}\n")])
        let message = try XCTUnwrap(try fixture.check().first?.message)
        XCTAssertTrue(message.hasPrefix("capaian is stated as 100% but computes to 110%"), message)
        XCTAssertTrue(message.contains("99 / 90 × 100"), message)
    }

    /// A stated capaian within half a percent of the computed one agrees (441 for 441.18).
    func testStatedCapaianThatAgrees() throws {
        let (_, diagnostics) = try Self.statedCapaian(target: "17", nilai: "75", capaian: "441")
        XCTAssertEqual(diagnostics, [])
    }

    /// A capaian stated where none can be computed (no realisasi).
    func testStatedCapaianWithoutRealisasi() throws {
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, capaian: 100}\n")])
        let messages = try fixture.check().map(\.message)
        XCTAssertTrue(messages.contains("capaian 100% is stated but cannot be computed: there is no realisasi"), messages.description)
    }

    // MARK: Totals

    /// A programme line typed as 500 = 300 + 200 is right until a revision makes k2 250:
    /// then the kegiatan add up to 550 and the typed total is an error.
    func testTypedProgrammeTotalThatDisagreesAfterARevision() throws {
        let pk = pkText(sasaran: ReportComputerTests.oneSasaran, kegiatan: ReportComputerTests.programmeLines(typedFirst: 500), extra: """
            revisi:
              - nomor: 1
                tanggal: "2023-07-01"
                alasan: Tambahan anggaran.
                anggaran:
                  - {kegiatan: k2, anggaran: 250}

            """)
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": ReportComputerTests.oneRealisasi])
        let diagnostics = try fixture.check()
        XCTAssertEqual(diagnostics.count, 1, diagnostics.listing)
        XCTAssertEqual(diagnostics.first?.message,
                       "the programme line says Rp\u{00A0}500 but its kegiatan add up to Rp\u{00A0}550 after the revisions; remove the amount (it is computed) or correct it")
        XCTAssertEqual(diagnostics.first?.location.keyPath, "kegiatan[0].anggaran")
        XCTAssertEqual(diagnostics.first?.location.line, fixture.position(of: "anggaran: 500", in: "pk/administrasi.yaml")?.line)
    }

    /// Without revisions the message does not mention them; a right total is no error.
    func testTypedProgrammeTotal() throws {
        let wrong = try ComputeFixture(["pk/administrasi.yaml": pkText(sasaran: ReportComputerTests.oneSasaran, kegiatan: ReportComputerTests.programmeLines(typedFirst: 999)),
                                        "realisasi/administrasi.yaml": ReportComputerTests.oneRealisasi])
        XCTAssertEqual(try wrong.check().map(\.message),
                       ["the programme line says Rp\u{00A0}999 but its kegiatan add up to Rp\u{00A0}500; remove the amount (it is computed) or correct it"])
        let right = try ComputeFixture(["pk/administrasi.yaml": pkText(sasaran: ReportComputerTests.oneSasaran, kegiatan: ReportComputerTests.programmeLines(typedFirst: 500)),
                                        "realisasi/administrasi.yaml": ReportComputerTests.oneRealisasi])
        XCTAssertEqual(try right.check(), [])
    }

    /// A typed satker total must be laki-laki + perempuan: the fixture's 185 for 93 + 91 = 184.
    func testSatkerJumlahMismatch() throws {
        let organisasi = ComputeFixture.organisasi.replacingOccurrences(of: "    perempuan: 91", with: "    perempuan: 91\n    jumlah: 185")
        let fixture = try ComputeFixture(["organisasi.yaml": organisasi])
        let diagnostics = try fixture.check()
        XCTAssertEqual(diagnostics.map(\.message), ["jumlah of Kantor Wilayah is stated as 185 but laki_laki 93 + perempuan 91 = 184"])
        XCTAssertEqual(diagnostics.first?.location.keyPath, "satker[0].jumlah")
        XCTAssertEqual(diagnostics.first?.location.line, fixture.position(of: "185", in: "organisasi.yaml")?.line)
        let right = ComputeFixture.organisasi.replacingOccurrences(of: "    perempuan: 91", with: "    perempuan: 91\n    jumlah: 184")
        XCTAssertEqual(try ComputeFixture(["organisasi.yaml": right]).check(), [])
    }

    // MARK: Linked rows

    /// A linked history row may not type a report-year value other than the realisasi
    /// (3.7 typed, 3.8 reported).
    func testLinkedRowTypingADifferentReportYearValue() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "  - riwayat: []", with: """
              - riwayat:
                  - indikator: ss1-1
                    nilai: {"2022": 3.5, "2023": 3.7}
            """)
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasi])
        let diagnostics = try fixture.check()
        XCTAssertEqual(diagnostics.map(\.message), ["2023 is typed as 3,7 but the realisasi of `ss1-1` is 3,8 Indeks; leave the year out (it is filled in) or correct it"])
        XCTAssertEqual(diagnostics.first?.location.keyPath, "unit[0].riwayat[0].nilai.2023")
        XCTAssertEqual(diagnostics.first?.location.line, fixture.position(of: "3.7", in: "realisasi/administrasi.yaml")?.line)
        XCTAssertEqual(diagnostics.first?.location.column, fixture.position(of: "3.7", in: "realisasi/administrasi.yaml")?.column)
    }

    /// The same rule for a Renstra row; a value equal to the realisasi is fine.
    func testLinkedRenstraRow() throws {
        func realisasi(_ value: String) -> String {
            ComputeFixture.realisasi.replacingOccurrences(of: "    renstra: []", with: """
                    renstra:
                      - indikator: ss1-1
                        target: {"2024": 4}
                        realisasi: {"2023": \(value)}
                """)
        }
        XCTAssertEqual(try ComputeFixture(["realisasi/administrasi.yaml": realisasi("3.80")]).check(), [], "3.80 is 3.8")
        let wrong = try ComputeFixture(["realisasi/administrasi.yaml": realisasi("4")]).check()
        XCTAssertEqual(wrong.first?.location.keyPath, "unit[0].renstra[0].realisasi.2023")
        XCTAssertEqual(wrong.first?.severity, .error)
    }

    // MARK: Budget

    /// Spending above the pagu is a warning: 110 of 100 is 110,00 %.
    func testRealisasiAbovePaguWarns() throws {
        let anggaran = "realisasi:\n  - {tahun: 2023, pagu: 100, realisasi: 110}\nsmart_dja: []\nikpa: []\n"
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "    anggaran: []", with: "    anggaran:\n      - {tahun: 2022, pagu: 200, realisasi: 201}")
        let diagnostics = try ComputeFixture(["anggaran.yaml": anggaran, "realisasi/administrasi.yaml": realisasi]).check()
        XCTAssertEqual(diagnostics.warnings.count, 2, diagnostics.listing)
        XCTAssertEqual(diagnostics.errors, [])
        let office = try XCTUnwrap(diagnostics.first { $0.location.file == "anggaran.yaml" })
        XCTAssertEqual(office.message, "realisasi Rp\u{00A0}110 of 2023 exceeds the pagu Rp\u{00A0}100 (110,00%)")
        XCTAssertEqual(office.location.keyPath, "realisasi[0].realisasi")
        // 201 / 200 × 100 = 100.5 %.
        let unit = try XCTUnwrap(diagnostics.first { $0.location.file == "realisasi/administrasi.yaml" })
        XCTAssertEqual(unit.message, "realisasi Rp\u{00A0}201 of 2022 exceeds the pagu Rp\u{00A0}200 (100,50%)")
        XCTAssertEqual(unit.location.keyPath, "unit[0].anggaran[0].realisasi")
    }

    // MARK: Gaps

    /// An indicator without realisasi is a warning at its entry; one without any entry is
    /// a warning at the indicator in the PK.
    func testMissingRealisasiWarns() throws {
        let pk = pkText(sasaran: "sasaran_kegiatan:\n  - id: ss1\n    nama: Sasaran\n    indikator:\n      - {id: ss1-1, nama: Satu, target: 1}\n      - {id: ss1-2, nama: Dua, target: 1}\n")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("  - indikator: ss1-1\n    keterangan: Data belum diterima.\n")])
        let diagnostics = try fixture.check()
        XCTAssertEqual(diagnostics.count, 2, diagnostics.listing)
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(diagnostics[0].message, "indikator `ss1-1` has no realisasi in realisasi/administrasi.yaml; it is shown as \"-\" and left out of NILAI SS")
        XCTAssertEqual(diagnostics[0].location.keyPath, "realisasi[0]")
        XCTAssertEqual(diagnostics[1].location.file, "pk/administrasi.yaml")
        XCTAssertEqual(diagnostics[1].location.keyPath, "sasaran_kegiatan[0].indikator[1].id")
    }

    /// Target 0 cannot give a capaian: a warning, unless target_nol is biner.
    func testTargetZeroWarns() throws {
        let pk = pkText(sasaran: "sasaran_kegiatan:\n  - id: ss1\n    nama: Sasaran\n    indikator:\n      - {id: ss1-1, nama: Overstaying, target: 0, polaritas: negatif}\n")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 0}\n")])
        let diagnostics = try fixture.check()
        XCTAssertEqual(diagnostics.map(\.message), ["target of indikator `ss1-1` is 0; its capaian cannot be computed and is shown as \"-\" (set capaian.target_nol: biner for a zero target)"])
        XCTAssertEqual(diagnostics.first?.severity, .warning)
        XCTAssertEqual(diagnostics.first?.location.keyPath, "sasaran_kegiatan[0].indikator[0].target")
        let biner = pk.replacingOccurrences(of: "polaritas: negatif}", with: "polaritas: negatif, capaian: {target_nol: biner}}")
        XCTAssertEqual(try ComputeFixture(["pk/administrasi.yaml": biner, "realisasi/administrasi.yaml": realisasiText("  - {indikator: ss1-1, nilai: 0}\n")]).check(), [])
    }

    /// A division without PK, and a division with a PK but no realisasi file, warn.
    func testDivisionsWithoutPKOrRealisasi() throws {
        let organisasi = ComputeFixture.organisasi.replacingOccurrences(of: "satker:", with: "  - {id: keuangan, nama: Divisi Keuangan, kepala: kadiv-administrasi, tugas: Keuangan.}\nsatker:")
        let diagnostics = try ComputeFixture(["organisasi.yaml": organisasi, "realisasi/administrasi.yaml": nil]).check()
        XCTAssertEqual(Set(diagnostics.map(\.message)), [
            "divisi `keuangan` has no Perjanjian Kinerja (pk/keuangan.yaml); it is left out of BAB II B, BAB III and the LAMPIRAN",
            "divisi `administrasi` has no realisasi file (realisasi/administrasi.yaml); every capaian is shown as \"-\"",
        ])
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning })
    }

    /// A narasi carried over by `lkjip init --from` starts with the draft marker: a warning.
    func testDraftNarasiWarns() throws {
        let diagnostics = try ComputeFixture(["narasi/kata-pengantar.md": "<!-- lkjip: draf dari 2022 -->\nTeks tahun lalu.\n"]).check()
        XCTAssertEqual(diagnostics.count, 1, diagnostics.listing)
        let diagnostic = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(diagnostic.severity, .warning)
        XCTAssertEqual(diagnostic.location, SourceLocation(file: "narasi/kata-pengantar.md", line: 1))
        // The wording names the file, the draft, the report year and what to do.
        for part in ["narasi/kata-pengantar.md", "draft", "2023", "delete its first line"] {
            XCTAssertTrue(diagnostic.message.contains(part), "\(part) in \(diagnostic.message)")
        }
        XCTAssertEqual(try ComputeFixture(["narasi/kata-pengantar.md": "Teks baru.\n<!-- lkjip: draf -->\n"]).check(), [], "only at the start")
    }

    // MARK: Counts in words

    /// The seed writes "15 (enam belas)" for 15 Lapas: an error at its line.
    func testCountWrittenWithTheWrongWords() throws {
        let text = "Kanwil membawahi 28 (dua puluh delapan) UPT:\n15 (enam belas) Lapas dan 8 (delapan) Rutan.\n"
        let diagnostics = try ComputeFixture(["narasi/struktur-organisasi.md": text]).check()
        XCTAssertEqual(diagnostics.map(\.description), ["narasi/struktur-organisasi.md:2: error: 15 is written \"enam belas\"; expected \"lima belas\""])
    }

    /// A count in a YAML Markdown block is located at its line in the file.
    func testCountInAYAMLBlockIsLocated() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "  - riwayat: []", with: """
              - penyebab: |
                  Upaya efisiensi:
                  3 (dua) langkah penghematan.
                riwayat: []
            """)
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasi])
        let diagnostic = try XCTUnwrap(try fixture.check().first)
        XCTAssertEqual(diagnostic.message, "3 is written \"dua\"; expected \"tiga\"")
        XCTAssertEqual(diagnostic.location.keyPath, "unit[0].penyebab")
        XCTAssertEqual(diagnostic.location.line, fixture.position(of: "3 (dua)", in: "realisasi/administrasi.yaml")?.line)
    }
}
