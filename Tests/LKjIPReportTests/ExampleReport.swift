import Foundation
import LKjIPCompute
import LKjIPModel
@testable import LKjIPReport
import XCTest

/// A bundled example (`examples/<name>`), loaded and computed as the pipeline does, with the
/// citations of its narasi resolved by the report's figures.
enum ExampleReport {
    static var repository: URL { SmallReport.templates.deletingLastPathComponent() }

    static func load(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ComputedReport {
        let loaded = ReportLoader.load(directory: repository.appendingPathComponent("examples/\(name)"))
        XCTAssertEqual(loaded.errors.map(\.description), [], file: file, line: line)
        let data = try XCTUnwrap(loaded.data, file: file, line: line)
        let wording = try XCTUnwrap(WordingLoader.load(directory: SmallReport.templates, data: data).wording, file: file, line: line)
        let computed = ReportComputer.compute(data) { ReportFigures.catalog($0, wording: wording, narasiNames: []) }
        return computed.report
    }

    static func wording(_ report: ComputedReport) throws -> Wording {
        try XCTUnwrap(WordingLoader.load(directory: SmallReport.templates, data: report.data).wording)
    }
}
