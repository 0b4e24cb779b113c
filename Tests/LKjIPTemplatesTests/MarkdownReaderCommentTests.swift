import Foundation
import LKjIPDocument
import LKjIPModel
@testable import LKjIPTemplates
import TestSupport
import XCTest

/// `<!-- ... -->` in narrative Markdown: notes for the writer (the draft marker of
/// `lkjip init`), never printed. An unclosed `<!--` is ordinary text.
final class MarkdownReaderCommentTests: XCTestCase {
    /// The text of every paragraph (also inside lists), in order.
    private func paragraphs(_ markdown: String) -> [String] {
        var result: [String] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): result.append(paragraph.content.plainText)
                case .heading(let heading): result.append(heading.content.plainText)
                case .list(let list): list.items.forEach(walk)
                default: break
                }
            }
        }
        walk(MarkdownReader.blocks(markdown))
        return result
    }

    /// A comment on a line of its own leaves nothing behind.
    func testCommentLineIsNotPrinted() {
        XCTAssertEqual(MarkdownReader.blocks("<!-- catatan untuk penyusun -->\nCapaian tahun ini baik."),
                       [.paragraph(Paragraph(content: [text("Capaian tahun ini baik.")]))])
        XCTAssertEqual(MarkdownReader.blocks("<!-- hanya catatan -->"), [])
    }

    /// A comment over several lines is removed whole; the paragraphs around it stay.
    func testMultiLineComment() {
        let found = paragraphs("Paragraf pertama.\n\n<!-- catatan:\n- bukan butir\n**bukan tebal** -->\n\nParagraf kedua.")
        XCTAssertEqual(found, ["Paragraf pertama.", "Paragraf kedua."])
    }

    /// A comment inside a sentence is cut out of it; the words around it remain.
    func testCommentInsideALine() {
        let found = paragraphs("Realisasi <!-- cek lagi angka ini --> sebesar 95%.").joined()
        XCTAssertFalse(found.contains("<!--") || found.contains("cek lagi") || found.contains("-->"), found)
        XCTAssertTrue(found.hasPrefix("Realisasi"), found)
        XCTAssertTrue(found.hasSuffix("sebesar 95%."), found)
    }

    /// The draft marker `lkjip init` writes at the top of every narasi file, and the one
    /// `init --from` writes with last year in it, are not printed.
    func testDraftMarkerLineIsNotPrinted() {
        let skeleton = "<!-- lkjip: draf -->\nTulis bagian ini dalam Markdown ringan: paragraf dipisah baris kosong.\n"
        XCTAssertEqual(paragraphs(skeleton), ["Tulis bagian ini dalam Markdown ringan: paragraf dipisah baris kosong."])
        let carried = "<!-- lkjip: draf (2023) -->\nPuji syukur, laporan tahun 2023 telah disusun.\n"
        XCTAssertEqual(paragraphs(carried), ["Puji syukur, laporan tahun 2023 telah disusun."])
    }

    /// An unclosed `<!--` stays text, as typed.
    func testUnclosedCommentStaysText() {
        XCTAssertEqual(paragraphs("Nilai <!-- belum ditutup"), ["Nilai <!-- belum ditutup"])
        let mixed = paragraphs("Awal <!-- tertutup --> tengah <!-- terbuka").joined()
        XCTAssertFalse(mixed.contains("tertutup"), mixed)
        XCTAssertTrue(mixed.hasSuffix("tengah <!-- terbuka"), mixed)
    }

    /// Removing a comment keeps the line count, so that a problem found later in the text is
    /// still located at its line: the five lines stay five.
    func testLinesStillCountTheSame() {
        let source = "a\n<!-- satu\ndua\ntiga -->\nb"
        let stripped = MarkdownComments.removed(source)
        XCTAssertEqual(stripped.split(separator: "\n", omittingEmptySubsequences: false).count, 5)
        XCTAssertEqual(stripped.split(separator: "\n", omittingEmptySubsequences: false).last, "b")
        XCTAssertFalse(stripped.contains("dua"))
    }
}
