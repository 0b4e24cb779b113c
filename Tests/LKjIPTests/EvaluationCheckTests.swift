import Foundation
import LKjIP
import TestSupport
import XCTest

/// A riwayat / renstra row linked (`indikator:`) to an IKK with a word target gets the report
/// year's `nilai_teks` ("WTP") in tables b and d, so `lkjip check --evaluasi` counts its
/// history (analysis 2). Through the command line on `MiniData` (report year 2024).
final class EvaluationCheckTests: XCTestCase {
    typealias OutputTable = FidelityTests.OutputTable

    /// Divisi Administrasi gains ss1-2 "Opini atas laporan keuangan" (target_teks WTP,
    /// realisasi WTP), with a riwayat row typed for 2023 only (WDP) and a renstra row with the
    /// end target WTP for 2024, both linked.
    static let files: [String: String?] = [
        "pk/administrasi.yaml": MiniData.file("pk/administrasi.yaml", replacing: "        satuan: Indeks\n", with: """
                    satuan: Indeks
                  - id: ss1-2
                    nama: Opini atas laporan keuangan
                    target_teks: WTP

            """),
        "realisasi/administrasi.yaml": MiniData.file("realisasi/administrasi.yaml", replacing: "    nilai: 3.8\n", with: """
                nilai: 3.8
              - indikator: ss1-2
                nilai_teks: WTP

            """).replacingOccurrences(of: "        nilai: {\"2022\": 3.5, \"2023\": 3.65}\n", with: """
                    nilai: {"2022": 3.5, "2023": 3.65}
                  - indikator: ss1-2
                    nilai: {"2023": WDP}

            """).replacingOccurrences(of: "        realisasi: {\"2023\": 3.65}\n", with: """
                    realisasi: {"2023": 3.65}
                  - indikator: ss1-2
                    target: {"2024": WTP}
                    realisasi: {}

            """),
    ]

    func testFixtureHasTheLinkedRows() throws {
        let text = try XCTUnwrap(Self.files["realisasi/administrasi.yaml"] ?? nil)
        XCTAssertTrue(text.contains("nilai: {\"2023\": WDP}"))
        XCTAssertTrue(text.contains("target: {\"2024\": WTP}"))
        XCTAssertTrue(text.contains("nilai_teks: WTP"))
    }

    private func row(_ table: OutputTable, _ label: String) throws -> [String: String] {
        let row = try XCTUnwrap(table.rows.first { FidelityTests.Normal.label($0[0]) == label }, "no row \(label) in \(table.rows)")
        return Dictionary(zip(table.columns, row), uniquingKeysWith: { first, _ in first })
    }

    func testWordRealisasiInTablesBAndD() throws {
        let data = try MiniData.write(replacing: Self.files)
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--format", "html"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let html = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        let tables = OutputTable.all(in: try XMLTree.parseHTML(html.replacingOccurrences(of: "<br>", with: " <br>")))
        let b = try XCTUnwrap(tables.first { $0.caption.contains("Realisasi Kinerja Divisi Administrasi Tahun") && !$0.caption.contains("Target dan") }, tables.map(\.caption).joined(separator: "\n"))
        let riwayat = try row(b, "Opini atas laporan keuangan")
        XCTAssertEqual(riwayat["2023"], "WDP")
        XCTAssertEqual(riwayat["2024"], "WTP", "the report year from nilai_teks: \(riwayat)")
        let d = try XCTUnwrap(tables.first { $0.caption.contains("Realisasi Kinerja Divisi Administrasi dan Target Jangka Menengah Renstra") })
        let renstra = try row(d, "Opini atas laporan keuangan")
        let realisasi2024 = try XCTUnwrap(d.columns.firstIndex { $0.hasPrefix("Realisasi") && $0.hasSuffix("2024") }, "\(d.columns)")
        let target2024 = try XCTUnwrap(d.columns.firstIndex { $0.hasPrefix("Target") && $0.hasSuffix("2024") }, "\(d.columns)")
        XCTAssertEqual(renstra[d.columns[target2024]], "WTP")
        XCTAssertEqual(renstra[d.columns[realisasi2024]], "WTP", "the report year from nilai_teks: \(renstra)")
    }

    /// `check --evaluasi`: ss1-2 has 2023 typed and 2024 from its nilai_teks, two years: no
    /// analysis 2 for Divisi Administrasi. Without the linked row it is reported for `ss1-2`
    /// (so the check does look at it).
    func testEvaluasiCountsTheWordHistory() throws {
        let data = try MiniData.write(replacing: Self.files)
        let result = try LKjIPProcess.run(["check", data.path, "--evaluasi"])
        let output = result.standardOutput + result.standardError
        let administrasi = output.split(separator: "\n").filter { $0.contains("of Divisi Administrasi") }
        XCTAssertFalse(administrasi.contains { $0.contains("lacks analysis 2") }, output)

        var unlinked = Self.files
        unlinked["realisasi/administrasi.yaml"] = (Self.files["realisasi/administrasi.yaml"] ?? nil)?.replacingOccurrences(of: "      - indikator: ss1-2\n        nilai: {\"2023\": WDP}\n", with: "")
        XCTAssertNotEqual(unlinked["realisasi/administrasi.yaml"] ?? nil, Self.files["realisasi/administrasi.yaml"] ?? nil)
        let control = try LKjIPProcess.run(["check", try MiniData.write(replacing: unlinked, name: "unlinked").path, "--evaluasi"])
        let controlOutput = control.standardOutput + control.standardError
        XCTAssertTrue(controlOutput.contains("sasaran `ss1` of Divisi Administrasi lacks analysis 2 (realisasi against previous years) for IKK `ss1-2`"), controlOutput)
    }
}
