import Foundation
import LKjIP
import TestSupport
import XCTest

/// Issue 12: hostile data and faults. Each case runs the real `lkjip` executable on a small
/// valid office (`MiniData`) with one thing broken, into an output folder that already holds
/// a complete earlier set, and asserts:
/// - the exit status;
/// - that the message names the data file and key (and escapes what it quotes);
/// - that the earlier set is untouched and nothing else was written;
/// - that no temporary file is left behind.
final class HostileInputTests: XCTestCase {
    // MARK: - Harness

    struct Attempt {
        let result: LKjIPProcess.Result
        let output: URL
    }

    /// Builds the valid office into `out` first, then runs `command` on `data` into the same
    /// folder, and checks the refusal.
    @discardableResult
    func assertRefused(_ data: URL, mentioning parts: [String], command: String = "build", file: StaticString = #filePath, line: UInt = #line) throws -> Attempt {
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        let good = try MiniData.write(name: "good-\(line)")
        let first = try LKjIPProcess.run([command, good.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(first.status, 0, "the valid office must build: \(first.standardError)", file: file, line: line)
        let before = Fixtures.snapshot(output)
        XCTAssertFalse(before.isEmpty, file: file, line: line)

        let result = try LKjIPProcess.run([command, data.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(result.status, 1, "expected a refusal:\n\(result.standardError)", file: file, line: line)
        for part in parts {
            XCTAssertTrue(result.standardError.contains(part), "stderr lacks \(part):\n\(result.standardError.prefix(3000))", file: file, line: line)
        }
        assertReadable(result.standardError, file: file, line: line)
        XCTAssertEqual(Fixtures.snapshot(output), before, "the earlier set must be untouched and nothing added", file: file, line: line)
        XCTAssertEqual(Fixtures.debris(output), [], file: file, line: line)
        return Attempt(result: result, output: output)
    }

    /// A message a terminal shows safely: no control character but newline, no quoted input
    /// longer than a line, not the whole file.
    func assertReadable(_ text: String, limit: Int = 20_000, file: StaticString = #filePath, line: UInt = #line) {
        let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
        XCTAssertEqual(controls.map { String($0.value, radix: 16) }, [], "raw control characters reach the terminal", file: file, line: line)
        XCTAssertLessThan(text.utf8.count, limit, "the message is too long", file: file, line: line)
        for messageLine in text.split(separator: "\n") {
            XCTAssertLessThan(messageLine.count, 2_000, "one message line quotes too much: \(messageLine.prefix(200))…", file: file, line: line)
        }
        XCTAssertFalse(text.contains("NSCocoaErrorDomain"), file: file, line: line)
        XCTAssertFalse(text.contains("templates must be fixed"), "a data problem is blamed on the templates", file: file, line: line)
    }

    func pk(_ old: String, _ new: String) -> [String: String?] {
        ["pk/pelayanan.yaml": MiniData.file("pk/pelayanan.yaml", replacing: old, with: new)]
    }

    // MARK: - 1. Numbers have ranges; nothing crashes and nothing prints NaN

    func testHugeTargetIsTooLarge() throws {
        let data = try MiniData.write(replacing: pk("target: 90", "target: 1e308"))
        try assertRefused(data, mentioning: ["pk/pelayanan.yaml:", "sasaran_kegiatan[0].indikator[0].target: error:", "too large"])
    }

    func testHugeRealisasiIsTooLarge() throws {
        let data = try MiniData.write(replacing: ["realisasi/pelayanan.yaml": MiniData.file("realisasi/pelayanan.yaml", replacing: "nilai: 95", with: "nilai: 9.2e18")])
        try assertRefused(data, mentioning: ["realisasi/pelayanan.yaml:", "realisasi[0].nilai: error:", "too large"])
    }

    func testThirtyDigitNumberIsRefusedNotRounded() throws {
        let data = try MiniData.write(replacing: ["realisasi/pelayanan.yaml": MiniData.file("realisasi/pelayanan.yaml", replacing: "nilai: 95", with: "nilai: 123456789012345678901234567890")])
        try assertRefused(data, mentioning: ["realisasi/pelayanan.yaml:", "realisasi[0].nilai: error:"])
    }

    func testBudgetsWhoseSumOverflowsAreTooLargeInCheckBuildAndDiff() throws {
        let text = MiniData.file("pk/pelayanan.yaml", replacing: "anggaran: 2000000000", with: "anggaran: 9000000000000000000")
            .replacingOccurrences(of: "    program: true\n", with: "    program: true\n    anggaran: 9000000000000000000\n")
        let data = try MiniData.write(replacing: ["pk/pelayanan.yaml": text])
        try assertRefused(data, mentioning: ["kegiatan[1].anggaran: error:", "too large"])
        let check = try LKjIPProcess.run(["check", data.path])
        XCTAssertEqual(check.status, 1)
        let good = try MiniData.write(name: "diff-base")
        let diff = try LKjIPProcess.run(["diff", good.path, data.path])
        XCTAssertTrue([0, 1].contains(diff.status), "diff must not crash: \(diff.status) \(diff.standardError)")
        assertReadable(diff.standardOutput + diff.standardError)
    }

    func testEmployeeCountAtIntMaxIsTooLarge() throws {
        let data = try MiniData.write(replacing: ["organisasi.yaml": MiniData.file("organisasi.yaml", replacing: "laki_laki: 90", with: "laki_laki: 9223372036854775807")])
        try assertRefused(data, mentioning: ["organisasi.yaml:", "satker[1].laki_laki: error:", "too large"])
    }

    func testDecimalPlacesOutOfRange() throws {
        let text = MiniData.file("pk/pelayanan.yaml", replacing: "target: 90\n", with: "target: 90\n        desimal: 1000000000000\n")
            .replacingOccurrences(of: "target: 10\n", with: "target: 10\n        desimal: -5\n")
        let data = try MiniData.write(replacing: ["pk/pelayanan.yaml": text])
        try assertRefused(data, mentioning: ["sasaran_kegiatan[0].indikator[0].desimal: error:", "too large",
                                             "sasaran_kegiatan[0].indikator[1].desimal: error:"])
    }

    func testTinyTargetIsRefusedRatherThanPrintedAsNaN() throws {
        let data = try MiniData.write(replacing: pk("target: 90", "target: 1e-200"))
        try assertRefused(data, mentioning: ["sasaran_kegiatan[0].indikator[0].target: error:"])
    }

    func testHexadecimalIsNotANumber() throws {
        let data = try MiniData.write(replacing: pk("target: 90", "target: 0x10"))
        try assertRefused(data, mentioning: ["sasaran_kegiatan[0].indikator[0].target: error:", "0x10"])
    }

    func testNegativeTargetIsRefused() throws {
        let data = try MiniData.write(replacing: pk("target: 90", "target: -76"))
        try assertRefused(data, mentioning: ["sasaran_kegiatan[0].indikator[0].target: error:"])
    }

    /// The largest values the ranges allow still print as numbers.
    func testExtremeValidValuesPrintNoNaN() throws {
        var data = try MiniData.write(replacing: pk("target: 90", "target: 1000000000000000"))
        try Fixtures.edit(data, "realisasi/pelayanan.yaml", replacing: "nilai: 95", with: "nilai: 0.000001")
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let page = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        // Pictures are embedded as base64, where any letters may occur; only the text counts.
        let html = page.replacingOccurrences(of: #"data:[^"')\s]+"#, with: "", options: .regularExpression)
        for bad in ["NaN", "nan%", ">inf", "Infinity"] { XCTAssertFalse(html.contains(bad), bad) }
        XCTAssertTrue(html.contains("1.000.000.000.000.000%"), "the target prints whole")
        data = output
    }

    // MARK: - 2. Data cannot pull in files from outside

    func testSignatureOutsideTheDataDirectory() throws {
        let secret = try Fixtures.temporaryDirectory().appendingPathComponent("secret.png")
        try Self.png(width: 10, height: 10).write(to: secret)
        let data = try MiniData.write(replacing: ["pejabat.yaml": MiniData.file("pejabat.yaml", replacing: "    jabatan_singkat: Kepala Kantor Wilayah\n", with: "    jabatan_singkat: Kepala Kantor Wilayah\n    ttd: ../../\(secret.deletingLastPathComponent().lastPathComponent)/secret.png\n")])
        try assertRefused(data, mentioning: ["pejabat.yaml:", "pejabat[0].ttd: error:", "leaves the data directory"])
    }

    func testAbsoluteLogoPath() throws {
        let data = try MiniData.write(replacing: ["instansi.yaml": MiniData.file("instansi.yaml", replacing: "  kepala: kakanwil\n", with: "  kepala: kakanwil\n  logo: /etc/hostname\n")])
        try assertRefused(data, mentioning: ["instansi.yaml:", "instansi.logo: error:", "expected a path relative to the data directory"])
    }

    func testLinkInsideTheDataDirectoryPointingOutside() throws {
        let outside = try Fixtures.temporaryDirectory().appendingPathComponent("outside.png")
        try Self.png(width: 10, height: 10).write(to: outside)
        let data = try MiniData.write(replacing: ["instansi.yaml": MiniData.file("instansi.yaml", replacing: "  kepala: kakanwil\n", with: "  kepala: kakanwil\n  logo: gambar/logo.png\n")])
        try FileManager.default.createDirectory(at: data.appendingPathComponent("gambar"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: data.appendingPathComponent("gambar/logo.png"), withDestinationURL: outside)
        try assertRefused(data, mentioning: ["instansi.yaml:", "instansi.logo: error:", "outside the data directory"])
    }

    /// "not found" and "not a picture" must not tell apart whether an outside path exists.
    func testRefusedPathsDoNotRevealWhetherAFileExists() throws {
        func message(_ path: String) throws -> String {
            let data = try MiniData.write(replacing: ["instansi.yaml": MiniData.file("instansi.yaml", replacing: "  kepala: kakanwil\n", with: "  kepala: kakanwil\n  logo: \(path)\n")], name: "reveal-\(path.count)")
            let result = try LKjIPProcess.run(["check", data.path])
            return result.standardOutput.split(separator: "\n").first { $0.contains("instansi.logo") }.map(String.init) ?? ""
        }
        let existing = try message("../../../../../../etc/hostname")
        let missing = try message("../../../../../../etc/no-such-file")
        XCTAssertFalse(existing.isEmpty)
        XCTAssertEqual(existing.replacingOccurrences(of: "hostname", with: "X"), missing.replacingOccurrences(of: "no-such-file", with: "X"))
    }

    /// Issue 26: a picture under a folder that is a link to outside says "lies outside" for a
    /// file that exists there and for one that does not — for `ttd` and for a Markdown
    /// picture alike — so data cannot probe the machine.
    func testPictureUnderALinkedFolderDoesNotRevealWhetherItExists() throws {
        let outside = try Fixtures.temporaryDirectory("outside-pictures")
        try Self.png(width: 10, height: 10).write(to: outside.appendingPathComponent("ada.png"))
        func messages(_ name: String) throws -> [String] {
            let pejabat = MiniData.file("pejabat.yaml", replacing: "    jabatan_singkat: Kepala Kantor Wilayah\n", with: "    jabatan_singkat: Kepala Kantor Wilayah\n    ttd: gambar/\(name)\n")
            let data = try MiniData.write(replacing: ["pejabat.yaml": pejabat, "narasi/kesimpulan.md": "Foto kegiatan.\n\n![Kegiatan](gambar/\(name))\n"], name: "linked-\(name)")
            try FileManager.default.createSymbolicLink(at: data.appendingPathComponent("gambar"), withDestinationURL: outside)
            let result = try LKjIPProcess.run(["check", data.path])
            XCTAssertEqual(result.status, 1)
            return (result.standardOutput + result.standardError).split(separator: "\n").filter { $0.contains("gambar/") }.map { $0.replacingOccurrences(of: name, with: "X") }
        }
        let existing = try messages("ada.png"), missing = try messages("tidak-ada.png")
        XCTAssertEqual(existing.count, 2, "\(existing)")
        XCTAssertEqual(existing, missing)
        XCTAssertTrue(existing.allSatisfy { $0.contains("lies outside the data directory") }, "\(existing)")
    }

    // MARK: - 3. Temporary files are created safely

    func testPlantedLinkAtAnOutputNameIsReplacedNotFollowed() throws {
        let data = try MiniData.write()
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let victim = data.deletingLastPathComponent().appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let html = output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html")
        try FileManager.default.createSymbolicLink(at: html, withDestinationURL: victim)
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "precious")
        let attributes = try FileManager.default.attributesOfItem(atPath: html.path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular)
        XCTAssertEqual(Fixtures.debris(output), [])
    }

    func testPlantedTemporaryNamesAreRemovedNotFollowed() throws {
        let data = try MiniData.write()
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let victim = data.deletingLastPathComponent().appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        for name in [".lkjip-0123456789abcdef.tmp", ".lkjip-journal", ".lkjip-fedcba9876543210.bak"] {
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent(name), withDestinationURL: victim)
        }
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "precious")
        XCTAssertEqual(Fixtures.debris(output), [])
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: output.path)), ["LKjIP-Kanwil-Contoh-2024.docx", "LKjIP-Kanwil-Contoh-2024.html"])
    }

