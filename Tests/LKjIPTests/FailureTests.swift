import Foundation
import LKjIP
import LKjIPModel
import LKjIPTemplates
import XCTest

/// A failed run names what is wrong and where, and leaves the previous good output alone.
final class FailureTests: XCTestCase {
    func testBadDataKeepsThePreviousGoodOutputUntouched() throws {
        let data = try Fixtures.copy(Fixtures.sulbar)
        let output = try Fixtures.temporaryDirectory()
        let good = try ReportBuilder.build(Fixtures.request(data: data, output: output))
        let before = try good.map { try Data(contentsOf: $0) }

        let file = data.appendingPathComponent("pk/administrasi.yaml")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "target: 3.1", with: "target: sembilan puluh")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("pk/administrasi.yaml:16:13: sasaran_kegiatan[0].indikator[0].target: error: expected a number, found \"sembilan puluh\""), result.standardError)
        XCTAssertTrue(result.standardError.contains("no output written"))
        XCTAssertEqual(try good.map { try Data(contentsOf: $0) }, before, "previous output untouched")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(), good.map(\.lastPathComponent).sorted(), "no temporary files left")
    }

    func testSeveralErrorsAreShownTogether() throws {
        let data = try Fixtures.copy(Fixtures.sulbar)
        let pk = data.appendingPathComponent("pk/administrasi.yaml")
        try String(contentsOf: pk, encoding: .utf8).replacingOccurrences(of: "pihak_kedua: kakanwil", with: "pihak_kedua: kakanwl")
            .write(to: pk, atomically: true, encoding: .utf8)
        let instansi = data.appendingPathComponent("instansi.yaml")
        try (String(contentsOf: instansi, encoding: .utf8) + "  kota_baru: Mamuju\n").write(to: instansi, atomically: true, encoding: .utf8)
        let result = try LKjIPProcess.run(["build", data.path, "-o", try Fixtures.temporaryDirectory().path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("instansi.yaml:"), result.standardError)
        XCTAssertTrue(result.standardError.contains("unknown key `kota_baru`"), result.standardError)
        XCTAssertTrue(result.standardError.contains("pk/administrasi.yaml:"), result.standardError)
        XCTAssertTrue(result.standardError.contains("unknown pejabat `kakanwl`; did you mean `kakanwil`?"), result.standardError)
    }

    func testAReferenceErrorNamesItsOwnFileWhenAnEarlierFileFailed() throws {
        let data = try Fixtures.copy(Fixtures.sulbar)
        let administrasi = data.appendingPathComponent("pk/administrasi.yaml")
        try String(contentsOf: administrasi, encoding: .utf8).replacingOccurrences(of: "target: 3.1", with: "target: sembilan puluh")
            .write(to: administrasi, atomically: true, encoding: .utf8)
        let keimigrasian = data.appendingPathComponent("pk/keimigrasian.yaml")
        try String(contentsOf: keimigrasian, encoding: .utf8).replacingOccurrences(of: "pihak_kedua: kakanwil", with: "pihak_kedua: kakanwl")
            .write(to: keimigrasian, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportBuilder.compute(dataDirectory: data)) { error in
            let lines = "\(error)".split(separator: "\n").map(String.init)
            XCTAssertEqual(lines, [
                "pk/administrasi.yaml:16:13: sasaran_kegiatan[0].indikator[0].target: error: expected a number, found \"sembilan puluh\"",
                "pk/keimigrasian.yaml:6:14: pihak_kedua: error: unknown pejabat `kakanwl`; did you mean `kakanwil`?",
            ])
        }
    }

    func testTemplateThatDoesNotParseNamesFileAndLine() throws {
        let templates = try Fixtures.copy(Fixtures.templates)
        let bab4 = templates.appendingPathComponent("bab4.mustache")
        try String(contentsOf: bab4, encoding: .utf8).replacingOccurrences(of: "{{narasi.saran}}", with: "{{#narasi.saran}}")
            .write(to: bab4, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportBuilder.build(Fixtures.request(data: Fixtures.sulbar, output: try Fixtures.temporaryDirectory(), templates: templates))) { error in
            guard let error = error as? TemplateError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.template, "bab4.mustache")
            XCTAssertNotNil(error.line)
        }
    }

    func testTemplateNamingAMissingVariableNamesFileAndLine() throws {
        let templates = try Fixtures.copy(Fixtures.templates)
        let bab4 = templates.appendingPathComponent("bab4.mustache")
        try String(contentsOf: bab4, encoding: .utf8).replacingOccurrences(of: "{{narasi.saran}}", with: "{{narasi.sarann}}")
            .write(to: bab4, atomically: true, encoding: .utf8)
        let output = try Fixtures.temporaryDirectory()
        let result = try LKjIPProcess.run(["build", Fixtures.sulbar.path, "-o", output.path, "--templates", templates.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("templates/bab4.mustache:7: error: unknown variable `narasi.sarann`"), result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path), [])
    }

    func testOutputDirectoryThatCannotBeWritten() throws {
        let blocker = try Fixtures.temporaryDirectory().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let result = try LKjIPProcess.run(["build", Fixtures.sulbar.path, "-o", blocker.appendingPathComponent("out").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("cannot create output directory"), result.standardError)
        let fileAsOutput = try LKjIPProcess.run(["build", Fixtures.sulbar.path, "-o", blocker.path])
        XCTAssertTrue(fileAsOutput.standardError.contains("exists and is not a directory"), fileAsOutput.standardError)
    }

    func testControlCharacterInNarrativeIsLocated() throws {
        let data = try Fixtures.copy(Fixtures.sulbar)
        try Data("Paragraf pertama.\n\nKedua\u{7} baris.\n".utf8).write(to: data.appendingPathComponent("narasi/saran.md"))
        XCTAssertThrowsError(try ReportBuilder.compute(dataDirectory: data)) { error in
            XCTAssertEqual("\(error)", "narasi/saran.md:3: error: control character U+0007 is not allowed")
        }
    }

    func testMarkupInDataStaysText() throws {
        let data = try Fixtures.copy(Fixtures.sulbar)
        let file = data.appendingPathComponent("pejabat.yaml")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "nama: Pejabat Kepala Kantor Wilayah Sulawesi Barat", with: "nama: \"A & B <i>Ma'aruf</i> \\\"X\\\"\"")
            .write(to: file, atomically: true, encoding: .utf8)
        let output = try Fixtures.temporaryDirectory()
        let files = try ReportBuilder.build(Fixtures.request(data: data, output: output))
        let text = DocxText.paragraphs(try DocxText.documentXML(try Data(contentsOf: files[0])))
        XCTAssertTrue(text.contains("A & B <i>Ma'aruf</i> \"X\""), "the name comes through exactly")
        let html = try String(contentsOf: files[1], encoding: .utf8)
        XCTAssertTrue(html.contains("A &amp; B &lt;i&gt;Ma&#39;aruf&lt;/i&gt; &quot;X&quot;"))
    }
}
