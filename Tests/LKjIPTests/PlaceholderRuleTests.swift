import Foundation
import LKjIP
import LKjIPModel
import XCTest

/// What stands in for the office's own material is a warning of `check` (an error with
/// `--strict`), at the file and key that name it: the default cover logo, a placeholder
/// picture in the LAMPIRAN, a placeholder signatory name. Each is planted in the small data
/// directory of MiniData; the pictures are files of the repository.
final class PlaceholderRuleTests: XCTestCase {
    func diagnostics(_ data: URL, strict: Bool = false) throws -> [Diagnostic] {
        try ReportChecker.check(dataDirectory: data, templates: Fixtures.templates, assets: Fixtures.assets, strict: strict)
    }

    /// No `logo:`: the cover would print lkjip's default; with the office's logo, no warning.
    func testDefaultLogo() throws {
        let data = try MiniData.write()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let found = try diagnostics(data).filter { $0.message.contains("instansi.logo is not set") }
        XCTAssertEqual(found.map(\.location.file), ["instansi.yaml"])
        XCTAssertEqual(found.first?.severity, .warning)

        let withLogo = try MiniData.write(replacing: ["instansi.yaml": MiniData.file("instansi.yaml", replacing: "kepala: kakanwil", with: "kepala: kakanwil\n  logo: logo.png")])
        defer { try? FileManager.default.removeItem(at: withLogo.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Fixtures.assets.appendingPathComponent("logo.png"), to: withLogo.appendingPathComponent("logo.png"))
        XCTAssertFalse(try diagnostics(withLogo).contains { $0.message.contains("logo") }, "the office's logo is no placeholder")
    }

    /// "Pejabat Kepala Divisi Administrasi" as a name: a placeholder, at pejabat[0].nama; with
    /// --strict an error.
    func testPlaceholderName() throws {
        let data = try MiniData.write(replacing: ["pejabat.yaml": MiniData.file("pejabat.yaml", replacing: "nama: Siti Rahmawati", with: "nama: Pejabat Kepala Kantor Wilayah")])
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let found = try diagnostics(data).filter { $0.message.contains("placeholder name") }
        XCTAssertEqual(found.map(\.location.keyPath), ["pejabat[0].nama"])
        XCTAssertEqual(found.first?.location.line, 3, "pejabat: / - id: kakanwil / nama: …")
        XCTAssertEqual(try diagnostics(data, strict: true).filter { $0.message.contains("placeholder name") }.map(\.severity), [.error])
    }

    /// A LAMPIRAN picture drawn in a few greys (the example's generated "CONTOH" picture,
    /// here with a caption that does not say so) and one whose caption says "gambar contoh".
    func testPlaceholderPictures() throws {
        let lampiran = """
        dokumentasi:
          - berkas: foto/rapat.png
            keterangan: Rapat koordinasi kinerja
          - berkas: foto/logo.png
            keterangan: Kegiatan penyuluhan (gambar contoh)

        """
        let data = try MiniData.write(replacing: ["lampiran.yaml": lampiran])
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let folder = data.appendingPathComponent("foto")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("examples/sumbar-2023/assets/aplikasi/e-monev.png"), to: folder.appendingPathComponent("rapat.png"))
        try FileManager.default.copyItem(at: Fixtures.assets.appendingPathComponent("logo.png"), to: folder.appendingPathComponent("logo.png"))
        let found = try diagnostics(data).filter { $0.message.contains("placeholder picture") }
        XCTAssertEqual(found.map(\.location.keyPath), ["dokumentasi[0].berkas", "dokumentasi[1].berkas"])
        XCTAssertTrue(found[0].message.contains("grey"))
        XCTAssertTrue(found[1].message.contains("caption"))
    }
}
