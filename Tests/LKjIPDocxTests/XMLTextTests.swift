import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// Escaping: data never becomes markup, and characters XML cannot carry are refused.
final class XMLTextTests: XCTestCase {
    func testEscapesMarkupCharacters() throws {
        XCTAssertEqual(try XMLText.escape("<b>&\"'"), "&lt;b&gt;&amp;&quot;&apos;")
        XCTAssertEqual(try XMLText.escape("a\tb\nc"), "a\tb\nc")
    }

    /// Plain text comes back as it is; the characters that need work are found anywhere in
    /// it, including after multi-byte letters, and the two non-characters are still refused.
    func testPlainTextUnchangedAndHardCasesFound() throws {
        XCTAssertEqual(try XMLText.escape("Kantor Wilayah — capaian 99,56%"), "Kantor Wilayah — capaian 99,56%")
        XCTAssertEqual(try XMLText.escape("é & ü"), "é &amp; ü")
        XCTAssertEqual(try XMLText.escape("\u{FF0C}koma"), "\u{FF0C}koma", "U+FF0C shares the lead byte of the non-characters")
        XCTAssertThrowsError(try XMLText.escape("a\u{FFFE}"))
        XCTAssertThrowsError(try XMLText.escape("a\u{FFFF}"))
        XCTAssertThrowsError(try XMLText.escape("bel\u{07}"))
    }

    /// Hostile text in a paragraph, a table cell, metadata, a signature, a caption and an
    /// org chart box comes back from the parser exactly as typed, with no element made of it.
    func testHostileTextComesThroughExactly() throws {
        let hostile = SampleDocuments.hostile
        var chart = SampleDocuments.placedOrgChart
        chart.drawing?.boxes[1].title = hostile
        var sample = document([
            .paragraph(Paragraph(content: [.text(hostile)])),
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text(hostile)])], caption: Caption(.table, hostile))),
            .signature(SignatureBlock(placeAndDate: hostile, right: Signatory(roleLines: [hostile], name: hostile))),
            .orgChart(chart),
            .figure(Figure(image: SampleDocuments.blueImage(description: hostile))),
        ])
        sample.metadata.title = hostile
        let package = try DocxPackage(sample)
        let body = try package.body
        XCTAssertTrue(body.all("script").isEmpty && body.all("b").isEmpty, "no markup made from text")
        let texts = body.all("w:t").map(\.text)
        XCTAssertTrue(texts.contains(hostile))
        // The caption's number is a SEQ field between two runs of text.
        XCTAssertTrue(body.all("w:p").contains { $0.all("w:t").map(\.text).joined() == "Tabel 1 " + hostile })
        XCTAssertEqual(texts.filter { $0 == hostile }.count, 6, "paragraph, cell, place, role, name, org box")
        XCTAssertTrue(body.all("wp:docPr").contains { $0["descr"] == hostile })
        XCTAssertEqual(try package.xml("docProps/core.xml").child("dc:title")?.text, hostile)
    }

    /// A control character cannot be written to XML 1.0: writing fails with
    /// `invalidCharacter` naming the character instead of producing a corrupt file.
    func testControlCharacterThrows() {
        let sample = document([.paragraph(Paragraph(content: [.text("Capaian\u{0001}99%")]))])
        XCTAssertThrowsError(try DocxWriter.write(sample)) { error in
            guard case DocxError.invalidCharacter(let value, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(value, 1)
            XCTAssertTrue(context.hasPrefix("Capaian"))
            XCTAssertTrue(String(describing: error).contains("U+1"))
        }
        XCTAssertThrowsError(try XMLText.escape("\u{FFFF}"))
        XCTAssertThrowsError(try XMLText.escape("a\u{001B}b"))
    }

    /// The same check guards text outside the body (a heading in a cell, metadata).
    func testControlCharacterInMetadataThrows() {
        var sample = document([.paragraph(Paragraph(content: [.text("x")]))])
        sample.metadata.author = "Kanwil\u{0008}"
        XCTAssertThrowsError(try DocxWriter.write(sample))
    }
}
