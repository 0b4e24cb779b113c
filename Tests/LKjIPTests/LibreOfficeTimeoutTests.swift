import Foundation
import LKjIP
import TestSupport
import XCTest

/// Issue 26: LibreOffice is somebody else's program. A `soffice` that never answers and a
/// LibreOffice frozen in the middle of a layout are stopped after the time-out with a
/// message (and notes on the way), the earlier set of files stays, nothing is left behind,
/// and the next run does not wait. LibreOffice's temporaries go into the run's own folder
/// and its sockets in /tmp are removed.
final class LibreOfficeTimeoutTests: XCTestCase {
    func requirePDFTools() throws {
        _ = try ToolCheck.require(LibreOffice.isAvailable && LibreOffice.hasPoppler ? true : nil, "LibreOffice with python3-uno and poppler")
    }

    /// A fake `soffice` first on PATH that never answers.
    func testSilentSofficeIsStoppedAfterTheTimeOut() throws {
        try requirePDFTools()
        let data = try MiniData.write()
        let root = data.deletingLastPathComponent()
        let output = root.appendingPathComponent("out")
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status, 0)
        let before = Fixtures.snapshot(output)
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let marker = "lkjip-fake-soffice-\(UUID().uuidString.prefix(8))"
        try Data("#!/bin/bash\nexec -a \(marker) sleep 100000\n".utf8).write(to: bin.appendingPathComponent("soffice"))
        XCTAssertEqual(chmod(bin.appendingPathComponent("soffice").path, 0o755), 0)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try HostileDoors.run(["build", data.path, "-o", output.path, "--format", "docx,pdf"], limit: 120,
                                          environment: ["PATH": path, "LKJIP_LIBREOFFICE_TIMEOUT": "6"])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.standardError.contains("starting LibreOffice"), result.standardError)
        XCTAssertTrue(result.standardError.contains("LibreOffice is still working to start"), "progress on the way: \(result.standardError)")
        XCTAssertTrue(result.standardError.contains("LibreOffice did not manage to start within 6 s and was stopped; nothing was written"), result.standardError)
        XCTAssertTrue(result.standardError.contains("LKJIP_LIBREOFFICE_TIMEOUT"))
        HostileDoors.assertReadable(result.standardError)
        XCTAssertEqual(Fixtures.snapshot(output), before)
        XCTAssertEqual(Fixtures.debris(output), [])
        XCTAssertFalse(Self.processes().contains { $0.contains(marker) }, "the fake soffice was stopped")
        // The lock is free: the next run goes through at once.
        XCTAssertEqual(try HostileDoors.run(["build", data.path, "-o", output.path, "--no-layout"], limit: 60).status, 0)
    }

    /// LibreOffice stopped (SIGSTOP) in the middle of a run: the run gives up after the
    /// time-out, kills it, keeps the earlier files, and leaves no LibreOffice, no temporary
    /// and no socket behind.
    func testFrozenLibreOfficeIsStopped() throws {
        try requirePDFTools()
        let data = try MiniData.write()
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status, 0)
        let before = Fixtures.snapshot(output)
        let process = Process()
        process.executableURL = LKjIPProcess.executable
        process.arguments = ["build", data.path, "-o", output.path, "--format", "docx,pdf"]
        process.environment = ProcessInfo.processInfo.environment.merging(["LKJIP_LIBREOFFICE_TIMEOUT": "40"]) { $1 }
        process.currentDirectoryURL = Fixtures.repository
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Freeze the soffice.bin whose profile lies in this output folder.
        var frozen: Int32?
        let deadline = Date().addingTimeInterval(60)
        while frozen == nil && Date() < deadline && process.isRunning {
            frozen = Self.processIDs { $0.contains("soffice.bin") && $0.contains(output.path) }.first
            if frozen == nil { usleep(100_000) }
        }
        let pid = try XCTUnwrap(frozen, "LibreOffice did not start")
        XCTAssertEqual(kill(pid, SIGSTOP), 0)
        let stopped = Date()
        let log = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: log, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 1, text)
        XCTAssertTrue(text.contains("within 40 s and was stopped"), text)
        XCTAssertLessThan(Date().timeIntervalSince(stopped), 200, "guard: the time-out must end the run")
        usleep(500_000)
        XCTAssertEqual(Self.processIDs { $0.contains(output.path) }, [], "the frozen LibreOffice was killed")
        XCTAssertEqual(Fixtures.snapshot(output), before)
        XCTAssertEqual(Fixtures.debris(output), [])
    }

    /// In a mount namespace with a private, empty /tmp (we are root in CI): after a PDF
    /// build, that /tmp is empty again — LibreOffice's temporaries went into the run's work
    /// folder (TMPDIR) and its two sockets were removed — and so is the run's TMPDIR.
    func testLibreOfficeLeavesNothingInTheTemporaryFolders() throws {
        try requirePDFTools()
        guard let unshare = ToolCheck.find("unshare"), getuid() == 0 else {
            _ = try ToolCheck.require(nil as URL?, "unshare as root")
            return
        }
        // Outside /tmp, since /tmp is replaced in the namespace.
        let root = URL(fileURLWithPath: "/var/tmp/lkjip-tmp-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        for (file, text) in MiniData.files { try Fixtures.write(data, file, text) }
        let own = root.appendingPathComponent("own-tmp")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        let script = """
        set -e
        mount -t tmpfs lkjip-tmp /tmp
        TMPDIR=\(own.path) "\(LKjIPProcess.executable.path)" build "\(data.path)" -o "\(root.path)/out" --format docx,pdf --templates "\(Fixtures.templates.path)" --assets "\(Fixtures.assets.path)" >/dev/null 2>"\(root.path)/log"
        ls -A /tmp
        """
        let result = try ToolCheck.run(unshare, ["-m", "--propagation", "private", "sh", "-c", script])
        XCTAssertEqual(result.status, 0, result.standardError + ((try? String(contentsOf: root.appendingPathComponent("log"), encoding: .utf8)) ?? ""))
        XCTAssertEqual(result.standardOutput, "", "left in /tmp")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: own.path), [], "left in the run's TMPDIR")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/LKjIP-Kanwil-Contoh-2024.pdf").path))
        XCTAssertEqual(Fixtures.debris(root.appendingPathComponent("out")), [])
    }

    /// Command lines of running processes.
    static func processes() -> [String] {
        processIDs { _ in true }.compactMap { pid in
            (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))).map { String(decoding: $0.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self) }
        }
    }

    static func processIDs(where matches: (String) -> Bool) -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }.filter { pid in
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")) else { return false }
            return matches(String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self))
        }
    }
}
