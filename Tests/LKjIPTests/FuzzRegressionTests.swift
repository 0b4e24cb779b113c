import Foundation
import LKjIP
import LKjIPModel
import LKjIPReport
import LKjIPTemplates
import XCTest

/// Inputs found by `Fuzz/` (target fuzz-pipeline): a MiniData directory with one file
/// replaced. Each must either be refused by the checks with errors located in a data file,
/// or, when the checks pass, build (report and annexes) without any error: data that
/// `lkjip check` accepts and `lkjip build` then refuses is reported to the user as a
/// template problem (issue 12, item 7).
final class FuzzRegressionTests: XCTestCase {
    enum Outcome { case refused([Diagnostic]), built }

    @discardableResult
    func assertChecksAgreeWithBuild(_ replacing: [String: String?], name: String = #function, file: StaticString = #filePath, line: UInt = #line) throws -> Outcome {
        let data = try MiniData.write(replacing: replacing, name: name)
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let renderer = try TemplateRenderer(directory: Fixtures.templates, assets: [Fixtures.assets])
        let result = Pipeline.run(dataDirectory: data, templates: renderer, assets: Fixtures.assets)
        guard let report = result.report, result.errors.isEmpty else {
            XCTAssertFalse(result.errors.isEmpty, "no report but no error either", file: file, line: line)
            for error in result.errors {
                XCTAssertFalse(error.location.file.hasPrefix("templates/"), "a data problem is blamed on a template: \(error)", file: file, line: line)
            }
            return .refused(result.errors)
        }
        do {
            let document = try ReportBuilder.document(for: report, renderer: renderer)
            XCTAssertFalse(document.sections.isEmpty, file: file, line: line)
            _ = try ReportDocuments.annexes(report, renderer: renderer, pejabat: nil, combined: false)
        } catch {
            XCTFail("data that passed every check failed to build: \(error)", file: file, line: line)
        }
        return .built
    }

    /// Found at 96b748a (+ the uncommitted ReportLoader change): an empty budget table
    /// (`anggaran:` with no value, or `anggaran: []`) in a realisasi unit passed every check,
    /// then `build` failed with "templates/bab2.mustache:37: error: unknown variable
    /// `semuaPK`". No longer reproduces at e68a5ea.
    func testEmptyUnitBudgetTable() throws {
        for anggaran in ["anggaran:\n", "anggaran: []\n"] {
            let text = """
            divisi: pelayanan
            realisasi:
              - indikator: ss1-1
                nilai: 29
              - indikator: ss1-2
                nilai: 8
            unit:
              - \(anggaran)    riwayat: []
                renstra: []

            """
            try assertChecksAgreeWithBuild(["realisasi/pelayanan.yaml": text], name: "emptyBudget\(anggaran.count)")
        }
    }
}
