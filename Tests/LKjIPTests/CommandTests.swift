import Foundation
import XCTest

/// The command line as a planning clerk uses it.
final class CommandTests: XCTestCase {
    func testHelpExplainsEveryCommandAndOption() throws {
        let help = try LKjIPProcess.run(["--help"])
        XCTAssertEqual(help.status, 0)
        for command in ["build", "annex", "check", "diff"] { XCTAssertTrue(help.standardOutput.contains(command), command) }
        let build = try LKjIPProcess.run(["build", "--help"])
        XCTAssertEqual(build.status, 0)
        for option in ["--output", "--format", "--templates", "<data-directory>"] {
            XCTAssertTrue(build.standardOutput.contains(option), option)
        }
    }

    func testBuildWritesBothFilesAndExitsZero() throws {
        let output = try Fixtures.temporaryDirectory()
        let result = try LKjIPProcess.run(["build", Fixtures.sumbar.path, "-o", output.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        XCTAssertEqual(files, ["LKjIP-Kanwil-Sumbar-2023.docx", "LKjIP-Kanwil-Sumbar-2023.html"])
    }

    func testMissingDataDirectoryFailsWithMessageAndNoOutput() throws {
        let output = try Fixtures.temporaryDirectory().appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", "/nonexistent/data", "-o", output.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("/nonexistent/data"), result.standardError)
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [], [])
    }

    func testUnknownFormatIsAUsageError() throws {
        let result = try LKjIPProcess.run(["build", Fixtures.sumbar.path, "--format", "odt"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("unknown format `odt`"), result.standardError)
    }

    func testCheckPassesOnTheBundledExample() throws {
        let result = try LKjIPProcess.run(["check", Fixtures.sumbar.path])
        XCTAssertEqual(result.status, 0, result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("0 errors"), result.standardOutput)
    }

    func testCheckFlagsTheSeedsOwnInconsistencies() throws {
        let fixture = Fixtures.repository.appendingPathComponent("Tests/LKjIPComputeTests/Fixtures/seed-inconsistent")
        let result = try LKjIPProcess.run(["check", fixture.path])
        XCTAssertEqual(result.status, 1)
        let out = result.standardOutput
        XCTAssertTrue(out.contains("pejabat.yaml:"), out)
        XCTAssertTrue(out.contains("Haris Sukanto") || out.contains("Haris Sukamto"), out)
        XCTAssertTrue(out.contains("enam belas"), out)
        XCTAssertTrue(out.contains("lima belas"), out)
    }

    func testCheckJSONIsMachineReadable() throws {
        let fixture = Fixtures.repository.appendingPathComponent("Tests/LKjIPComputeTests/Fixtures/seed-inconsistent")
        let result = try LKjIPProcess.run(["check", fixture.path, "--json"])
        XCTAssertEqual(result.status, 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let diagnostics = try XCTUnwrap(object?["diagnostics"] as? [[String: Any]])
        XCTAssertGreaterThan(diagnostics.count, 3)
        XCTAssertTrue(diagnostics.allSatisfy { $0["file"] is String && $0["keyPath"] is String && $0["message"] is String })
        XCTAssertGreaterThan(object?["errors"] as? Int ?? 0, 0)
    }

    func testStrictMakesWarningsFail() throws {
        let fixture = Fixtures.repository.appendingPathComponent("Tests/LKjIPComputeTests/Fixtures/seed-inconsistent")
        let result = try LKjIPProcess.run(["check", fixture.path, "--strict"])
        XCTAssertEqual(result.status, 1)
    }
}
