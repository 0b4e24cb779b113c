import Foundation
import LKjIP
import TestSupport
import XCTest

/// Issue 26: `lkjip init` and `init --from` never touch what is not theirs. The source is
/// only read, links inside it are copied as files, FIFOs and huge files are skipped, the new
/// directory cannot lie inside the source, and it appears whole or not at all.
final class InitSafetyTests: XCTestCase {
    /// LAST whose data files are absolute links to files inside LAST (as a sync tool or a
    /// careful officer might arrange): NEXT gets real files, and LAST keeps its year 2024
    /// and its narasi as they were.
    func testAbsoluteLinksInsideTheSourceAreCopiedAsFiles() throws {
        let last = try MiniData.write()
        let store = last.appendingPathComponent("arsip")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        for name in ["instansi.yaml", "narasi/kata-pengantar.md", "realisasi/pelayanan.yaml"] {
            let real = store.appendingPathComponent(name.replacingOccurrences(of: "/", with: "-"))
            try FileManager.default.moveItem(at: last.appendingPathComponent(name), to: real)
            try FileManager.default.createSymbolicLink(atPath: last.appendingPathComponent(name).path, withDestinationPath: real.path)
        }
        // A link to outside the source is not followed at all.
        let outside = try HostileDoors.victim(in: last.deletingLastPathComponent(), "luar.png")
        try FileManager.default.createSymbolicLink(at: last.appendingPathComponent("luar.png"), withDestinationURL: outside)
        XCTAssertEqual(try LKjIPProcess.run(["check", last.path]).status, 0)
        let before = Fixtures.snapshot(last)
        let next = last.deletingLastPathComponent().appendingPathComponent("next")
        let result = try HostileDoors.run(["init", next.path, "--from", last.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(Fixtures.snapshot(last), before, "the source is read-only to init --from")
        XCTAssertTrue(try String(contentsOf: last.appendingPathComponent("instansi.yaml"), encoding: .utf8).contains("tahun: 2024"))
        HostileDoors.assertUntouched(outside)
        for name in ["instansi.yaml", "narasi/kata-pengantar.md", "realisasi/pelayanan.yaml"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: next.appendingPathComponent(name).path)
            XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular, name)
        }
        XCTAssertTrue(try String(contentsOf: next.appendingPathComponent("instansi.yaml"), encoding: .utf8).contains("tahun: 2025"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: next.appendingPathComponent("luar.png").path))
        XCTAssertTrue(result.standardError.contains("luar.png (a link to outside the data directory)"), result.standardError)
    }

    /// `init LAST/next --from LAST` would copy itself level after level: refused before
    /// anything is written.
    func testNewDirectoryInsideTheSourceIsRefused() throws {
        let last = try MiniData.write()
        let before = Fixtures.snapshot(last)
        for target in [last.appendingPathComponent("next"), last.appendingPathComponent("a/b/next"), last] {
            let result = try HostileDoors.run(["init", target.path, "--from", last.path])
            XCTAssertEqual(result.status, 1, result.standardError)
            XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, result.standardError)
            HostileDoors.assertReadable(result.standardError)
            XCTAssertEqual(Fixtures.snapshot(last), before)
        }
        // Through a link to the source's parent, too.
        let alias = last.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("alias-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: last)
        defer { try? FileManager.default.removeItem(at: alias) }
        let result = try HostileDoors.run(["init", alias.appendingPathComponent("next").path, "--from", last.path])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.standardError.contains("lies inside"), result.standardError)
        XCTAssertEqual(Fixtures.snapshot(last), before)
    }

    /// A FIFO anywhere in LAST (it used to hang `init` for good) and a 3 GiB sparse picture
    /// (copied in full before) are skipped and named; the run finishes.
    func testFifoAndHugeSparseFileAreSkipped() throws {
        let last = try MiniData.write()
        try FileManager.default.createDirectory(at: last.appendingPathComponent("foto"), withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(last.appendingPathComponent("foto/pipa.png").path, 0o644), 0)
        XCTAssertEqual(mkfifo(last.appendingPathComponent("catatan.yaml.fifo").path, 0o644), 0)
        let sparse = last.appendingPathComponent("foto/besar.png")
        XCTAssertTrue(FileManager.default.createFile(atPath: sparse.path, contents: Data([0x89, 0x50, 0x4E, 0x47])))
        XCTAssertEqual(truncate(sparse.path, 3 << 30), 0)
        try Data(HostileInputTests.png(width: 4, height: 4)).write(to: last.appendingPathComponent("foto/kecil.png"))
        let next = last.deletingLastPathComponent().appendingPathComponent("next")
        let result = try HostileDoors.run(["init", next.path, "--from", last.path], limit: 120)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardError.contains("foto/pipa.png (not a regular file)"), result.standardError)
        XCTAssertTrue(result.standardError.contains("foto/besar.png (3072 MiB"), result.standardError)
        HostileDoors.assertReadable(result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: next.appendingPathComponent("foto/pipa.png").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: next.appendingPathComponent("foto/besar.png").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: next.appendingPathComponent("foto/kecil.png").path))
    }

    /// Killed at random moments, `init --from` leaves either no new directory or a complete
    /// one (never a half-converted copy), and the next run clears what the killed one left.
    func testKilledInitLeavesNothingOrAWholeDirectory() throws {
        let last = try MiniData.write()
        let parent = last.deletingLastPathComponent()
        let next = parent.appendingPathComponent("next")
        var generator = SystemRandomNumberGenerator()
        var whole = 0, none = 0
        for _ in 0..<8 {
            try? FileManager.default.removeItem(at: next)
            let process = Process()
            process.executableURL = LKjIPProcess.executable
            process.arguments = ["init", next.path, "--from", last.path]
            process.currentDirectoryURL = Fixtures.repository
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...400_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: next.path) {
                whole += 1
                XCTAssertTrue(try String(contentsOf: next.appendingPathComponent("instansi.yaml"), encoding: .utf8).contains("tahun: 2025"))
                XCTAssertTrue(try String(contentsOf: next.appendingPathComponent("narasi/kesimpulan.md"), encoding: .utf8).hasPrefix("<!--"))
            } else {
                none += 1
            }
        }
        try? FileManager.default.removeItem(at: next)
        XCTAssertEqual(try LKjIPProcess.run(["init", next.path, "--from", last.path]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.hasPrefix(".lkjip") }, [], "the next run removes what killed runs left")
        XCTAssertEqual(whole + none, 8)
    }

    /// The skeleton goes the same way: into a new or empty directory, never over a file.
    func testSkeletonIntoAnEmptyDirectoryAndNeverOverAFile() throws {
        let root = try Fixtures.temporaryDirectory()
        let empty = root.appendingPathComponent("kosong")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try LKjIPProcess.run(["init", empty.path]).status, 0)
        XCTAssertEqual(try LKjIPProcess.run(["check", empty.path]).status, 0)
        let result = try LKjIPProcess.run(["init", empty.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("is not empty"), result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["kosong"])
    }
}
