import Foundation
import LKjIP
import TestSupport
import XCTest

/// Issue 26, data loss: a journal planted in an output folder or a data directory, a link
/// planted at a schema's name, and the permissions of replaced files. Each case plants the
/// attack and asserts that nothing outside the folder changed and that the message is one
/// readable line.
final class OutputJournalTests: XCTestCase {
    /// The journal of the hostile run: tab-separated names that climb out of the folder.
    static let plantedJournals = [
        "../../victim.txt\t\t../../other.txt\n",
        "LKjIP-Kanwil-Contoh-2024.docx\t../../victim.txt\t.lkjip-1.tmp\n",
        "/etc/hostname\t\t.lkjip-2.tmp\n",
        "LKjIP-Kanwil-Contoh-2024.html\t.lkjip-3.bak\t../other.txt\t1:2\n",
    ]

    func testJournalPlantedInTheOutputFolderIsRefusedAndTouchesNothingOutside() throws {
        for (index, journal) in Self.plantedJournals.enumerated() {
            let data = try MiniData.write(name: "journal\(index)")
            let root = data.deletingLastPathComponent()
            let output = root.appendingPathComponent("out/deeper")
            XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status, 0)
            // ../../victim.txt from out/deeper is root/victim.txt.
            let victim = try HostileDoors.victim(in: root), other = try HostileDoors.victim(in: root, "other.txt")
            let inside = try HostileDoors.victim(in: output.deletingLastPathComponent(), "other.txt")
            try Data(journal.utf8).write(to: output.appendingPathComponent(".lkjip-journal"))
            let before = Fixtures.snapshot(output)
            let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"])
            XCTAssertEqual(result.status, 1, "journal \(index): \(result.standardError)")
            XCTAssertTrue(result.standardError.contains(".lkjip-journal: line 1"), result.standardError)
            XCTAssertTrue(result.standardError.contains("was not undone"), result.standardError)
            HostileDoors.assertReadable(result.standardError)
            for file in [victim, other, inside] { HostileDoors.assertUntouched(file) }
            XCTAssertEqual(Fixtures.snapshot(output), before, "journal \(index): the folder is left as it was")
        }
    }

    /// An entry with lkjip's own names but no recorded identity (or another file's) never
    /// removes the file at the final name: only the very file a run created is removed.
    func testRollbackRemovesOnlyTheFileTheRunCreated() throws {
        let folder = try Fixtures.temporaryDirectory()
        try Data("the officer's own file".utf8).write(to: folder.appendingPathComponent("catatan.docx"))
        try Data("catatan.docx\t\t.lkjip-aaaa.tmp\ncatatan.docx\t\t.lkjip-bbbb.tmp\t1:1\n".utf8).write(to: folder.appendingPathComponent(".lkjip-journal"))
        _ = try OutputSet(directory: folder)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("catatan.docx"), encoding: .utf8), "the officer's own file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["catatan.docx"])
    }

    /// A link planted as the journal, as a leftover folder or as a temporary is removed
    /// itself; what it points at is never read, followed or deleted.
    func testPlantedLinksAmongLeftoversAreRemovedNotFollowed() throws {
        let folder = try Fixtures.temporaryDirectory()
        let outside = try Fixtures.temporaryDirectory("outside")
        let victim = try HostileDoors.victim(in: outside)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(".lkjip-journal"), withDestinationURL: victim)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(".lkjip-0123work"), withDestinationURL: outside)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".lkjip-4567work"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(".lkjip-4567work/inner"), withDestinationURL: outside)
        _ = try OutputSet(directory: folder)
        HostileDoors.assertUntouched(victim)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), ["victim.txt"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    /// The same journal inside a data directory (which `check` passes) stops `sheet import`
    /// before anything is touched.
    func testJournalPlantedInADataDirectoryStopsTheImport() throws {
        for place in ["realisasi/.lkjip-journal", ".lkjip-journal"] {
            let data = try MiniData.write(name: "import-\(place.count)")
            let root = data.deletingLastPathComponent()
            let workbook = root.appendingPathComponent("r.csv")
            XCTAssertEqual(try LKjIPProcess.run(["sheet", "export", data.path, "-o", workbook.path]).status, 0)
            let text = try String(contentsOf: workbook, encoding: .utf8).replacingOccurrences(of: ";95;", with: ";96;")
            try Data(text.utf8).write(to: workbook)
            let victim = try HostileDoors.victim(in: root), other = try HostileDoors.victim(in: root, "other.txt")
            try Data("../../victim.txt\t\t../../other.txt\n".utf8).write(to: data.appendingPathComponent(place))
            XCTAssertEqual(try LKjIPProcess.run(["check", data.path]).status, 0, "check passes the planted journal")
            let before = Fixtures.snapshot(data)
            let result = try LKjIPProcess.run(["sheet", "import", workbook.path, data.path])
            XCTAssertEqual(result.status, 1, result.standardError)
            XCTAssertTrue(result.standardError.contains(".lkjip-journal: line 1"), result.standardError)
            HostileDoors.assertReadable(result.standardError)
            HostileDoors.assertUntouched(victim)
            HostileDoors.assertUntouched(other)
            XCTAssertEqual(Fixtures.snapshot(data), before)
        }
    }

    /// Output files keep the permissions of the files they replace; new ones get 0666 & ~umask.
    func testReplacedFilesKeepTheirPermissions() throws {
        let data = try MiniData.write()
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--format", "docx"]).status, 0)
        let docx = output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.docx"), html = output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html")
        let umask = Self.umask()
        XCTAssertEqual(HostileDoors.mode(docx), 0o666 & ~umask)
        XCTAssertEqual(chmod(docx.path, 0o600), 0)
        try Fixtures.edit(data, "narasi/kata-pengantar.md", replacing: "Puji syukur", with: "Puji syukur baru")
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status, 0)
        XCTAssertEqual(HostileDoors.mode(docx), 0o600, "the private report stays private")
        XCTAssertEqual(HostileDoors.mode(html), 0o666 & ~umask, "a new file gets the usual mode")
        XCTAssertEqual(chmod(html.path, 0o640), 0)
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status, 0)
        XCTAssertEqual(HostileDoors.mode(html), 0o640)
        XCTAssertEqual(HostileDoors.mode(docx), 0o600)
    }

    /// `sheet import` replaces realisasi files with the same permissions too.
    func testImportedRealisasiKeepsItsPermissions() throws {
        let data = try MiniData.write()
        let file = data.appendingPathComponent("realisasi/pelayanan.yaml")
        XCTAssertEqual(chmod(file.path, 0o600), 0)
        let csv = data.deletingLastPathComponent().appendingPathComponent("r.csv")
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "export", data.path, "-o", csv.path]).status, 0)
        try Data(try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: ";95;", with: ";96;").utf8).write(to: csv)
        let result = try LKjIPProcess.run(["sheet", "import", csv.path, data.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("nilai: 96"))
        XCTAssertEqual(HostileDoors.mode(file), 0o600)
    }

    static func umask() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") } ?? "Umask: 0022"
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) ?? 0o022
    }

    /// `schema -o DIR` with a link planted at `DIR/pk.schema.json`: the link is replaced by
    /// the schema, and the file it pointed at is untouched.
    func testSchemaIntoAFolderReplacesAPlantedLinkInsteadOfFollowingIt() throws {
        let root = try Fixtures.temporaryDirectory()
        let victim = try HostileDoors.victim(in: root)
        let folder = root.appendingPathComponent("schemas")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("pk.schema.json"), withDestinationURL: victim)
        let result = try LKjIPProcess.run(["schema", "-o", folder.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        HostileDoors.assertUntouched(victim)
        let written = folder.appendingPathComponent("pk.schema.json")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: written.path)[.type] as? FileAttributeType, .typeRegular)
        XCTAssertTrue(try String(contentsOf: written, encoding: .utf8).contains("\"$schema\""))
        XCTAssertEqual(Fixtures.debris(folder), [])
    }

    /// `schema -o FILE` and `init FILE`: one line, the file untouched.
    func testSchemaOrInitOntoAFileIsOneLine() throws {
        let root = try Fixtures.temporaryDirectory()
        let victim = try HostileDoors.victim(in: root, "important.txt")
        for arguments in [["schema", "-o", victim.path], ["init", victim.path], ["init", victim.path, "--from", Fixtures.sulbar.path]] {
            let result = try LKjIPProcess.run(arguments)
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.standardError)")
            XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, "\(arguments): \(result.standardError)")
            XCTAssertTrue(result.standardError.contains("important.txt"), result.standardError)
            HostileDoors.assertReadable(result.standardError)
            HostileDoors.assertUntouched(victim)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["important.txt"])
    }
}
