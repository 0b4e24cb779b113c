import Foundation
import XCTest

/// Mistakes a clerk makes in a real office's data (the invented UPTD of the new-user trial),
/// each answered with one message that says what to do: a mistyped budget code is one error,
/// not three; a budget line the agreement does not list is named as such; the default-logo
/// warning names `instansi.logo`; a `<<…>>` name is reported once; a skeleton of a UPT signs
/// with the Kepala Dinas, with a NIP, and lists the budget at each signatory's level.
final class ClerkMessagesTests: XCTestCase {
    /// A copy of the Pemda example with `edits` (file → [(old, new)]) applied.
    func example(_ edits: [String: [(String, String)]], name: String = #function) throws -> URL {
        let folder = try Fixtures.temporaryDirectory(name)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.dinkes, to: data)
        for (file, changes) in edits {
            let url = data.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            for (old, new) in changes {
                XCTAssertTrue(text.contains(old), "\(file) lacks \(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            try Data(text.utf8).write(to: url)
        }
        return data
    }

    func lines(_ output: String, _ file: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.hasPrefix(file) }
    }

    func testMistypedBudgetCodeIsOneError() throws {
        let data = try example(["pk/uptd-farmasi.yaml": [("  - kode: 1.02.02.2.01.0026\n", "  - kode: 1.02.02.2.01.0062\n")]])
        let check = try LKjIPProcess.run(["check", data.path])
        XCTAssertEqual(check.status, 1)
        let errors = lines(check.standardOutput, "pk/uptd-farmasi.yaml").filter { $0.contains("error:") }
        XCTAssertEqual(errors.count, 1, check.standardOutput)
        XCTAssertTrue(errors.first?.contains("kegiatan[1].kode: error: code 1.02.02.2.01.0062 is not a line of program_kegiatan in anggaran.yaml") == true, check.standardOutput)
        XCTAssertFalse(check.standardOutput.contains("missing required key `anggaran`"), check.standardOutput)
        XCTAssertFalse(check.standardOutput.contains("missing required key `nama`"), check.standardOutput)
    }

    func testSasaranNamingABudgetLineTheAgreementDoesNotList() throws {
        let data = try example(["pk/uptd-farmasi.yaml": [("    nama: Terjaminnya ketersediaan obat dan vaksin di puskesmas\n",
                                                           "    nama: Terjaminnya ketersediaan obat dan vaksin di puskesmas\n    kegiatan: [\"1.02.01\"]\n")]])
        let check = try LKjIPProcess.run(["check", data.path])
        let errors = lines(check.standardOutput, "pk/uptd-farmasi.yaml").filter { $0.contains("error:") }
        XCTAssertEqual(errors.count, 1, check.standardOutput)
        XCTAssertTrue(errors.first?.contains("sasaran[0].kegiatan[0]: error: kegiatan `1.02.01` is a line of program_kegiatan in anggaran.yaml but not one of this agreement's `kegiatan`; add `- kode: \"1.02.01\"` to `kegiatan:`") == true, check.standardOutput)
        XCTAssertFalse(check.standardOutput.contains("did you mean"), check.standardOutput)
    }

    func testDefaultLogoWarningNamesTheKey() throws {
        let check = try LKjIPProcess.run(["check", Fixtures.dinkes.path])
        let logo = check.standardOutput.split(separator: "\n").first { $0.contains("generic default logo") }.map(String.init) ?? ""
        XCTAssertTrue(logo.hasPrefix("instansi.yaml:"), logo)
        XCTAssertTrue(logo.contains(": instansi.logo: warning:"), logo)
    }

    /// `init --jenis upt`: the Kepala UPTD signs with the Kepala Dinas (a NIP), the PKs list
    /// the budget at their levels (kegiatan for the head, sub kegiatan for a seksi), a
    /// `<<…>>` name is reported once, and a seksi's PK listing a programme is warned.
    func testSkeletonOfAUPT() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("uptd")
        XCTAssertEqual(try LKjIPProcess.run(["init", target.path, "--jenis", "upt", "--tahun", "2025"]).status, 0)
        let pejabat = try String(contentsOf: target.appendingPathComponent("pejabat.yaml"), encoding: .utf8)
        XCTAssertTrue(pejabat.contains("nama: \"<<Nama Kepala Dinas>>\""), pejabat)
        let superior = pejabat.components(separatedBy: "- id: kepala\n")[0]
        XCTAssertTrue(superior.contains("nip: "), "the Kepala Dinas has a NIP line: \(superior)")
        XCTAssertFalse(pejabat.contains("Bupati"), pejabat)
        let head = try String(contentsOf: target.appendingPathComponent("pk/kepala.yaml"), encoding: .utf8)
        XCTAssertTrue(head.contains("- kode: \"1.02.02.2.02\"\n"), "the head lists a kegiatan: \(head)")
        let part = try String(contentsOf: target.appendingPathComponent("pk/bagian.yaml"), encoding: .utf8)
        XCTAssertTrue(part.contains("- kode: \"1.02.02.2.02.0001\"\n"), "a seksi lists a sub kegiatan: \(part)")
        let renstra = try String(contentsOf: target.appendingPathComponent("renstra.yaml"), encoding: .utf8)
        XCTAssertFalse(renstra.contains("kementerian"), renstra)
        let check = try LKjIPProcess.run(["check", target.path])
        XCTAssertEqual(check.status, 0, check.standardOutput)
        XCTAssertFalse(check.standardOutput.contains("lists the budget at the level"), check.standardOutput)
        let mentions = check.standardOutput.split(separator: "\n").filter { $0.contains("<<Nama Kepala Dinas>>") }
        XCTAssertEqual(mentions.count, 1, mentions.joined(separator: "\n"))
        // A seksi that lists the programme is told its level.
        try Data(part.replacingOccurrences(of: "- kode: \"1.02.02.2.02.0001\"\n", with: "- kode: \"1.02.02\"\n").utf8)
            .write(to: target.appendingPathComponent("pk/bagian.yaml"))
        let wrong = try LKjIPProcess.run(["check", target.path])
        XCTAssertTrue(wrong.standardOutput.contains("1.02.02 is a Program line, but the PK of a seksi"), wrong.standardOutput)
        XCTAssertTrue(wrong.standardOutput.contains("lists the budget at the level Sub Kegiatan"), wrong.standardOutput)
    }
}