    // MARK: - 4. A set of outputs is all old or all new

    func testATargetThatIsADirectoryKeepsTheWholeOldSet() throws {
        let data = try MiniData.write()
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--format", "docx"]).status, 0)
        try FileManager.default.createDirectory(at: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), withIntermediateDirectories: false)
        let before = Fixtures.snapshot(output)
        try Fixtures.edit(data, "narasi/kata-pengantar.md", replacing: "Puji syukur", with: "Puji syukur baru")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("LKjIP-Kanwil-Contoh-2024.html: it is not a file; nothing was written"), result.standardError)
        XCTAssertEqual(Fixtures.snapshot(output), before, "the old .docx must stay beside the old .html")
        XCTAssertEqual(Fixtures.debris(output), [])
    }

    func testIdsThatAreNotFileNamesAreRefused() throws {
        let organisasi = MiniData.file("organisasi.yaml", replacing: "  - id: pelayanan", with: "  - id: a/b")
        let data = try MiniData.write(replacing: ["organisasi.yaml": organisasi])
        try assertRefused(data, mentioning: ["organisasi.yaml:", "divisi[1].id: error:"], command: "annex")
    }

    func testTwoReportsOfOneCommandWithTheSameFileNames() throws {
        let first = try MiniData.write(name: "same-a")
        let second = try MiniData.write(name: "same-b")
        try Fixtures.edit(second, "narasi/kata-pengantar.md", replacing: "Puji syukur", with: "KEDUA")
        let output = first.deletingLastPathComponent().appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", first.path, second.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("two reports of this run would both be written as"), result.standardError)
        try assertConsistentSet(output)
        XCTAssertEqual(Fixtures.debris(output), [])
    }

    /// Two runs into one folder at once: the lock makes the second wait, so the folder always
    /// holds the docx and html of one run.
    func testConcurrentBuildsIntoOneFolderLeaveOneConsistentSet() throws {
        let (a, b) = try markedPair()
        let output = a.deletingLastPathComponent().appendingPathComponent("out")
        for _ in 0..<12 {
            let group = DispatchGroup()
            final class Box: @unchecked Sendable { var statuses: [Int32] = [] ; let lock = NSLock() }
            let box = Box()
            for data in [a, b] {
                group.enter()
                DispatchQueue.global().async {
                    let status = (try? LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status) ?? -1
                    box.lock.lock(); box.statuses.append(status); box.lock.unlock()
                    group.leave()
                }
            }
            group.wait()
            XCTAssertEqual(box.statuses, [0, 0])
            try assertConsistentSet(output)
            XCTAssertEqual(Fixtures.debris(output), [])
        }
    }

    // MARK: - 5. No debris; kills leave the old or the new set

    /// `kill -9` at random moments of `build` and `annex`, alternating two versions of the
    /// data: after every kill the folder holds one whole set (the next run first rolls back an
    /// interrupted commit), and no temporary file survives the next run.
    func testKillNineAtRandomMomentsLeavesAWholeSet() throws {
        let rounds = Int(ProcessInfo.processInfo.environment["LKJIP_KILL_ROUNDS"] ?? "") ?? 200
        let (a, b) = try markedPair()
        let output = a.deletingLastPathComponent().appendingPathComponent("out")
        let annexOutput = a.deletingLastPathComponent().appendingPathComponent("annex")
        XCTAssertEqual(try LKjIPProcess.run(["build", a.path, "-o", output.path, "--no-layout"]).status, 0)
        XCTAssertEqual(try LKjIPProcess.run(["annex", a.path, "-o", annexOutput.path, "--no-layout"]).status, 0)
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        for round in 0..<rounds {
            let data = round % 2 == 0 ? b : a
            let annex = round % 4 >= 2
            let process = Process()
            process.executableURL = LKjIPProcess.executable
            process.arguments = [annex ? "annex" : "build", data.path, "-o", (annex ? annexOutput : output).path, "--no-layout"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...250_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            // The next run (a `check` does not touch outputs, so a build of the same data is used)
            // recovers; the state it recovers to must be a whole set.
            let folder = annex ? annexOutput : output
            let recovery = try LKjIPProcess.run([annex ? "annex" : "build", data.path, "-o", folder.path, "--no-layout"])
            XCTAssertEqual(recovery.status, 0, recovery.standardError)
            try assertConsistentSet(output)
            try assertConsistentAnnexes(annexOutput)
            XCTAssertEqual(Fixtures.debris(output) + Fixtures.debris(annexOutput), [], "round \(round)")
        }
        XCTAssertGreaterThan(killedMidway, rounds / 4, "most kills should land during a run")
    }

    /// The state a kill between two renames leaves (one new file in place, one old; backups
    /// and the journal present) is rolled back by the next run that takes the lock.
    func testAnInterruptedCommitIsRolledBackByTheNextRun() throws {
        let folder = try Fixtures.temporaryDirectory()
        try Data("old docx".utf8).write(to: folder.appendingPathComponent("r.docx"))
        try Data("old html".utf8).write(to: folder.appendingPathComponent("r.html"))
        // Commit in progress: backups linked, the new docx renamed into place, html not yet.
        XCTAssertEqual(link(folder.appendingPathComponent("r.docx").path, folder.appendingPathComponent(".lkjip-aaaa.bak").path), 0)
        XCTAssertEqual(link(folder.appendingPathComponent("r.html").path, folder.appendingPathComponent(".lkjip-bbbb.bak").path), 0)
        try Data("new docx".utf8).write(to: folder.appendingPathComponent(".lkjip-cccc.tmp"))
        try Data("new html".utf8).write(to: folder.appendingPathComponent(".lkjip-dddd.tmp"))
        XCTAssertEqual(rename(folder.appendingPathComponent(".lkjip-cccc.tmp").path, folder.appendingPathComponent("r.docx").path), 0)
        try Data("r.docx\t.lkjip-aaaa.bak\t.lkjip-cccc.tmp\nr.html\t.lkjip-bbbb.bak\t.lkjip-dddd.tmp\n".utf8).write(to: folder.appendingPathComponent(".lkjip-journal"))

        _ = try OutputSet(directory: folder)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("r.docx"), encoding: .utf8), "old docx")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8), "old html")
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), ["r.docx", "r.html"])
    }

    func testSigtermDuringABuildLeavesNoTemporary() throws {
        let output = try Fixtures.temporaryDirectory().appendingPathComponent("out")
        for delay in [50_000, 150_000, 300_000] as [UInt32] {
            let process = Process()
            process.executableURL = LKjIPProcess.executable
            process.arguments = ["build", Fixtures.sumbar.path, "-o", output.path, "--no-layout"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            process.terminate()
            process.waitUntilExit()
            XCTAssertEqual(Fixtures.debris(output), [], "after SIGTERM at \(delay) µs")
        }
    }

    func testStaleTemporariesAndWorkFoldersOfDeadRunsAreRemoved() throws {
        let data = try MiniData.write()
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".lkjip-work-0123456789abcdef/profile"), withIntermediateDirectories: true)
        try Data(repeating: 0, count: 100_000).write(to: output.appendingPathComponent(".lkjip-89abcdef01234567.tmp"))
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status, 0)
        XCTAssertEqual(Fixtures.debris(output), [])
    }

    // MARK: - 6. Resource limits

    func testAliasBombIsRefusedQuicklyAndBlamedOnTheDataFile() throws {
        var bomb = "a: &a [\"\(String(repeating: "x", count: 1000))\"]\n"
        for level in 1...20 { bomb += "l\(level): &l\(level) [*\(level == 1 ? "a" : "l\(level - 1)"), *\(level == 1 ? "a" : "l\(level - 1)")]\n" }
        let data = try MiniData.write(replacing: ["renstra.yaml": bomb])
        let started = Date()
        try assertRefused(data, mentioning: ["renstra.yaml:", "alias"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "a refusal must not expand the aliases")
    }

    func testLinkToAHugeFileIsRefusedWithoutReadingIt() throws {
        let huge = try Fixtures.temporaryDirectory().appendingPathComponent("huge.md")
        XCTAssertTrue(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let data = try MiniData.write()
        try FileManager.default.removeItem(at: data.appendingPathComponent("narasi/kesimpulan.md"))
        try FileManager.default.createSymbolicLink(at: data.appendingPathComponent("narasi/kesimpulan.md"), withDestinationURL: huge)
        try assertRefused(data, mentioning: ["narasi/kesimpulan.md"])
    }

    func testPictureLargerThanTheLimit() throws {
        var bytes = Self.png(width: 100, height: 100)
        bytes.append(Data(repeating: 0x41, count: 9 * 1024 * 1024))
        let data = try MiniData.write(replacing: ["instansi.yaml": MiniData.file("instansi.yaml", replacing: "  kepala: kakanwil\n", with: "  kepala: kakanwil\n  logo: logo.png\n")])
        try bytes.write(to: data.appendingPathComponent("logo.png"))
        try assertRefused(data, mentioning: ["instansi.yaml:", "instansi.logo: error:", "too large"])
    }

    func testPictureClaimingAHugeExtent() throws {
        let data = try MiniData.write(replacing: ["instansi.yaml": MiniData.file("instansi.yaml", replacing: "  kepala: kakanwil\n", with: "  kepala: kakanwil\n  logo: logo.png\n")])
        try Self.png(width: 1, height: 2_147_483_647).write(to: data.appendingPathComponent("logo.png"))
        try assertRefused(data, mentioning: ["instansi.yaml:", "instansi.logo: error:"])
    }

    func testHugeNarasiFile() throws {
        let data = try MiniData.write(replacing: ["narasi/kesimpulan.md": String(repeating: "Kalimat panjang yang diulang. ", count: 80_000)])
        try assertRefused(data, mentioning: ["narasi/kesimpulan.md", "too large"])
    }

    func testHugeTextValue() throws {
        let long = String(repeating: "panjang ", count: 40_000)
        let data = try MiniData.write(replacing: ["renstra.yaml": MiniData.file("renstra.yaml", replacing: "tata_nilai: Berorientasi pelayanan.", with: "tata_nilai: \(long)")])
        try assertRefused(data, mentioning: ["renstra.yaml:", "tata_nilai: error:", "too large"])
    }

    // MARK: - 7. Messages a person can act on

    func testDuplicateKeyQuotesOneLineNotTheFile() throws {
        let instansi = MiniData.file("instansi.yaml", replacing: "  tahun: 2024\n", with: "  tahun: 2024\n  tahun: 2025\n")
        let attempt = try assertRefused(try MiniData.write(replacing: ["instansi.yaml": instansi]), mentioning: ["instansi.yaml:11:3", "duplicate key `tahun`"])
        XCTAssertFalse(attempt.result.standardError.contains("Jalan Merdeka"), "the file must not be printed")
    }

    func testEveryTypeErrorOfAFileIsReported() throws {
        let text = MiniData.file("pk/pelayanan.yaml", replacing: "target: 90", with: "target: sembilan puluh")
            .replacingOccurrences(of: "target: 10", with: "target: sepuluh")
        try assertRefused(try MiniData.write(replacing: ["pk/pelayanan.yaml": text]), mentioning: [
            "sasaran_kegiatan[0].indikator[0].target: error:", "sasaran_kegiatan[0].indikator[1].target: error:",
        ])
    }

    func testNamedFifoIsNotARegularFile() throws {
        let data = try MiniData.write()
        try FileManager.default.removeItem(at: data.appendingPathComponent("narasi/kesimpulan.md"))
        XCTAssertEqual(mkfifo(data.appendingPathComponent("narasi/kesimpulan.md").path, 0o644), 0)
        let attempt = try assertRefused(data, mentioning: ["narasi/kesimpulan.md: error: not a regular file"])
        XCTAssertFalse(attempt.result.standardError.contains("permission"))
    }

    func testInvalidUTF8NamesItsLine() throws {
        let data = try MiniData.write()
        try Data("Baris satu.\nBaris dua.\nRusak \u{FF} di sini.\n".utf8.map { $0 == 0xC3 ? 0xFF : $0 }.filter { $0 != 0xBF }).write(to: data.appendingPathComponent("narasi/kesimpulan.md"))
        try assertRefused(data, mentioning: ["narasi/kesimpulan.md:3: error:", "UTF-8"])
    }

    func testEscapeSequencesInDataAreEscapedInMessages() throws {
        let pejabat = MiniData.file("pejabat.yaml", replacing: "nip: \"197003152000032001\"", with: "nip: \"\\e[2J\\e[1;32mbuild OK\"")
        let attempt = try assertRefused(try MiniData.write(replacing: ["pejabat.yaml": pejabat]), mentioning: ["pejabat[0].nip: error:", "\\u{1B}"])
        XCTAssertFalse(attempt.result.standardError.unicodeScalars.contains("\u{1B}"))
    }

    func testRawControlBytesInAYAMLLineAreNotEchoed() throws {
        let instansi = MiniData.file("instansi.yaml", replacing: "  provinsi: Contoh", with: "  provinsi: Contoh \u{1B}[2J\u{1B}[32mbuild OK")
        let attempt = try assertRefused(try MiniData.write(replacing: ["instansi.yaml": instansi]), mentioning: ["instansi.yaml:"])
        XCTAssertFalse(attempt.result.standardError.unicodeScalars.contains("\u{1B}"))
    }

    func testANameWithANewlineCannotForgeDiffLines() throws {
        let old = try MiniData.write(name: "diff-old")
        let new = try MiniData.write(replacing: pk("nama: Meningkatnya kualitas pelayanan hukum", "nama: \"Meningkatnya\\n+ sasaran palsu\""), name: "diff-new")
        let diff = try LKjIPProcess.run(["diff", old.path, new.path])
        assertReadable(diff.standardOutput + diff.standardError)
        // A name is one line: the data is refused before anything is compared or printed.
        XCTAssertEqual(diff.status, 1)
        XCTAssertTrue(diff.standardError.contains("pk/pelayanan.yaml:9:11: sasaran_kegiatan[0].nama: error: expected one line of text"), diff.standardError)
        let lines = (diff.standardOutput + diff.standardError).split(separator: "\n")
        XCTAssertFalse(lines.contains { $0.hasPrefix("+ sasaran palsu") }, diff.standardOutput)
    }

    func testABrokenSignatureIsBlamedOnTheDataKey() throws {
        let data = try MiniData.write(replacing: ["pejabat.yaml": MiniData.file("pejabat.yaml", replacing: "    jabatan_singkat: Kepala Kantor Wilayah\n", with: "    jabatan_singkat: Kepala Kantor Wilayah\n    ttd: ttd.png\n")])
        try Data(Self.png(width: 10, height: 10).prefix(12)).write(to: data.appendingPathComponent("ttd.png"))
        try assertRefused(data, mentioning: ["pejabat.yaml:", "pejabat[0].ttd: error:"])
    }

    func testUnreadableFileGetsAPlainReason() throws {
        guard getuid() != 0 else { throw XCTSkip("root reads every file") }
        let data = try MiniData.write()
        XCTAssertEqual(chmod(data.appendingPathComponent("renstra.yaml").path, 0), 0)
        try assertRefused(data, mentioning: ["renstra.yaml: error:", "ermission denied"])
    }

    // MARK: - Helpers

    /// Two valid offices that differ only in a marker word, to tell their outputs apart.
    func markedPair() throws -> (URL, URL) {
        func pks(_ marker: String) -> [String: String?] {
            ["narasi/kata-pengantar.md": "Penanda \(marker).\n",
             "pk/administrasi.yaml": MiniData.file("pk/administrasi.yaml", replacing: "layanan administrasi yang efektif", with: "layanan administrasi \(marker)"),
             "pk/pelayanan.yaml": MiniData.file("pk/pelayanan.yaml", replacing: "kualitas pelayanan hukum", with: "kualitas pelayanan \(marker)")]
        }
        let a = try MiniData.write(replacing: pks("VERSIA"), name: "pair-a")
        let b = try MiniData.write(replacing: pks("VERSIB"), name: "pair-b")
        return (a, b)
    }

    /// The .docx and .html in `folder` carry the same marker (both from one run).
    func assertConsistentSet(_ folder: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let docx = try Data(contentsOf: folder.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.docx"))
        let html = try String(contentsOf: folder.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        let document = String(decoding: try XCTUnwrap(ZipParts.part("word/document.xml", in: docx)), as: UTF8.self)
        let markers = ["VERSIA", "VERSIB", "KEDUA", "Puji syukur"]
        let docxMarker = markers.first { document.contains($0) }
        let htmlMarker = markers.first { html.contains($0) }
        XCTAssertNotNil(docxMarker, file: file, line: line)
        XCTAssertEqual(docxMarker, htmlMarker, "a mixed set", file: file, line: line)
    }

    /// Every annex in `folder` comes from one run: each .docx and .html carries the same
    /// marker, and all annexes the same one.
    func assertConsistentAnnexes(_ folder: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(names.isEmpty, file: file, line: line)
        var markers: Set<String> = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let text: String
            if name.hasSuffix(".docx") {
                text = String(decoding: try XCTUnwrap(ZipParts.part("word/document.xml", in: try Data(contentsOf: url))), as: UTF8.self)
            } else {
                text = try String(contentsOf: url, encoding: .utf8)
            }
            let marker = ["VERSIA", "VERSIB"].first { text.contains($0) }
            XCTAssertNotNil(marker, name, file: file, line: line)
            markers.insert(marker ?? "")
        }
        XCTAssertEqual(markers.count, 1, "annexes of two runs mixed: \(names)", file: file, line: line)
    }

    /// A minimal PNG: signature and IHDR with the given extent (no pixel data).
    static func png(width: UInt32, height: UInt32) -> Data {
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        for value in [width, height] { data.append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]) }
        data.append(contentsOf: [8, 6, 0, 0, 0, 0, 0, 0, 0])
        data.append(contentsOf: [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        return data
    }
}
