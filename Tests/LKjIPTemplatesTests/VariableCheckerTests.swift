@testable import LKjIPTemplates
import XCTest

/// Every mustache name resolved against the context before rendering, with mustache's
/// lookup rules, so a typo cannot silently print nothing.
final class VariableCheckerTests: XCTestCase {
    func check(_ source: String, _ context: [String: Any], partials: [String: String] = [:]) throws {
        try VariableChecker(sources: ["t": source].merging(partials) { a, _ in a }).check("t", context: context)
    }

    func testKnownNamesPass() throws {
        let context: [String: Any] = ["instansi": ["nama": "Kanwil"], "baris": [["nama": "a"]], "ada": true, "teks": "x"]
        XCTAssertNoThrow(try check("{{instansi.nama}} {{#baris}}{{nama}} {{instansi.nama}}{{/baris}} {{#ada}}{{teks}}{{/ada}} {{^ada}}{{teks}}{{/ada}} {{{teks}}} {{&teks}} {{.}}", context))
    }

    /// The unknown name is reported with its line (counted through multi-line text and tags).
    func testUnknownNameWithLine() {
        XCTAssertThrowsError(try check("<p>\n{{instansi.nama}}\n\n{{instansi.namaa}}</p>", ["instansi": ["nama": "x"]])) { error in
            let error = error as? TemplateError
            XCTAssertEqual(error?.template, "t.mustache")
            XCTAssertEqual(error?.line, 4)
            XCTAssertEqual(error?.message, "unknown variable `instansi.namaa`; did you mean `instansi.nama`?")
        }
    }

    /// Inside a section over a list, names resolve against its first element, then outward.
    func testSectionOverListUsesItsElements() {
        XCTAssertThrowsError(try check("{{#baris}}{{namaa}}{{/baris}}", ["baris": [["nama": "a"]]]))
        XCTAssertNoThrow(try check("{{#baris}}{{judul}}{{/baris}}", ["baris": [["nama": "a"]], "judul": "x"]))
    }

    /// An empty list renders nothing, so nothing inside it can fail.
    func testEmptyListChecksNothingInside() {
        XCTAssertNoThrow(try check("{{#baris}}{{apapun}}{{/baris}}", ["baris": [] as [Any]]))
    }

    /// Section names must exist too, and so must names after a section closes.
    func testSectionNamesAndNamesAfterSections() {
        XCTAssertThrowsError(try check("{{#tidakAda}}x{{/tidakAda}}", [:]))
        XCTAssertThrowsError(try check("{{#a}}{{/a}}{{b}}", ["a": ["x": "1"]]))
    }

    /// Names in partials are checked with the includer's context, and reported in the partial.
    func testPartials() {
        XCTAssertThrowsError(try check("{{#pk}}{{> bagian}}{{/pk}}", ["pk": ["nama": "a"]], partials: ["bagian": "\n{{namaa}}"])) { error in
            XCTAssertEqual((error as? TemplateError)?.template, "bagian.mustache")
            XCTAssertEqual((error as? TemplateError)?.line, 2)
        }
        XCTAssertNoThrow(try check("{{#pk}}{{> bagian}}{{/pk}}", ["pk": ["nama": "a"]], partials: ["bagian": "{{nama}}"]))
    }

    /// Tags with their kinds and lines.
    func testTags() {
        let tags = VariableChecker.tags(in: "a {{x}}\n{{#s}}\n{{{y}}} {{& z }}{{/s}}{{! c }}{{> p}}")
        XCTAssertEqual(tags.map(\.name), ["x", "s", "y", "z", "s", "c", "p"])
        XCTAssertEqual(tags.map { $0.kind.map(String.init) ?? "" }, ["", "#", "", "&", "/", "!", ">"])
        XCTAssertEqual(tags.map(\.line), [1, 2, 3, 3, 3, 3, 3])
    }
}
