import Foundation
import LKjIPDocument
import LKjIPDocx
import TestSupport
import XCTest
import ZIPFoundation

/// An independent validator: openxml-audit (the Open XML SDK's schema data, as Word checks
/// a file) on a document with every block kind must report no error. Skipped when the tool
/// is not installed (`python3 -m pip install openxml-audit`), unless LKJIP_REQUIRE_TOOLS=1.
final class OpenXMLAuditTests: XCTestCase {
    func audit(_ document: Document, name: String) throws -> (errors: Int, report: String) {
        let tool = try ToolCheck.require(ToolCheck.find("openxml-audit"), "openxml-audit")
        let folder = try ToolCheck.temporaryFolder("lkjip-audit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(name).docx")
        try DocxWriter.write(document).write(to: file)
        let output = try ToolCheck.run(tool, [file.path, "-f", "microsoft365", "-o", "json", "-m", "0"])
        let report = output.standardOutput + output.standardError
        guard let data = output.standardOutput.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) else {
            XCTFail("openxml-audit did not answer in JSON (status \(output.status)): \(report.prefix(2000))")
            return (-1, report)
        }
        guard let count = Self.errorCount(json) else {
            XCTFail("unrecognised openxml-audit JSON: \(report.prefix(2000))")
            return (-1, report)
        }
        XCTAssertEqual(output.status == 0, count == 0, "exit status \(output.status) disagrees with \(count) errors")
        return (count, report)
    }

    /// The errors of openxml-audit's JSON: a list with one object per file, each with
    /// `error_count` and `errors` (0.8: `[{"file": …, "valid": false, "error_count": 7,
    /// "errors": [{"description": …, "part_uri": …, "path": …}]}]`). nil when the shape is
    /// not recognised, so a changed format fails instead of passing silently.
    static func errorCount(_ json: Any) -> Int? {
        guard let files = json as? [[String: Any]], !files.isEmpty else { return nil }
        var total = 0
        for file in files {
            guard let count = file["error_count"] as? Int else { return nil }
            total += count
        }
        return total
    }

    /// The harness itself: a copy of a valid file with one `w:jc` moved before `w:pStyle`
    /// must be reported, or a passing run would prove nothing.
    func testAuditReportsAnOrderError() throws {
        let tool = try ToolCheck.require(ToolCheck.find("openxml-audit"), "openxml-audit")
        let parts = try ZipParts.read(try DocxWriter.write(SampleDocuments.mergedTable))
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            var bytes = data
            if path == "word/document.xml" {
                let text = String(decoding: data, as: UTF8.self)
                let broken = text.replacingOccurrences(of: "<w:pPr><w:pStyle", with: "<w:pPr><w:jc w:val=\"left\"/><w:pStyle")
                XCTAssertNotEqual(broken, text)
                bytes = Data(broken.utf8)
            }
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let folder = try ToolCheck.temporaryFolder("lkjip-audit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.docx")
        try XCTUnwrap(archive.data).write(to: file)
        let output = try ToolCheck.run(tool, [file.path, "-f", "microsoft365", "-o", "json", "-m", "0"])
        let json = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8))
        XCTAssertGreaterThan(try XCTUnwrap(Self.errorCount(json)), 0)
        XCTAssertNotEqual(output.status, 0)
    }

    func testEveryBlockKindValidates() throws {
        let result = try audit(SampleDocuments.everyBlockKind, name: "every-block")
        XCTAssertEqual(result.errors, 0, result.report.prefix(4000).description)
    }

    /// With measured page numbers (no dirty fields, no updateFields) the file validates too.
    func testMeasuredDocumentValidates() throws {
        var sample = SampleDocuments.everyBlockKind
        sample.pageNumbers = Dictionary(uniqueKeysWithValues: sample.contents.map { ($0.anchor, "1") })
        let result = try audit(sample, name: "measured")
        XCTAssertEqual(result.errors, 0, result.report.prefix(4000).description)
    }

    /// The samples of the golden files validate as well.
    func testSampleDocumentsValidate() throws {
        for (name, sample) in SampleDocuments.all + [("chart", SampleDocuments.chart), ("escaping", SampleDocuments.escaping)] {
            let result = try audit(sample, name: name)
            XCTAssertEqual(result.errors, 0, "\(name): \(result.report.prefix(3000))")
        }
    }
}
