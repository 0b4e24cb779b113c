import Foundation
import LKjIPModel
import XCTest

/// `ReportLoader` reads a data directory, and reports every problem of every file with its
/// file, line, column and key path, without trusting anything on the disk.
final class ReportLoaderTests: XCTestCase {
    private func directory(_ changes: [String: String?] = [:]) throws -> DataDirectory {
        let directory = try DataDirectory(changes)
        addTeardownBlock { directory.remove() }
        return directory
    }

    /// A folder outside every data directory, removed after the test.
    private func outsideFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-outside-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private static let pejabatWithTtd = DataDirectory.pejabat.replacingOccurrences(
        of: "    jabatan: Kepala Kantor Wilayah\n", with: "    jabatan: Kepala Kantor Wilayah\n    ttd: assets/ttd/kakanwil.png\n")

    // MARK: A valid directory

    /// The base directory is valid: no diagnostic at all, and every part is read.
    func testValidDirectoryLoads() throws {
        let result = try directory().load()
        XCTAssertEqual(result.diagnostics, [], result.listing)
        let data = try XCTUnwrap(result.data)
        XCTAssertEqual(data.instansi.tahun, 2023)
        XCTAssertEqual(data.pejabat.map(\.id), ["kakanwil", "kadiv-administrasi"])
        XCTAssertEqual(data.perjanjian.map(\.file), ["pk/administrasi.yaml"])
        XCTAssertEqual(data.capaian.map(\.file), ["realisasi/administrasi.yaml"])
        XCTAssertEqual(data.perjanjian.first?.kegiatan.last?.anggaran, 17_496_194_000)
        XCTAssertEqual(data.narasi.keys.sorted(), ["kata-pengantar"])
        XCTAssertEqual(data.lampiran, Lampiran(), "lampiran.yaml is optional")
        XCTAssertEqual(data.sources.texts["pk/administrasi.yaml"], DataDirectory.pk)
    }

    /// `.yml` is read like `.yaml`.
    func testYmlExtension() throws {
        let directory = try self.directory(["renstra.yaml": nil, "renstra.yml": DataDirectory.renstra])
        let result = directory.load()
        XCTAssertEqual(result.errors, [], result.listing)
        XCTAssertEqual(result.data?.renstra.visi, "Visi.")
    }

    // MARK: Locations

