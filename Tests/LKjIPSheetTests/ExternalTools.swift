import Foundation
import TestSupport
import XCTest

/// Runs the independent programs the interop tests compare against.
enum ExternalTools {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The executable named `name` on PATH. A missing tool skips the test, or fails it when
    /// `LKJIP_REQUIRE_TOOLS=1` (as in CI), through the one rule of `ToolCheck`.
    static func require(_ name: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        try ToolCheck.require(ToolCheck.find(name), what, file: file, line: line)
    }

    static func run(_ executable: URL, _ arguments: [String], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty tool cannot block on a full pipe.
        let errorData = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Standard error as read on another thread; the group's wait orders the accesses.
    final class Collected: @unchecked Sendable {
        var data = Data()
    }

    /// python3 with openpyxl importable. Skips when python3 is missing (fails with
    /// LKJIP_REQUIRE_TOOLS=1); installs openpyxl
    /// from PyPI when it is absent and fails when that does not work, so a CI machine
    /// without it cannot pass the interop tests by skipping them.
    static func pythonWithOpenpyxl() throws -> URL {
        let python = try require("python3", "python3")
        if try run(python, ["-c", "import openpyxl"]).status == 0 { return python }
        var log = ""
        // Plain, then per-user, then past an externally managed (PEP 668) system Python.
        for extra in [[], ["--user"], ["--user", "--break-system-packages"]] {
            let install = try run(python, ["-m", "pip", "install", "--quiet"] + extra + ["openpyxl"])
            log += install.errors
            if try run(python, ["-c", "import openpyxl"]).status == 0 { return python }
        }
        throw ToolFailure(description: "openpyxl cannot be imported and `python3 -m pip install openpyxl` did not help:\n\(log)")
    }

    /// Runs a Python script read from standard input with arguments; throws Python's message on error.
    static func python(_ python: URL, _ script: String, _ arguments: [String]) throws -> String {
        let result = try run(python, ["-"] + arguments, input: script)
        guard result.status == 0 else { throw ToolFailure(description: "python failed (\(result.status)):\n\(result.errors)") }
        return result.output
    }

    /// Thrown (and so recorded by XCTest as a failure, not a skip) when a tool misbehaves.
    struct ToolFailure: Error, CustomStringConvertible {
        let description: String
    }
}
