import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// `Evaluation`: analyses 2 and 3 made in words (`narasi_riwayat`, `narasi_renstra`) where
/// the data cannot exist, and warnings that name the IKK lacking an analysis. Uses the
/// complete sasaran of `EvaluationTests` (two IKK, all seven analyses) and takes one thing away.
final class EvaluationNarasiTests: XCTestCase {
    private static let withoutSecondRiwayat = EvaluationTests.realisasi.replacingOccurrences(of: "      - {indikator: ss1-2, nilai: {\"2021\": 88, \"2022\": 91}}\n", with: "")
    private static let withoutSecondRenstra = EvaluationTests.realisasi.replacingOccurrences(of: "      - {indikator: ss1-2, target: {\"2024\": 95}, realisasi: {}}\n", with: "")

    /// Adds a key to the one unit (before its `riwayat:`).
    private static func unit(_ realisasi: String, adding line: String) -> String {
        realisasi.replacingOccurrences(of: "  - riwayat:\n", with: "  - \(line)\n    riwayat:\n")
    }

    private func report(_ realisasi: String) throws -> ComputedReport {
        try ComputeFixture(["pk/administrasi.yaml": EvaluationTests.pk, "realisasi/administrasi.yaml": realisasi]).compute().report
    }

    private func missing(_ realisasi: String) throws -> [Evaluation.Analysis] {
        let divisi = try XCTUnwrap(try report(realisasi).divisi.first)
        return Evaluation.missing(divisi.sasaran[0], unit: divisi.units.first)
    }

    func testFixtureTakesSomethingAway() {
        XCTAssertNotEqual(Self.withoutSecondRiwayat, EvaluationTests.realisasi)
        XCTAssertNotEqual(Self.withoutSecondRenstra, EvaluationTests.realisasi)
    }

    /// ss1-2 (a new indicator) has no earlier years: analysis 2 is missing, until the unit's
    /// `narasi_riwayat` explains it in words.
    func testNarasiRiwayatMakesAnalysisTwo() throws {
        XCTAssertEqual(try missing(Self.withoutSecondRiwayat), [.tahunSebelumnya])
        let explained = Self.unit(Self.withoutSecondRiwayat, adding: "narasi_riwayat: Indikator ss1-2 baru ditetapkan tahun 2023 sehingga belum memiliki data tahun sebelumnya.")
        XCTAssertEqual(try missing(explained), [])
    }

    /// The Renstra sets ss1-2 no end target: analysis 3 is missing, until the unit's
    /// `narasi_renstra` says why.
    func testNarasiRenstraMakesAnalysisThree() throws {
        XCTAssertEqual(try missing(Self.withoutSecondRenstra), [.renstra])
        let explained = Self.unit(Self.withoutSecondRenstra, adding: "narasi_renstra: Renstra 2020-2024 tidak menetapkan target akhir untuk indikator ini.")
        XCTAssertEqual(try missing(explained), [])
    }

    /// An empty narasi explains nothing.
    func testEmptyNarasiDoesNotCount() throws {
        XCTAssertEqual(try missing(Self.unit(Self.withoutSecondRiwayat, adding: "narasi_riwayat: \"\"")), [.tahunSebelumnya])
        XCTAssertEqual(try missing(Self.unit(Self.withoutSecondRenstra, adding: "narasi_renstra: \"\"")), [.renstra])
    }

    /// Each narasi makes only its own analysis: `narasi_riwayat` does not stand for analysis 3.
    func testNarasiCountsOnlyForItsAnalysis() throws {
        let both = Self.withoutSecondRiwayat.replacingOccurrences(of: "      - {indikator: ss1-2, target: {\"2024\": 95}, realisasi: {}}\n", with: "")
        XCTAssertEqual(try missing(Self.unit(both, adding: "narasi_riwayat: Indikator baru.")), [.renstra])
        XCTAssertEqual(try missing(Self.unit(both, adding: "narasi_renstra: Tidak ada target akhir.")), [.tahunSebelumnya])
    }

    /// The warning names the IKK that lack the analysis: "for IKK `ss1-2`".
    func testWarningNamesTheIKK() throws {
        let diagnostics = Evaluation.diagnostics(try report(Self.withoutSecondRiwayat))
        XCTAssertEqual(diagnostics.map(\.message), [
            "sasaran `ss1` of Divisi Administrasi lacks analysis 2 (realisasi against previous years) for IKK `ss1-2`: " + Evaluation.Analysis.tahunSebelumnya.remedy,
        ])
        XCTAssertEqual(diagnostics.first?.location.file, "pk/administrasi.yaml")
        XCTAssertEqual(diagnostics.first?.location.keyPath, "sasaran_kegiatan[0]")
    }

    /// Two IKK without a Renstra row are both named, in the PK's order; an analysis of the
    /// sasaran as a whole (6, efficiency) names none.
    func testWarningNamesEveryIKKInOrder() throws {
        let realisasi = EvaluationTests.realisasi
            .replacingOccurrences(of: "    renstra:\n      - {indikator: ss1-1, target: {\"2024\": 4}, realisasi: {}}\n      - {indikator: ss1-2, target: {\"2024\": 95}, realisasi: {}}\n", with: "    renstra: []\n")
            .replacingOccurrences(of: "      - {tahun: 2023, pagu: 1000, realisasi: 990}\n", with: "      - {tahun: 2022, pagu: 1000, realisasi: 990}\n")
        XCTAssertTrue(realisasi.contains("renstra: []") && realisasi.contains("tahun: 2022, pagu: 1000"))
        let messages = Evaluation.diagnostics(try report(realisasi)).map(\.message)
        XCTAssertEqual(messages.count, 2, messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains { $0.hasPrefix("sasaran `ss1` of Divisi Administrasi lacks analysis 3 (realisasi against the Renstra end target) for IKK `ss1-1`, `ss1-2`: ") }, messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains("sasaran `ss1` of Divisi Administrasi lacks analysis 6 (efficiency of resource use): " + Evaluation.Analysis.efisiensi.remedy))
        let gaps = Evaluation.gaps(try XCTUnwrap(try report(realisasi).divisi.first).sasaran[0], unit: try report(realisasi).divisi.first?.units.first)
        XCTAssertEqual(gaps.map(\.analysis), [.renstra, .efisiensi])
        XCTAssertEqual(gaps.map(\.indikator), [["ss1-1", "ss1-2"], []])
    }
}
