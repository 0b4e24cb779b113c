import Foundation
import LKjIP
import XCTest

/// Paths of the repository's bundled data and folders, found from this file's location so the
/// tests run from any working directory.
enum Fixtures {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static var sumbar: URL { repository.appendingPathComponent("examples/sumbar-2023") }
    static var sulbar: URL { repository.appendingPathComponent("examples/sulbar-2022") }
    /// A perangkat daerah of an invented kabupaten (Program > Kegiatan > Sub Kegiatan).
    static var dinkes: URL { repository.appendingPathComponent("examples/dinkes-lembah-sari-2025") }
    /// A Kantor Wilayah of the Kementerian Hukum after the split of October 2024.
    static var kemenkum: URL { repository.appendingPathComponent("examples/kanwil-kemenkum-bengkulu-2025") }
    /// Every bundled example.
    static var examples: [URL] { [sumbar, sulbar, dinkes, kemenkum] }
    static var templates: URL { repository.appendingPathComponent("templates") }
    static var assets: URL { repository.appendingPathComponent("assets") }
    static var schemas: URL { repository.appendingPathComponent("schema") }
    static var seed: URL { repository.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_5c8fa75ccd183109.txt") }

    static func temporaryDirectory(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lkjip-tests-\(name.filter { $0.isLetter || $0.isNumber }.prefix(40))-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func request(data: URL, output: URL, formats: [OutputFormat] = [.docx, .html], layout: Bool = false, strict: Bool = false, reference: URL? = nil) -> BuildRequest {
        BuildRequest(dataDirectory: data, outputDirectory: output, formats: formats, templatesDirectory: templates, assetsDirectory: assets,
                     strict: strict, layoutPass: layout, referenceDocument: reference)
    }

    /// Copies a data directory so a test can change it without touching the repository.
    static func copy(_ source: URL, name: String = #function) throws -> URL {
        let target = try temporaryDirectory(name).appendingPathComponent("data")
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    /// Replaces `old` by `new` in a file of a copied data directory; fails when `old` is absent.
    static func edit(_ directory: URL, _ file: String, replacing old: String, with new: String, line: UInt = #line) throws {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(file) does not contain \(old)", line: line)
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    static func append(_ directory: URL, _ file: String, _ text: String) throws {
        let url = directory.appendingPathComponent(file)
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        try Data((existing + text).utf8).write(to: url)
    }

    static func write(_ directory: URL, _ file: String, _ text: String) throws {
        let url = directory.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every file under `directory` with its bytes, for "nothing changed" assertions.
    static func snapshot(_ directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return files }
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[String(url.path.dropFirst(directory.path.count))] = (try? Data(contentsOf: url)) ?? Data() }
        }
        return files
    }

    /// Names in a directory that a run must never leave behind.
    static func debris(_ directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasPrefix(".lkjip") || $0.hasSuffix(".tmp") }
    }
}

/// Runs the built `lkjip` executable, to test what a user sees: exit status, stdout, stderr.
enum LKjIPProcess {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// `swift test` builds the executable next to the test bundle (the running xctest
    /// binary); the one under test, whatever the scratch path, never another checkout's.
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("lkjip"),
            Bundle.main.bundleURL.appendingPathComponent("lkjip"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("lkjip"),
            Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("lkjip"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? Fixtures.repository.appendingPathComponent(".build/debug/lkjip")
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Fixtures.repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { box.data = error.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self), standardError: String(decoding: box.data, as: UTF8.self))
    }

    private final class Marker {}
}
