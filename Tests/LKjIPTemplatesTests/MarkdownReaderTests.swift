import LKjIPDocument
@testable import LKjIPTemplates
import XCTest

final class MarkdownReaderTests: XCTestCase {
    func testParagraphsJoinLinesAndSplitOnBlankLines() {
        XCTAssertEqual(MarkdownReader.blocks("Baris satu\nbaris dua.\n\nParagraf **dua** dan *miring*."), [
            .paragraph(Paragraph(content: [.text("Baris satu baris dua.")])),
            .paragraph(Paragraph(content: [.text("Paragraf "), .text("dua", .bold), .text(" dan "), .text("miring", .italic), .text(".")])),
        ])
    }

    func testNestedListsByIndentation() {
        let blocks = MarkdownReader.blocks("1. Divisi Administrasi\n   a. Rencana kerja;\n   b. Layanan keuangan;\n   i. Diklat.\n2. Divisi Pemasyarakatan")
        guard case .list(let list) = blocks.first else { return XCTFail("\(blocks)") }
        XCTAssertEqual(list.kind, .decimal)
        XCTAssertEqual(list.items.count, 2)
        guard case .list(let nested) = list.items[0][1] else { return XCTFail("no nested list") }
        XCTAssertEqual(nested.kind, .lowerLetter)
        XCTAssertEqual(nested.items.count, 3, "the letter i. continues an a. list")
    }

    func testMarkerKindsAndStart() {
        let kinds: [(String, ListKind, Int)] = [("- a", .dash, 1), ("* a", .bullet, 1), ("3) a", .decimalParen, 3), ("c. a", .lowerLetter, 3), ("B. a", .upperLetter, 2)]
        for (text, kind, start) in kinds {
            guard case .list(let list) = MarkdownReader.blocks(text).first else { return XCTFail(text) }
            XCTAssertEqual(list.kind, kind, text)
            XCTAssertEqual(list.start, start, text)
        }
        guard case .list(let dashed) = MarkdownReader.blocks("- a. Rencana").first else { return XCTFail() }
        XCTAssertEqual(dashed.kind, .lowerLetter, "the seed writes \"- a. …\" for lettered lists")
    }

    func testHeadingsAndLiteralLeftovers() {
        XCTAssertEqual(MarkdownReader.blocks("#### 1. Permasalahan"), [.heading(Heading(level: 4, content: [.text("1. Permasalahan")], anchor: "1-permasalahan"))])
        XCTAssertEqual(MarkdownReader.blocks("5 ** 2 dan a_b"), [.paragraph(Paragraph(content: [.text("5 ** 2 dan a_b")]))])
        XCTAssertEqual(MarkdownReader.blocks(""), [])
        XCTAssertEqual(MarkdownReader.blocks("baris\\\nbaru"), [.paragraph(Paragraph(content: [.text("baris"), .lineBreak, .text("baru")]))])
    }
}
