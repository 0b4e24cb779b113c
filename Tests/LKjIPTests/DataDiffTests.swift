import Foundation
import LKjIP
import XCTest

/// `lkjip diff` (`DataDiff`): everything a signature block prints is compared, so a pejabat
/// who becomes definitive (Plt. → definitif), gains a degree or a rank is listed.
final class DataDiffTests: XCTestCase {
    /// MiniData with `kadiv-administrasi` acting (Plt.) as Penata, without degrees.
    static let before = MiniData.file("pejabat.yaml", replacing: "    jabatan_singkat: Kepala Divisi Administrasi\n", with: """
            jabatan_singkat: Kepala Divisi Administrasi
            pangkat: Penata
            status: plt

        """)

    /// The same person definitive, with "S.E., M.M." and the rank Pembina; the head of office
    /// gains "M.Si." and the rank Pembina Utama Madya.
    static let after = MiniData.file("pejabat.yaml", replacing: "    jabatan_singkat: Kepala Divisi Administrasi\n", with: """
            jabatan_singkat: Kepala Divisi Administrasi
            pangkat: Pembina
            gelar_belakang: S.E., M.M.

        """)
        .replacingOccurrences(of: "gelar_belakang: \"S.H., M.H.\"", with: "gelar_belakang: \"S.H., M.H., M.Si.\"")
        .replacingOccurrences(of: "pangkat: Pembina Utama Muda", with: "pangkat: Pembina Utama Madya")

    func testFixture() {
        XCTAssertTrue(Self.after.contains("M.Si.") && Self.after.contains("Pembina Utama Madya"))
        XCTAssertTrue(Self.before.contains("status: plt"))
    }

    private func compare() throws -> [DataDiff.Change] {
        let old = try MiniData.write(replacing: ["pejabat.yaml": Self.before], name: "diff-before")
        let new = try MiniData.write(replacing: ["pejabat.yaml": Self.after], name: "diff-after")
        return DataDiff.compare(old: try DataDiff.load(old, templates: Fixtures.templates, assets: Fixtures.assets),
                                new: try DataDiff.load(new, templates: Fixtures.templates, assets: Fixtures.assets))
    }

    func testSignatoryChangesAreListed() throws {
        let changes = try compare()
        let pejabat = changes.filter { $0.kind == "pejabat" }
        XCTAssertEqual(Set(pejabat.map { "\($0.subject): \($0.old) -> \($0.new)" }), [
            "kadiv-administrasi.status: plt -> definitif",
            "kadiv-administrasi.gelar_belakang: - -> S.E., M.M.",
            "kadiv-administrasi.pangkat: Penata -> Pembina",
            "kakanwil.gelar_belakang: S.H., M.H. -> S.H., M.H., M.Si.",
            "kakanwil.pangkat: Pembina Utama Muda -> Pembina Utama Madya",
        ], changes.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(changes.count, pejabat.count, "nothing else changed")
    }

    /// The command line prints one tab-separated line per change.
    func testCommandLineListsTheStatusChange() throws {
        let old = try MiniData.write(replacing: ["pejabat.yaml": Self.before], name: "cli-before")
        let new = try MiniData.write(replacing: ["pejabat.yaml": Self.after], name: "cli-after")
        let result = try LKjIPProcess.run(["diff", old.path, new.path])
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("pejabat\tkadiv-administrasi.status\tplt -> definitif"), result.standardOutput + result.standardError)
        XCTAssertTrue(lines.contains("pejabat\tkadiv-administrasi.pangkat\tPenata -> Pembina"), result.standardOutput)
        XCTAssertTrue(lines.contains("pejabat\tkakanwil.gelar_belakang\tS.H., M.H. -> S.H., M.H., M.Si."), result.standardOutput)
    }

    /// Unchanged data: no pejabat change.
    func testNoChange() throws {
        let old = try MiniData.write(replacing: ["pejabat.yaml": Self.before], name: "same-1")
        let new = try MiniData.write(replacing: ["pejabat.yaml": Self.before], name: "same-2")
        let changes = DataDiff.compare(old: try DataDiff.load(old, templates: Fixtures.templates, assets: Fixtures.assets),
                                       new: try DataDiff.load(new, templates: Fixtures.templates, assets: Fixtures.assets))
        XCTAssertEqual(changes, [])
    }
}

extension DataDiffTests {
    /// The office's budget lines are compared by code: a sub kegiatan's pagu changed lists it
    /// and the kegiatan and programme above it (their sums), a renamed line its name, and the
    /// head of office's agreement is named `kepala`.
    func testProgrammeLinesByCode() throws {
        let example = Fixtures.repository.appendingPathComponent("examples/dinkes-lembah-sari-2025")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-diff-program-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let old = root.appendingPathComponent("old"), new = root.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: example, to: old)
        try FileManager.default.copyItem(at: example, to: new)
        let file = new.appendingPathComponent("anggaran.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("    pagu: 85000000\n") && text.contains("    nama: Evaluasi Kinerja Perangkat Daerah\n"))
        try Data(text.replacingOccurrences(of: "    pagu: 85000000\n", with: "    pagu: 95000000\n")
            .replacingOccurrences(of: "    nama: Evaluasi Kinerja Perangkat Daerah\n", with: "    nama: Evaluasi dan Pelaporan Kinerja Perangkat Daerah\n").utf8).write(to: file)
        let changes = DataDiff.compare(old: try DataDiff.load(old, templates: Fixtures.templates, assets: Fixtures.assets),
                                       new: try DataDiff.load(new, templates: Fixtures.templates, assets: Fixtures.assets))
        // Rupiah amounts are printed with a no-break space after "Rp".
        let program = changes.filter { $0.kind == "program_kegiatan" }.map { $0.description.replacingOccurrences(of: "\u{00A0}", with: " ") }
        // 85.000.000 + 10.000.000 at 1.02.01.2.01.0001; its kegiatan was 85.000.000 + 62.500.000.
        XCTAssertEqual(program, [
            "program_kegiatan\t1.02.01.pagu\tRp 60.407.500.000 -> Rp 60.417.500.000",
            "program_kegiatan\t1.02.01.2.01.pagu\tRp 147.500.000 -> Rp 157.500.000",
            "program_kegiatan\t1.02.01.2.01.0001.pagu\tRp 85.000.000 -> Rp 95.000.000",
            "program_kegiatan\t1.02.01.2.01.0007.nama\tEvaluasi Kinerja Perangkat Daerah -> Evaluasi dan Pelaporan Kinerja Perangkat Daerah",
        ], changes.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(changes.contains { $0.kind == "anggaran" && $0.subject.hasPrefix("kepala.") }, changes.map(\.description).joined(separator: "\n"))
        XCTAssertFalse(changes.contains { $0.subject.hasPrefix(".") })
    }
}
