import LKjIPDocument
@testable import LKjIPLayout
import XCTest

/// No empty pages: a section starts on a new page by itself, so page breaks at its start or
/// end, and doubled ones, are dropped.
final class PageBreaksTests: XCTestCase {
    func kinds(_ blocks: [Block]) -> [String] {
        blocks.map { block in
            switch block {
            case .pageBreak: return "break"
            case .paragraph(let paragraph): return paragraph.content.plainText
            default: return "other"
            }
        }
    }

    func laid(_ sections: [[Block]]) -> [Section] {
        var document = Document(metadata: Metadata(title: "x"), sections: sections.map { Section(blocks: $0) })
        DocumentLayout.apply(&document)
        return document.sections
    }

    func testBreakAtSectionStartIsDropped() {
        let sections = laid([[paragraph("a")], [.pageBreak, paragraph("b")]])
        XCTAssertEqual(sections.map { kinds($0.blocks) }, [["a"], ["b"]])
    }

    func testBreakAtSectionEndIsDropped() {
        let sections = laid([[paragraph("a"), .pageBreak], [paragraph("b")]])
        XCTAssertEqual(sections.map { kinds($0.blocks) }, [["a"], ["b"]])
    }

    func testDoubledBreakBecomesOne() {
        let sections = laid([[paragraph("a"), .pageBreak, .pageBreak, .pageBreak, paragraph("b")]])
        XCTAssertEqual(sections.map { kinds($0.blocks) }, [["a", "break", "b"]])
    }

    /// A page break at the very end of the document would print an empty last page too.
    func testBreakAtDocumentEndIsDropped() {
        let sections = laid([[paragraph("a")], [paragraph("b"), .pageBreak]])
        XCTAssertEqual(sections.map { kinds($0.blocks) }, [["a"], ["b"]])
    }

    /// A section left with nothing but page breaks disappears, unless it restarts page
    /// numbering (dropping it would lose the restart).
    func testEmptySectionIsDropped() {
        let sections = laid([[paragraph("a")], [.pageBreak], [paragraph("b")]])
        XCTAssertEqual(sections.map { kinds($0.blocks) }, [["a"], ["b"]])
        let kept = PageBreaks.normalize([Section(blocks: [paragraph("a")]), Section(restartNumbering: true, blocks: [.pageBreak]), Section(blocks: [paragraph("b")])])
        XCTAssertEqual(kept.map(\.restartNumbering), [false, true, false])
    }

    /// The break before a wide table's landscape section is dropped: the section break
    /// already starts a new page.
    func testBreakBeforeLandscapeSectionIsDropped() {
        let wide = wordTable(Array(repeating: "PERTANGGUNG", count: 5))
        let sections = laid([[paragraph("a"), .pageBreak, .table(wide), .pageBreak, paragraph("b")]])
        XCTAssertEqual(sections.map(\.orientation), [.portrait, .landscape, .portrait])
        XCTAssertFalse(sections.flatMap(\.blocks).contains { if case .pageBreak = $0 { return true }; return false })
    }
}
