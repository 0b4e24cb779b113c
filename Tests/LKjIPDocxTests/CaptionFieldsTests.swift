import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// Captions carry SEQ fields and the lists of tables, charts and pictures are TOC fields over
/// them, so Word can rebuild both; the cached results are lkjip's numbers and pages.
final class CaptionFieldsTests: XCTestCase {
    func numbered() -> Document {
        var document = Document(metadata: Metadata(title: "Uji"), sections: [Section(blocks: [
            .contents(TableOfContents(captions: .table)),
            .heading(Heading(level: 1, content: [.text("BAB III")], anchor: "bab-3", chapter: 3)),
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])], caption: Caption(.table, "Capaian"))),
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("b")])], caption: Caption(.table, "Anggaran"))),
        ])])
        DocumentNumbering.apply(&document)
        document.pageNumbers = ["tabel-3-1": "12", "tabel-3-2": "13"]
        return document
    }

    /// "Tabel 3.2 Anggaran": the chapter typed, the position a SEQ field with "2" as its
    /// result; the paragraph reads the same as before.
    func testCaptionNumberIsASeqField() throws {
        let body = try DocxPackage(numbered()).body
        let captions = body.children.filter { $0.child("w:pPr")?.child("w:pStyle")?["w:val"] == "Caption" }
        XCTAssertEqual(captions.map { $0.all("w:t").map(\.text).joined() }, ["Tabel 3.1 Capaian", "Tabel 3.2 Anggaran"])
        // The first caption of the chapter restarts the count (LibreOffice recomputes SEQ
        // fields and knows no chapter reset); the next counts on.
        XCTAssertEqual(captions[0].all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) }, ["SEQ Tabel \\r 1 \\* ARABIC"])
        XCTAssertEqual(captions[1].all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) }, ["SEQ Tabel \\* ARABIC"])
    }

    /// DAFTAR TABEL is a TOC field over the "Tabel" captions, with hyperlinks and the
    /// measured pages as cached results.
    func testListOfTablesIsATocField() throws {
        let body = try DocxPackage(numbered()).body
        let instructions = body.all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(instructions.first, "TOC \\h \\z \\c \"Tabel\"")
        XCTAssertEqual(instructions.filter { $0.hasPrefix("PAGEREF") }.count, 2)
        let entries = body.children.prefix(2)
        XCTAssertEqual(entries.map { $0.all("w:t").map(\.text).joined() }, ["Tabel 3.1 Capaian12", "Tabel 3.2 Anggaran13"])
        let fieldCharacters = body.all("w:fldChar").compactMap { $0["w:fldCharType"] }
        XCTAssertEqual(fieldCharacters.filter { $0 == "begin" }.count, fieldCharacters.filter { $0 == "end" }.count)
    }
}
