import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import TestSupport
import XCTest

/// Rendering chapters, and errors located at the template's own file and line. Each
/// template is written out in the test with its lines numbered in a comment, so the
/// expected line is counted by hand.
final class TemplateRendererTests: XCTestCase {
    func fixture(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.url.appendingPathComponent(name), encoding: .utf8)
    }

    // MARK: rendering

    /// The fixture chapter with its partial renders to one roman-numbered section: the
    /// heading, one paragraph per row, then the partial's centred bold paragraph.
    func testRendersChapterWithPartial() throws {
        let folder = try TemplateFolder(["chapter.mustache": try fixture("chapter.mustache"), "bagian.mustache": try fixture("bagian.mustache")])
        let sections = try folder.render("chapter", context: ["judul": "BAB I <Pendahuluan> & Latar", "baris": [["nama": "satu"], ["nama": "dua"]]])
        XCTAssertEqual(sections.count, 1)
        XCTAssertEqual(sections[0].pageNumbering, .lowerRoman)
        XCTAssertTrue(sections[0].restartNumbering)
        XCTAssertEqual(sections[0].blocks, [
            .heading(Heading(level: 1, content: [text("BAB I <Pendahuluan> & Latar")], anchor: "judul")),
            .paragraph(Paragraph(content: [text("satu")])),
            .paragraph(Paragraph(content: [text("dua")])),
            .paragraph(Paragraph(content: [text("BAB I <Pendahuluan> & Latar", .bold)], alignment: .center)),
        ])
    }

    /// Chapters render in the order asked, each adding its sections.
    func testChaptersInOrder() throws {
        let folder = try TemplateFolder([
            "a.mustache": "<chapter><section><p>A</p></section></chapter>",
            "b.mustache": "<chapter><section numbering=\"none\"><p>B</p></section><section><p>B2</p></section></chapter>",
        ])
        let sections = try folder.renderer().render(chapters: ["b", "a"], context: [:], registry: BlockRegistry())
        XCTAssertEqual(sections.map { $0.blocks.first.flatMap { if case .paragraph(let p) = $0 { return p.content.plainText }; return nil } }, ["B", "B2", "A"])
        let missing = templateError { try folder.renderer().render(chapters: ["c"], context: [:], registry: BlockRegistry()) }
        XCTAssertEqual(missing?.template, "c.mustache")
        XCTAssertTrue(missing?.message.contains("not found") == true)
    }

    // MARK: line markers

    /// An unknown element on line 8, after a section that renders three lines from one:
    /// reported at bab9.mustache:8, not at a line of the rendered output.
    func testUnknownElementReportsTemplateLine() throws {
        let folder = try TemplateFolder(["bab9.mustache": """
        <chapter>
        <section>
        <h1 chapter="9">BAB IX</h1>
        {{#baris}}
        <p>{{nama}}</p>
        {{/baris}}
        <p>akhir</p>
        <blink>salah</blink>
        </section>
        </chapter>
        """])  // lines 1-10; <blink> on line 8
        let error = templateError { try folder.render("bab9", context: ["baris": [["nama": "a"], ["nama": "b"], ["nama": "c"]]]) }
        XCTAssertEqual(error?.template, "bab9.mustache")
        XCTAssertEqual(error?.line, 8)
        XCTAssertTrue(error?.message.contains("unknown element <blink>") == true)
        XCTAssertEqual(error?.description.hasPrefix("templates/bab9.mustache:8: error: unknown element <blink>"), true, error?.description ?? "")
    }

    /// An unknown attribute on line 5 of a nested structure (a cell of a table).
    func testUnknownAttributeReportsTemplateLine() throws {
        let folder = try TemplateFolder(["bab2.mustache": """
        <chapter>
        <section>
        <table widths="1,1">
        <tr><td>a</td><td>b</td></tr>
        <tr><td>c</td><td colour="red">d</td></tr>
        </table>
        </section>
        </chapter>
        """])  // the colour attribute is on line 5
        let error = templateError { try folder.render("bab2") }
        XCTAssertEqual(error?.template, "bab2.mustache")
        XCTAssertEqual(error?.line, 5)
        XCTAssertTrue(error?.message.contains("unknown attribute `colour` on <td>") == true, error?.message ?? "")
    }

    /// A table whose second row (line 6) leaves a column empty: the error names the row and
    /// points at the table (line 4) or at that row (line 6), not at a later line.
    func testBadTableGridReportsTemplateLine() throws {
        let folder = try TemplateFolder(["bab3.mustache": """
        <chapter>
        <section>
        <p>pengantar</p>
        <table widths="1,1">
        <tr><td>a</td><td>b</td></tr>
        <tr><td>c</td></tr>
        <tr><td>d</td><td>e</td></tr>
        </table>
        </section>
        </chapter>
        """])  // table on line 4, the short row on line 6, a good row on line 7
        let error = templateError { try folder.render("bab3") }
        XCTAssertEqual(error?.template, "bab3.mustache")
        XCTAssertTrue(error?.message.contains("row 2") == true, error?.message ?? "")
        XCTAssertTrue([4, 6].contains(error?.line ?? -1), "reported at line \(error?.line.map(String.init) ?? "nil")")
    }

    /// An ampersand typed in the template (line 4) makes the output malformed; the parser's
    /// error is mapped back to the template line.
    func testMalformedXMLReportsTemplateLine() throws {
        let folder = try TemplateFolder(["bab4.mustache": """
        <chapter>
        <section>
        {{#baris}}<p>{{nama}}</p>
        {{/baris}}
        <p>Kesimpulan & saran</p>
        </section>
        </chapter>
        """])  // the bare & is on line 5
        let error = templateError { try folder.render("bab4", context: ["baris": [["nama": "a"], ["nama": "b"]]]) }
        XCTAssertEqual(error?.template, "bab4.mustache")
        XCTAssertEqual(error?.line, 5)
        XCTAssertTrue(error?.message.contains("not well-formed") == true)
    }

    /// An unclosed tag is found where the parser stops (the end of the section on line 6);
    /// the report points between the opening (line 4) and that line.
    func testUnclosedTagReportsANearbyLine() throws {
        let folder = try TemplateFolder(["bab5.mustache": """
        <chapter>
        <section>
        <p>satu</p>
        <p>dua
        <p>tiga</p>
        </section>
        </chapter>
        """])
        let error = templateError { try folder.render("bab5") }
        XCTAssertEqual(error?.template, "bab5.mustache")
        XCTAssertTrue((4...6).contains(error?.line ?? -1), "line \(error?.line.map(String.init) ?? "nil")")
    }

    /// A line that starts with a mustache section tag (`{{#flag}}<blink/>{{/flag}}`, the
    /// pattern of the bundled templates' `{{#hasIku}}<insert .../>{{/hasIku}}`) is a template
    /// line like any other: an error in it is reported at its own line (5), not the line
    /// before.
    func testLineStartingWithSectionTagReportsItsOwnLine() throws {
        let folder = try TemplateFolder(["bab6.mustache": """
        <chapter>
        <section>
        <p>satu</p>
        <p>dua</p>
        {{#flag}}<insert ref="b404"/>{{/flag}}
        </section>
        </chapter>
        """])
        let error = templateError { try folder.render("bab6", context: ["flag": true]) }
        XCTAssertEqual(error?.template, "bab6.mustache")
        XCTAssertTrue(error?.message.contains("no such block") == true)
        XCTAssertEqual(error?.line, 5)
    }

    /// The same right after a partial: the error on the chapter's line 4 must name the
    /// chapter, not the partial whose line was marked last.
    func testSectionTagLineAfterPartialNamesTheChapter() throws {
        let folder = try TemplateFolder(["bab11.mustache": """
        <chapter>
        <section>
        {{> bagian11}}
        {{#flag}}<insert ref="b404"/>{{/flag}}
        </section>
        </chapter>
        """, "bagian11.mustache": "<p>bagian</p>"])
        let error = templateError { try folder.render("bab11", context: ["flag": true]) }
        XCTAssertEqual(error?.template, "bab11.mustache")
        XCTAssertEqual(error?.line, 4)
    }

    /// An error inside a partial names the partial's file and its line (2); an error in the
    /// chapter after the partial names the chapter again.
    func testPartialsReportTheirOwnFile() throws {
        let partial = """
        <p>bagian</p>
        <blink/>
        """
        let folder = try TemplateFolder(["bab7.mustache": """
        <chapter>
        <section>
        <p>awal</p>
        {{> bagian7}}
        </section>
        </chapter>
        """, "bagian7.mustache": partial])
        let error = templateError { try folder.render("bab7") }
        XCTAssertEqual(error?.template, "bagian7.mustache")
        XCTAssertEqual(error?.line, 2)

        let after = try TemplateFolder(["bab8.mustache": """
        <chapter>
        <section>
        {{> bagian8}}
        <p>sesudah</p>
        <blink/>
        </section>
        </chapter>
        """, "bagian8.mustache": "<p>bagian</p>\n<p>lagi</p>"])
        let second = templateError { try after.render("bab8") }
        XCTAssertEqual(second?.template, "bab8.mustache")
        XCTAssertEqual(second?.line, 5)
    }

    /// Lines inside a multi-line mustache comment get no marker, so the comment text is never
    /// taken for markup and line numbers after it stay right.
    func testCommentsAreSkipped() throws {
        let folder = try TemplateFolder(["bab10.mustache": """
        {{! Catatan:
        <p>ini bukan markup</p>
        }}
        <chapter>
        <section>
        <blink/>
        </section>
        </chapter>
        """])
        let error = templateError { try folder.render("bab10") }
        XCTAssertEqual(error?.line, 6)
    }

    /// A mustache syntax error (the fixture's unclosed `{{#baris}}`) is reported when the
    /// folder is loaded, at the template's file with a line.
    func testMustacheSyntaxError() throws {
        let folder = try TemplateFolder(["broken.mustache": try fixture("broken.mustache")])
        let error = templateError { try folder.renderer() }
        XCTAssertEqual(error?.template, "broken.mustache")
        XCTAssertNotNil(error?.line)
        XCTAssertTrue(error?.message.contains("template syntax") == true, error?.message ?? "")
    }

    /// A folder that does not exist is an error, not an empty renderer.
    func testMissingFolder() {
        XCTAssertNotNil(templateError { try TemplateRenderer(directory: URL(fileURLWithPath: "/nonexistent/templates"), assets: []) })
    }

    // MARK: variables

    /// The fixture `typo.mustache` misspells `baris.namaa` on line 5: reported with file and
    /// line before anything renders.
    func testUnknownVariableWithFileAndLine() throws {
        let folder = try TemplateFolder(["typo.mustache": try fixture("typo.mustache")])
        let error = templateError { try folder.render("typo", context: ["judul": "x", "baris": [["nama": "a"]]]) }
        XCTAssertEqual(error?.template, "typo.mustache")
        XCTAssertEqual(error?.line, 5)
        XCTAssertTrue(error?.message.contains("unknown variable `baris.namaa`") == true, error?.message ?? "")
    }

    /// An unknown variable inside a partial is reported in the partial.
    func testUnknownVariableInPartial() throws {
        let folder = try TemplateFolder(["chapter.mustache": try fixture("chapter.mustache"), "bagian.mustache": "\n<p>{{judull}}</p>"])
        let error = templateError { try folder.render("chapter", context: ["judul": "x", "baris": [] as [Any]]) }
        XCTAssertEqual(error?.template, "bagian.mustache")
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.contains("`judull`") == true)
    }

    // MARK: names

    /// Every `narasi.*` name of the chapters and the partials they include, and none of a
    /// template no chapter includes.
    func testNamesWithPrefixIncludePartials() throws {
        let folder = try TemplateFolder([
            "bab1.mustache": "<chapter><section><md>{{narasi.latar_belakang}}</md>{{> bagian}}{{#narasi.saran}}<p>x</p>{{/narasi.saran}}</section></chapter>",
            "bagian.mustache": "<md>{{{narasi.tugas_fungsi}}}</md>{{> dalam}}",
            "dalam.mustache": "<md>{{&narasi.kesimpulan}}</md>",
            "lain.mustache": "<md>{{narasi.tidak_dipakai}}</md>",
        ])
        let names = try folder.renderer().names(withPrefix: "narasi.", in: ["bab1"])
        XCTAssertEqual(names, ["latar_belakang", "tugas_fungsi", "kesimpulan", "saran"])
    }

    /// The bundled templates/ folder loads, and its narasi names are exactly those a plain
    /// scan of the files finds (`{{narasi.x}}`, `{{#narasi.x}}`, ... in any template).
    func testBundledTemplatesLoadAndNameTheirNarasi() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")
        let renderer = try TemplateRenderer(directory: folder, assets: [])
        let chapters = ["cover", "kata-pengantar", "ikhtisar-eksekutif", "daftar-isi", "bab1", "bab2", "bab3", "bab4", "lampiran"]
        let names = renderer.names(withPrefix: "narasi.", in: chapters)
        var scanned: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"\{\{[#^&{]?\s*narasi\.([A-Za-z0-9_]+)"#)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                scanned.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        XCTAssertEqual(names, scanned)
        XCTAssertTrue(names.isSuperset(of: ["latar_belakang", "kata_pengantar", "kesimpulan", "saran"]))
    }
}
