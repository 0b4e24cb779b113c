import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// The seven analyses PermenPAN-RB 53/2014 asks of each sasaran, and which are missing.
final class EvaluationTests: XCTestCase {
    /// One sasaran with two indicators that has every analysis: realisasi, linked history of
    /// two years, linked Renstra row, national standard, causes, the unit's budget row of the
    /// report year (efficiency) and its kegiatan (the only sasaran gets all of them).
    static let pk = pkText(sasaran: """
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan
            indikator:
              - id: ss1-1
                nama: Indeks kepuasan
                target: 3.1
                standar_nasional: {nilai: 3, sumber: Standar nasional}
              - id: ss1-2
                nama: Persentase layanan
                target: 90
                standar_nasional: {nilai: 85, sumber: Rata-rata nasional}

        """)

    static let realisasi = """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 3.8
            analisis: {penyebab: Survei rutin.}
          - indikator: ss1-2
            nilai: 95
            analisis: {penyebab: Layanan daring.}
        unit:
          - riwayat:
              - {indikator: ss1-1, nilai: {"2021": 3.65, "2022": 3.5}}
              - {indikator: ss1-2, nilai: {"2021": 88, "2022": 91}}
            anggaran:
              - {tahun: 2023, pagu: 1000, realisasi: 990}
            renstra:
              - {indikator: ss1-1, target: {"2024": 4}, realisasi: {}}
              - {indikator: ss1-2, target: {"2024": 95}, realisasi: {}}

        """

    private func missing(pk: String = EvaluationTests.pk, realisasi: String = EvaluationTests.realisasi) throws -> [Evaluation.Analysis] {
        let divisi = try ComputeFixture(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi]).divisi()
        return Evaluation.missing(divisi.sasaran[0], unit: divisi.units.first)
    }

    func testSasaranWithAllSevenAnalyses() throws {
        XCTAssertEqual(try missing(), [])
    }

    /// 1: an indicator without realisasi (its history of two typed years still counts).
    func testLacksTargetRealisasi() throws {
        let realisasi = Self.realisasi.replacingOccurrences(of: "    nilai: 95\n", with: "")
        XCTAssertEqual(try missing(realisasi: realisasi), [.targetRealisasi])
    }

    /// 2: an indicator without a linked history row.
    func testLacksPreviousYears() throws {
        let realisasi = Self.realisasi.replacingOccurrences(of: "      - {indikator: ss1-2, nilai: {\"2021\": 88, \"2022\": 91}}\n", with: "")
        XCTAssertEqual(try missing(realisasi: realisasi), [.tahunSebelumnya])
    }

    /// 3: an indicator without a linked Renstra row.
    func testLacksRenstra() throws {
        let realisasi = Self.realisasi.replacingOccurrences(of: "      - {indikator: ss1-2, target: {\"2024\": 95}, realisasi: {}}\n", with: "")
        XCTAssertEqual(try missing(realisasi: realisasi), [.renstra])
    }

    /// 4: an indicator without a national standard, unless the unit explains in words.
    func testLacksNationalStandard() throws {
        let pk = Self.pk.replacingOccurrences(of: "        standar_nasional: {nilai: 85, sumber: Rata-rata nasional}\n", with: "")
        XCTAssertEqual(try missing(pk: pk), [.standarNasional])
        let explained = Self.realisasi.replacingOccurrences(of: "  - riwayat:\n", with: "  - narasi_standar: Belum ada standar nasional untuk indikator ini.\n    riwayat:\n")
        XCTAssertEqual(try missing(pk: pk, realisasi: explained), [])
    }

    /// 5: an indicator without causes, unless the unit gives them.
    func testLacksCauses() throws {
        let realisasi = Self.realisasi.replacingOccurrences(of: "    analisis: {penyebab: Layanan daring.}\n", with: "")
        XCTAssertEqual(try missing(realisasi: realisasi), [.penyebab])
        let unitCauses = realisasi.replacingOccurrences(of: "  - riwayat:\n", with: "  - penyebab: Layanan daring dan survei rutin.\n    riwayat:\n")
        XCTAssertEqual(try missing(realisasi: unitCauses), [])
    }

    /// 6: no budget row of the report year and no kegiatan spending: no efficiency.
    func testLacksEfficiency() throws {
        let realisasi = Self.realisasi.replacingOccurrences(of: "      - {tahun: 2023, pagu: 1000, realisasi: 990}\n", with: "      - {tahun: 2022, pagu: 1000, realisasi: 990}\n")
        XCTAssertEqual(try missing(realisasi: realisasi), [.efisiensi])
    }

    /// 7: a PK without kegiatan gives the sasaran none.
    func testLacksKegiatan() throws {
        let pk = Self.pk.replacingOccurrences(of: "kegiatan:\n  - id: dukungan\n    nama: Pengelolaan Administratif\n    anggaran: 1000\n", with: "kegiatan: []\n")
        XCTAssertNotEqual(pk, Self.pk)
        XCTAssertEqual(try missing(pk: pk), [.kegiatan])
    }

    /// Each missing analysis is one warning at the sasaran in its PK, naming the remedy.
    func testDiagnostics() throws {
        let realisasi = Self.realisasi.replacingOccurrences(of: "      - {tahun: 2023, pagu: 1000, realisasi: 990}\n", with: "      - {tahun: 2022, pagu: 1000, realisasi: 990}\n")
        let fixture = try ComputeFixture(["pk/administrasi.yaml": Self.pk, "realisasi/administrasi.yaml": realisasi])
        let diagnostics = Evaluation.diagnostics(try fixture.compute().report)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.severity, .warning)
        XCTAssertEqual(diagnostics.first?.location.keyPath, "sasaran_kegiatan[0]")
        XCTAssertEqual(diagnostics.first?.message, "sasaran `ss1` of Divisi Administrasi lacks analysis 6 (efficiency of resource use): " + Evaluation.Analysis.efisiensi.remedy)
    }

    func testAnalysesAreNumberedOneToSeven() {
        XCTAssertEqual(Evaluation.Analysis.allCases.map(\.rawValue), [1, 2, 3, 4, 5, 6, 7])
        XCTAssertTrue(Evaluation.Analysis.allCases.allSatisfy { !$0.title.isEmpty && !$0.remedy.isEmpty })
    }
}
