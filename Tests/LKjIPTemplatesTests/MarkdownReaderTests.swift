import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import TestSupport
import XCTest

/// The light Markdown of narrative fields.
final class MarkdownReaderTests: XCTestCase {
    func paragraph(_ content: [Inline]) -> Block { .paragraph(Paragraph(content: content)) }
    func item(_ string: String) -> [Block] { [paragraph([text(string)])] }

    /// Blank lines separate paragraphs; lines of one paragraph join with a space; CRLF is
    /// read like LF.
    func testParagraphs() {
        XCTAssertEqual(MarkdownReader.blocks("Baris satu\nbaris dua.\r\n\r\nParagraf kedua."), [
            paragraph([text("Baris satu baris dua.")]), paragraph([text("Paragraf kedua.")]),
        ])
        XCTAssertEqual(MarkdownReader.blocks(""), [])
        XCTAssertEqual(MarkdownReader.blocks("\n\n   \n"), [])
    }

    /// `**bold**`, `*italic*` and `_italic_`; an unclosed marker and an underscore inside a
    /// word stay literal.
    func testBoldAndItalic() {
        XCTAssertEqual(MarkdownReader.blocks("Nilai **tebal** dan *miring* serta _miring_."), [paragraph([
            text("Nilai "), text("tebal", .bold), text(" dan "), text("miring", .italic), text(" serta "), text("miring", .italic), text("."),
        ])])
        XCTAssertEqual(MarkdownReader.blocks("2 ** 3 dan kode_satker_baru"), [paragraph([text("2 ** 3 dan kode_satker_baru")])])
        XCTAssertEqual(MarkdownReader.blocks("***tebal miring***"), [paragraph([text("tebal miring", [.bold, .italic])])])
    }

    /// A trailing backslash is a hard line break.
    func testHardBreak() {
        XCTAssertEqual(MarkdownReader.blocks("Padang,\\\n5 Januari"), [paragraph([text("Padang,"), .lineBreak, text("5 Januari")])])
    }

    /// `#` to `####` are headings of that level (deeper ones are level 4); seven hashes or
    /// no space after them are text.
    func testHeadings() {
        XCTAssertEqual(MarkdownReader.blocks("#### Rincian **Kegiatan**"), [.heading(Heading(level: 4, content: [text("Rincian "), text("Kegiatan", .bold)], anchor: "Rincian **Kegiatan**"))])
        guard case .heading(let one)? = MarkdownReader.blocks("# Judul").first else { return XCTFail() }
        XCTAssertEqual(one.level, 1)
        guard case .heading(let deep)? = MarkdownReader.blocks("###### Dalam").first else { return XCTFail() }
        XCTAssertEqual(deep.level, 4)
        XCTAssertEqual(MarkdownReader.blocks("####### tujuh"), [paragraph([text("####### tujuh")])])
        XCTAssertEqual(MarkdownReader.blocks("#tanpa spasi"), [paragraph([text("#tanpa spasi")])])
    }

    /// Bullets: "- " and "– " are dashes, "* " and "• " bullets.
    func testBullets() {
        XCTAssertEqual(MarkdownReader.blocks("- satu\n- dua"), [.list(List(kind: .dash, items: [item("satu"), item("dua")]))])
        XCTAssertEqual(MarkdownReader.blocks("* satu\n* dua"), [.list(List(kind: .bullet, items: [item("satu"), item("dua")]))])
        XCTAssertEqual(MarkdownReader.blocks("• satu"), [.list(List(kind: .bullet, items: [item("satu")]))])
    }

    /// Numbered lists keep their first number: "3." starts at 3, "2)" is the parenthesised
    /// style from 2, "c." a letter list from 3, "B." upper case from 2.
    func testStartNumbers() {
        XCTAssertEqual(MarkdownReader.blocks("3. tiga\n4. empat"), [.list(List(kind: .decimal, items: [item("tiga"), item("empat")], start: 3))])
        XCTAssertEqual(MarkdownReader.blocks("2) dua"), [.list(List(kind: .decimalParen, items: [item("dua")], start: 2))])
        XCTAssertEqual(MarkdownReader.blocks("c. Layanan\nd. Gedung"), [.list(List(kind: .lowerLetter, items: [item("Layanan"), item("Gedung")], start: 3))])
        XCTAssertEqual(MarkdownReader.blocks("B. dua"), [.list(List(kind: .upperLetter, items: [item("dua")], start: 2))])
    }

    /// Numbers that are not list markers stay text: "1.000 orang", "2023. Tahun".
    func testNumbersThatAreNotMarkers() {
        XCTAssertEqual(MarkdownReader.blocks("1.000 orang hadir"), [paragraph([text("1.000 orang hadir")])])
        XCTAssertEqual(MarkdownReader.blocks("2023. Tahun yang baik"), [paragraph([text("2023. Tahun yang baik")])])
    }

    /// Lists nest by indentation: the indented items belong to the item above them.
    func testNestedByIndentation() {
        let markdown = """
        1. Divisi Administrasi
           a. Rencana kerja
           b. Keuangan
        2. Divisi Pemasyarakatan
            - butir dalam
        """
        let inner = List(kind: .lowerLetter, items: [item("Rencana kerja"), item("Keuangan")])
        let dash = List(kind: .dash, items: [item("butir dalam")])
        XCTAssertEqual(MarkdownReader.blocks(markdown), [.list(List(kind: .decimal, items: [
            [paragraph([text("Divisi Administrasi")]), .list(inner)],
            [paragraph([text("Divisi Pemasyarakatan")]), .list(dash)],
        ]))])
    }

    /// A continuation line of an item joins the item's text; a paragraph after a blank
    /// line ends the list.
    func testItemContinuationAndEnd() {
        let blocks = MarkdownReader.blocks("- satu\n  lanjutan\n- dua\n\nParagraf sesudah.")
        XCTAssertEqual(blocks, [
            .list(List(kind: .dash, items: [item("satu lanjutan"), item("dua")])),
            paragraph([text("Paragraf sesudah.")]),
        ])
    }

    /// A blank line between items of one list does not split it.
    func testBlankLineBetweenItems() {
        XCTAssertEqual(MarkdownReader.blocks("1. satu\n\n2. dua"), [.list(List(kind: .decimal, items: [item("satu"), item("dua")]))])
    }

    /// `![caption](path)` of a known picture becomes a captioned figure whose description is
    /// the caption; an unknown path gives nothing (the loader reported it).
    func testPictures() {
        let image = Image(data: Data([1, 2]), format: .png, widthPoints: 100, heightPoints: 50)
        let blocks = MarkdownReader.blocks("Sebelum.\n\n![Kegiatan sosialisasi](foto/a.png)\n\n![Hilang](foto/b.png)\n\nSesudah.", images: ["foto/a.png": image])
        var described = image
        described.description = "Kegiatan sosialisasi"
        XCTAssertEqual(blocks, [
            paragraph([text("Sebelum.")]),
            .figure(Figure(image: described, caption: Caption(.figure, "Kegiatan sosialisasi"))),
            paragraph([text("Sesudah.")]),
        ])
        // An empty caption gives an uncaptioned picture.
        guard case .figure(let plain)? = MarkdownReader.blocks("![](foto/a.png)", images: ["foto/a.png": image]).first else { return XCTFail() }
        XCTAssertNil(plain.caption)
    }
}
