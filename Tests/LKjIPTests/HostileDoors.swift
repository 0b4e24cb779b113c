import Foundation
import XCTest

/// Shared checks of the issue-26 suites (output journal, init, sheets, reference documents,
/// LibreOffice): what a person sees must be safe to print and short, and nothing outside the
/// folders lkjip owns may change.
enum HostileDoors {
    /// A message a terminal shows safely: no control character but newline (no NEL, no
    /// bidirectional override), no line longer than one quote, never a Foundation dump.
    static func assertReadable(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let controls = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029
        }
        XCTAssertEqual(controls.map { String($0.value, radix: 16) }, [], "raw control characters reach the terminal", file: file, line: line)
        for messageLine in text.split(separator: "\n") {
            XCTAssertLessThan(messageLine.count, 2_000, "one message line quotes too much: \(messageLine.prefix(200))…", file: file, line: line)
        }
        XCTAssertFalse(text.contains("NSCocoaErrorDomain"), text, file: file, line: line)
        XCTAssertFalse(text.contains("Error Domain="), text, file: file, line: line)
    }

    /// A file outside every folder lkjip owns, with known content, to see it untouched.
    static func victim(in folder: URL, _ name: String = "victim.txt") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data("precious \(name)".utf8).write(to: url)
        return url
    }

    static func assertUntouched(_ url: URL, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(try? String(contentsOf: url, encoding: .utf8), "precious \(url.lastPathComponent)", "\(url.path) was changed or removed", file: file, line: line)
    }

    /// Runs lkjip and fails after `limit` seconds instead of hanging the suite (a guard
    /// against a hang, not a measurement).
    static func run(_ arguments: [String], limit: TimeInterval = 300, environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> LKjIPProcess.Result {
        final class Box: @unchecked Sendable { var result: Result<LKjIPProcess.Result, Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.result = Result { try LKjIPProcess.run(arguments, environment: environment) }
            done.signal()
        }
        guard done.wait(timeout: .now() + limit) == .success else {
            // A failure, and the test stops: there is no result to look at.
            return try XCTUnwrap(nil as LKjIPProcess.Result?, "lkjip \(arguments.joined(separator: " ")) did not finish within \(Int(limit)) s", file: file, line: line)
        }
        return try box.result!.get()
    }

    static func mode(_ url: URL) -> Int {
        var info = stat()
        return lstat(url.path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
    }
}