    /// A wrong value is reported at file:line:column of the value, with its key path, and
    /// the line printed is exactly what a clerk reads.
    func testDiagnosticHasFileLineColumnAndKeyPath() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "target: 3.1", with: "target: sembilan puluh")
        let directory = try self.directory(["pk/administrasi.yaml": pk])
        let result = directory.load()
        let diagnostic = try XCTUnwrap(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].target").first, result.listing)
        let position = directory.position(of: "sembilan puluh", in: "pk/administrasi.yaml")
        XCTAssertEqual(diagnostic.location.line, position.line)
        XCTAssertEqual(diagnostic.location.column, position.column)
        XCTAssertEqual(diagnostic.description,
                       "pk/administrasi.yaml:\(position.line):\(position.column): sasaran_kegiatan[0].indikator[0].target: error: expected a number, found \"sembilan puluh\"")
    }

    /// A reference found by the cross-file rules points at the value in its own file.
    func testReferenceErrorLocation() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "pihak_kedua: kakanwil", with: "pihak_kedua: kakanwl")
        let directory = try self.directory(["pk/administrasi.yaml": pk])
        let result = directory.load()
        let diagnostic = try XCTUnwrap(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "pihak_kedua").first, result.listing)
        let position = directory.position(of: "kakanwl", in: "pk/administrasi.yaml")
        XCTAssertEqual(diagnostic.description, "pk/administrasi.yaml:\(position.line):\(position.column): pihak_kedua: error: unknown pejabat `kakanwl`; did you mean `kakanwil`?")
    }

    /// Diagnostics come sorted by file, then line: the order a user fixes them in.
    func testDiagnosticsAreSortedByFileThenLine() throws {
        let pk = DataDirectory.pk
            .replacingOccurrences(of: "pihak_kedua: kakanwil", with: "pihak_kedua: kakanwl")
            .replacingOccurrences(of: "target: 3.1", with: "target: sembilan puluh")
        let instansi = DataDirectory.instansi.replacingOccurrences(of: "kota: Padang", with: "kota: [Padang]")
        let result = try directory(["pk/administrasi.yaml": pk, "instansi.yaml": instansi]).load()
        let order = result.diagnostics.map { "\($0.location.file):\($0.location.line ?? 0)" }
        XCTAssertEqual(order, DiagnosticList.sorted(result.diagnostics).map { "\($0.location.file):\($0.location.line ?? 0)" })
        XCTAssertEqual(result.diagnostics.first?.location.file, "instansi.yaml")
        let pkLines = result.diagnostics.filter { $0.location.file == "pk/administrasi.yaml" }.compactMap(\.location.line)
        XCTAssertEqual(pkLines, pkLines.sorted())
        XCTAssertGreaterThanOrEqual(pkLines.count, 2)
    }

    /// A syntax error names its line and column.
    func testMalformedYAML() throws {
        let directory = try self.directory(["renstra.yaml": "pengantar: [satu\nvisi: dua\n"])
        let result = directory.load()
        let diagnostic = try XCTUnwrap(result.errors.first { $0.location.file == "renstra.yaml" })
        XCTAssertTrue(diagnostic.message.hasPrefix("malformed YAML: "), diagnostic.message)
        XCTAssertNotNil(diagnostic.location.line)
        XCTAssertNil(result.data, "without renstra.yaml no report can be computed")
    }

    func testEmptyFile() throws {
        let result = try directory(["renstra.yaml": ""]).load()
        XCTAssertEqual(result.errors.map(\.description), ["renstra.yaml:1: error: file is empty"])
    }

    // MARK: Files

    /// A missing required file is an error saying what it should hold; nothing is computed.
    func testMissingRequiredFile() throws {
        let result = try directory(["renstra.yaml": nil]).load()
        XCTAssertNil(result.data)
        XCTAssertEqual(result.errors.map(\.description),
                       ["renstra.yaml: error: missing file renstra.yaml (expected: \(DataFileKind.renstra.holds))"])
    }

    /// Without any pk/ file there is nothing to report on.
    func testMissingPerjanjianKinerja() throws {
        let result = try directory(["pk/administrasi.yaml": nil]).load()
        XCTAssertEqual(result.diagnostics(file: "pk/", keyPath: "").first?.message, "no Perjanjian Kinerja found: expected pk/<divisi>.yaml, one per head of division")
    }

    /// A misspelt file name would silently not be read: it is an error with the name meant.
    func testStrayMisspeltFileName() throws {
        let result = try directory(["anggran.yaml": DataDirectory.anggaran]).load()
        XCTAssertEqual(result.diagnostics(file: "anggran.yaml", keyPath: "").first?.message,
                       "file is not part of the data format and would not be read; did you mean anggaran.yaml?")
        XCTAssertEqual(result.diagnostics(file: "anggran.yaml", keyPath: "").first?.severity, .error)
    }

    /// A stray file far from every name lists the names that are read.
    func testStrayFileWithoutNearName() throws {
        let result = try directory(["catatan.yaml": "x: 1\n"]).load()
        let message = result.diagnostics(file: "catatan.yaml", keyPath: "").first?.message ?? ""
        XCTAssertTrue(message.hasPrefix("file is not part of the data format and would not be read; expected one of: instansi.yaml, pejabat.yaml"), message)
    }

    /// Invalid UTF-8 is reported with the line of the first bad byte.
    func testInvalidUTF8WithItsLine() throws {
        let directory = try self.directory()
        try directory.write("narasi/kata-pengantar.md", Data("baris satu\nbaris dua\nbaris ".utf8) + Data([0xFF]) + Data(" tiga\n".utf8))
        let result = directory.load()
        XCTAssertEqual(result.errors.map(\.description), ["narasi/kata-pengantar.md:3: error: file is not UTF-8 text (save it as UTF-8)"])
        let yaml = Data(DataDirectory.renstra.utf8)
        // The second line of renstra.yaml starts after the first newline; break a byte there.
        let secondLine = yaml.firstIndex(of: 0x0A)! + 1
        try directory.write("renstra.yaml", yaml.prefix(secondLine + 3) + Data([0xC3, 0x28]) + yaml.dropFirst(secondLine + 3))
        XCTAssertEqual(directory.load().diagnostics(file: "renstra.yaml", keyPath: "").first?.location.line, 2)
    }

    /// A control character in a narasi file is refused with its line.
    func testControlCharacterInNarasi() throws {
        let result = try directory(["narasi/kata-pengantar.md": "satu\ndua\n\u{1B}[2Jtiga\n"]).load()
        XCTAssertEqual(result.errors.map(\.description), ["narasi/kata-pengantar.md:3: error: control character \\u{1B} is not allowed"])
    }

    /// A narasi file above 1 MiB and a data file above 4 MiB are refused before parsing.
    func testFileSizeLimits() throws {
        let big = String(repeating: "a", count: 2 * 1024 * 1024)
        let renstra = DataDirectory.renstra + "# " + String(repeating: "b", count: 5 * 1024 * 1024) + "\n"
        let result = try directory(["narasi/kata-pengantar.md": big, "renstra.yaml": renstra]).load()
        XCTAssertEqual(result.diagnostics(file: "narasi/kata-pengantar.md", keyPath: "").first?.message, "file is too large: 2048 KiB, at most 1024 KiB")
        XCTAssertEqual(result.diagnostics(file: "renstra.yaml", keyPath: "").first?.message, "file is too large: \(renstra.utf8.count / 1024) KiB, at most 4096 KiB")
    }

    /// A FIFO named like a data file would block a reader forever; it is refused at once.
    func testFIFOIsNotARegularFile() throws {
        let directory = try self.directory()
        XCTAssertEqual(mkfifo(directory.path("lampiran.yaml"), 0o644), 0)
        XCTAssertEqual(mkfifo(directory.path("narasi/saran.md"), 0o644), 0)
        let result = directory.load()
        XCTAssertEqual(result.diagnostics(file: "lampiran.yaml", keyPath: "").first?.message, "not a regular file")
        XCTAssertEqual(result.diagnostics(file: "narasi/saran.md", keyPath: "").first?.message, "not a regular file")
    }

    /// A data file or narasi that is a link to a file outside the data directory is refused.
    func testSymlinkOutsideTheDataDirectoryIsRefused() throws {
        let directory = try self.directory(["renstra.yaml": nil])
        let outside = try outsideFolder()
        try Data(DataDirectory.renstra.utf8).write(to: outside.appendingPathComponent("renstra.yaml"))
        try Data("rahasia".utf8).write(to: outside.appendingPathComponent("rahasia.md"))
        try FileManager.default.createSymbolicLink(atPath: directory.path("renstra.yaml"), withDestinationPath: outside.appendingPathComponent("renstra.yaml").path)
        try FileManager.default.createSymbolicLink(atPath: directory.path("narasi/rahasia.md"), withDestinationPath: outside.appendingPathComponent("rahasia.md").path)
        let result = directory.load()
        let message = "the file lies outside the data directory (through a link); copy it into the data directory"
        XCTAssertEqual(result.diagnostics(file: "renstra.yaml", keyPath: "").first?.message, message)
        XCTAssertEqual(result.diagnostics(file: "narasi/rahasia.md", keyPath: "").first?.message, message)
        XCTAssertNil(result.data?.narasi["rahasia"])
    }

    /// A link that stays inside the data directory is followed.
    func testSymlinkInsideTheDataDirectoryIsFollowed() throws {
        let directory = try self.directory(["renstra.yaml": nil, "arsip/renstra-2023.yaml": DataDirectory.renstra])
        try FileManager.default.createSymbolicLink(atPath: directory.path("renstra.yaml"), withDestinationPath: directory.path("arsip/renstra-2023.yaml"))
        let result = directory.load()
        XCTAssertEqual(result.errors, [], result.listing)
        XCTAssertEqual(result.data?.renstra.visi, "Visi.")
    }

    func testDataDirectoryNotFound() {
        let result = ReportLoader.load(directory: URL(fileURLWithPath: "/nonexistent-lkjip-\(UUID().uuidString)"))
        XCTAssertNil(result.data)
        XCTAssertEqual(result.errors.first?.message, "data directory not found")
    }

    // MARK: Pictures

    /// An explicit `ttd` that is not a PNG or JPEG is an error at pejabat[i].ttd.
    func testExplicitSignatureThatIsNotAnImage() throws {
        let directory = try self.directory(["pejabat.yaml": Self.pejabatWithTtd, "assets/ttd/kakanwil.png": "bukan gambar"])
        let result = directory.load()
        let diagnostic = try XCTUnwrap(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].ttd").first, result.listing)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.message, "picture `assets/ttd/kakanwil.png` is not a PNG or JPEG file")
        XCTAssertEqual(diagnostic.location.line, directory.position(of: "assets/ttd/kakanwil.png", in: "pejabat.yaml").line)
        XCTAssertEqual(result.data?.images, [:])
    }

    /// An explicit picture that is fine is read, with its size.
    func testExplicitSignatureIsRead() throws {
        let directory = try self.directory(["pejabat.yaml": Self.pejabatWithTtd])
        try directory.write("assets/ttd/kakanwil.png", ImageFileTests.png(width: 300, height: 120))
        let result = directory.load()
        XCTAssertEqual(result.diagnostics, [], result.listing)
        XCTAssertEqual(result.data?.images["assets/ttd/kakanwil.png"]?.pixelWidth, 300)
    }

    /// An explicit picture that does not exist is an error.
    func testExplicitSignatureMissing() throws {
        let result = try directory(["pejabat.yaml": Self.pejabatWithTtd]).load()
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].ttd").first?.message,
                       "picture `assets/ttd/kakanwil.png` not found in the data directory")
    }

    /// The default assets/ttd/<nip>.png is used when it exists; a broken one only warns,
    /// because the signature space can stay blank for a wet signature.
    func testBrokenDefaultSignatureOnlyWarns() throws {
        let directory = try self.directory(["assets/ttd/196606051989111001.png": "rusak"])
        let result = directory.load()
        XCTAssertEqual(result.errors, [], result.listing)
        let warning = try XCTUnwrap(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].nip").first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.message, "picture `assets/ttd/196606051989111001.png` is not a PNG or JPEG file; the signature space stays blank")
    }

    func testDefaultSignatureIsFound() throws {
        let directory = try self.directory()
        try directory.write("assets/ttd/196812091994031001.png", ImageFileTests.png(width: 200, height: 80))
        let result = directory.load()
        XCTAssertEqual(result.diagnostics, [], result.listing)
        XCTAssertNotNil(result.data?.images["assets/ttd/196812091994031001.png"])
    }

    /// A header claiming 1 × 2147483647 pixels is refused.
    func testImageWithAbsurdSizeIsRefused() throws {
        let directory = try self.directory(["pejabat.yaml": Self.pejabatWithTtd])
        try directory.write("assets/ttd/kakanwil.png", ImageFileTests.png(width: 1, height: 2_147_483_647))
        let result = directory.load()
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].ttd").first?.message,
                       "picture `assets/ttd/kakanwil.png` is 1 × 2147483647 pixels; at most 20000 pixels a side and 40 megapixels")
        XCTAssertNil(result.data?.images["assets/ttd/kakanwil.png"])
    }

    /// A picture that is a link to a file outside the data directory is not read.
    func testPictureOutsideTheDataDirectoryIsRefused() throws {
        let directory = try self.directory(["pejabat.yaml": Self.pejabatWithTtd])
        let outside = try outsideFolder()
        try ImageFileTests.png(width: 10, height: 10).write(to: outside.appendingPathComponent("ttd.png"))
        try FileManager.default.createDirectory(atPath: directory.path("assets/ttd"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.path("assets/ttd/kakanwil.png"), withDestinationPath: outside.appendingPathComponent("ttd.png").path)
        let result = directory.load()
        XCTAssertEqual(result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[0].ttd").first?.severity, .error, result.listing)
        XCTAssertNil(result.data?.images["assets/ttd/kakanwil.png"])
    }

    /// Pictures may also come from lkjip's assets folder (the default logo).
    func testPictureFromTheAssetsFolder() throws {
        let assets = try outsideFolder()
        try ImageFileTests.png(width: 64, height: 64).write(to: assets.appendingPathComponent("logo.png"))
        let instansi = DataDirectory.instansi.replacingOccurrences(of: "  kepala: kakanwil", with: "  kepala: kakanwil\n  logo: logo.png")
        let directory = try self.directory(["instansi.yaml": instansi])
        let result = directory.load(assets: assets)
        XCTAssertEqual(result.diagnostics, [], result.listing)
        XCTAssertEqual(result.data?.images["logo.png"]?.pixelWidth, 64)
        XCTAssertEqual(directory.load().diagnostics(file: "instansi.yaml", keyPath: "instansi.logo").first?.message,
                       "picture `logo.png` not found in the data directory", "without the assets folder")
    }

    /// A Markdown image in a narasi file that leaves the data directory is an error at its line.
    func testMarkdownImageLeavingTheDirectory() throws {
        let result = try directory(["narasi/kata-pengantar.md": "Foto kegiatan:\n\n![Rapat](../rahasia.png)\n"]).load()
        let diagnostic = try XCTUnwrap(result.diagnostics(file: "narasi/kata-pengantar.md", keyPath: "").first, result.listing)
        XCTAssertEqual(diagnostic.location.line, 3)
        XCTAssertEqual(diagnostic.message, "\"../rahasia.png\" leaves the data directory or has an empty part; name a file inside the data directory")
    }

    func testMarkdownImageReferences() {
        let references = MarkdownImages.references(in: "a ![x](satu.png) b ![y]( dua.png )\n\n![z](tiga.jpg)")
        XCTAssertEqual(references.map(\.line), [1, 1, 3])
        XCTAssertEqual(references.map(\.path), ["satu.png", "dua.png", "tiga.jpg"])
    }

    // MARK: Lenient decoding

    /// A wrong value in one PK file does not stop the cross-file rules: the realisasi file's
    /// unknown indicator and the instansi's unknown head are reported in the same run.
    func testErrorInOneFileStillLetsOtherFilesBeChecked() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "target: 3.1", with: "target: sembilan puluh")
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "indikator: ss1-1", with: "indikator: ss1-2")
        let instansi = DataDirectory.instansi.replacingOccurrences(of: "kepala: kakanwil", with: "kepala: kakanwl")
        let result = try directory(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": realisasi, "instansi.yaml": instansi]).load()
        XCTAssertNotNil(result.data)
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "sasaran_kegiatan[0].indikator[0].target").first?.message,
                       "expected a number, found \"sembilan puluh\"")
        XCTAssertEqual(result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "realisasi[0].indikator").first?.message,
                       "unknown indikator `ss1-2`; did you mean `ss1-1`?")
        XCTAssertEqual(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.kepala").first?.message, "unknown pejabat `kakanwl`; did you mean `kakanwil`?")
    }

    /// Two divisions: an error in the first one's PK still lets the second one's references
    /// be checked.
    func testErrorInOnePKStillChecksAnotherPK() throws {
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "satker:", with: """
              - id: keuangan
                nama: Divisi Keuangan
                kepala: kadiv-administrasi
                tugas: Keuangan.
            satker:
            """)
        let broken = DataDirectory.pk.replacingOccurrences(of: "tanggal: \"2023-01-05\"", with: "tanggal: 5 Januari 2023")
        let other = DataDirectory.pk.replacingOccurrences(of: "divisi: administrasi", with: "divisi: keuangan")
            .replacingOccurrences(of: "pihak_pertama: kadiv-administrasi", with: "pihak_pertama: kadiv-keuangan")
        let result = try directory(["organisasi.yaml": organisasi, "pk/administrasi.yaml": broken, "pk/keuangan.yaml": other]).load()
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "tanggal").first?.message,
                       "expected a date written yyyy-mm-dd (e.g. 2023-01-05), found \"5 Januari 2023\"")
        XCTAssertEqual(result.diagnostics(file: "pk/keuangan.yaml", keyPath: "pihak_pertama").first?.message,
                       "unknown pejabat `kadiv-keuangan`; pejabat.yaml defines: `kakanwil`, `kadiv-administrasi`")
    }

    /// A wrong value is one mistake and must be reported once. A target typed as words is
    /// reported as "expected a number"; it must not also be called missing.
    func testWrongTargetIsReportedOnce() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "target: 3.1", with: "target: sembilan puluh")
        let result = try directory(["pk/administrasi.yaml": pk]).load()
        XCTAssertEqual(result.errors.count, 1, "one mistake, one error; got:\n\(result.listing)")
    }

    /// The same for the report year: an unreadable `tahun` must not produce a follow-on
    /// warning about a Perjanjian Kinerja "0 signed on 2023-01-05".
    func testWrongYearIsReportedOnce() throws {
        let instansi = DataDirectory.instansi.replacingOccurrences(of: "tahun: 2023", with: "tahun: dua ribu dua puluh tiga")
        let result = try directory(["instansi.yaml": instansi]).load()
        XCTAssertEqual(result.diagnostics.count, 1, "one mistake, one diagnostic; got:\n\(result.listing)")
    }

    // MARK: Order and errors

    /// Agreements and realisasi come in the order of organisasi.divisi, not of file names.
    func testDivisionsFollowOrganisasiOrder() throws {
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "divisi:\n", with: """
            divisi:
              - id: umum
                nama: Divisi Umum
                kepala: kadiv-administrasi
                tugas: Umum.

            """)
        let umum = DataDirectory.pk.replacingOccurrences(of: "divisi: administrasi", with: "divisi: umum")
            .replacingOccurrences(of: "id: ss1-1", with: "id: u1-1")
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "divisi: administrasi", with: "divisi: umum")
            .replacingOccurrences(of: "indikator: ss1-1", with: "indikator: u1-1")
        let result = try directory(["organisasi.yaml": organisasi, "pk/z-umum.yaml": umum, "realisasi/z-umum.yaml": realisasi]).load()
        XCTAssertEqual(result.errors, [], result.listing)
        XCTAssertEqual(result.data?.perjanjian.map(\.divisi), ["umum", "administrasi"])
        XCTAssertEqual(result.data?.capaian.map(\.divisi), ["umum", "administrasi"])
    }

    /// `loadOrThrow` throws every diagnostic when there is an error, and returns the data
    /// when there are only warnings.
    func testLoadOrThrow() throws {
        let broken = try directory(["renstra.yaml": nil])
        XCTAssertThrowsError(try ReportLoader.loadOrThrow(directory: broken.url)) { error in
            XCTAssertEqual((error as? DiagnosticList)?.errors.count, 1)
        }
        let warned = try directory(["assets/ttd/196606051989111001.png": "rusak"])
        XCTAssertEqual(try ReportLoader.loadOrThrow(directory: warned.url).instansi.tahun, 2023)
    }
}
