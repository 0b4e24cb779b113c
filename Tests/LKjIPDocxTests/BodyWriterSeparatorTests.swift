import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// The paragraphs `BodyWriter` puts around tables: the empty separator after a table (left
/// out before a page break, kept before a section break), and the hairline paragraph that
/// opens a section beginning with a table and holds the section's bookmark.
final class BodyWriterSeparatorTests: XCTestCase {
    private var table: Table { Table(columnWidths: [1, 1], rows: [TableRow(cells: [.text("a"), .text("b")])]) }
    private func paragraph(_ text: String) -> Block { .paragraph(Paragraph(content: [.text(text)])) }

    private func body(_ sections: [Section]) throws -> [XMLTree] {
        try DocxPackage(Document(metadata: Metadata(title: "Uji"), sections: sections)).body.children
    }

    private func isEmptyParagraph(_ node: XMLTree) -> Bool {
        node.name == "w:p" && node.all("w:r").isEmpty && node.child("w:pPr")?.child("w:sectPr") == nil
    }

    private func breaksBefore(_ node: XMLTree) -> Bool { node.child("w:pPr")?.child("w:pageBreakBefore") != nil }

    /// Table, page break, paragraph: the paragraph right after the table carries the page
    /// break itself; no empty paragraph is left at the foot of the table's page.
    func testNoSeparatorBetweenATableAndAPageBreak() throws {
        let children = try body([Section(blocks: [paragraph("Awal."), .table(table), .pageBreak, paragraph("Halaman baru.")])])
        let index = try XCTUnwrap(children.firstIndex { $0.name == "w:tbl" })
        let next = children[index + 1]
        XCTAssertEqual(next.name, "w:p")
        XCTAssertEqual(next.text, "Halaman baru.")
        XCTAssertTrue(breaksBefore(next))
    }

    /// Table, page break, table: the paragraph between the tables (Word needs one) is the
    /// page-break paragraph; there is no separator before it.
    func testPageBreakBetweenTwoTables() throws {
        let children = try body([Section(blocks: [paragraph("Awal."), .table(table), .pageBreak, .table(table)])])
        let tables = children.indices.filter { children[$0].name == "w:tbl" }
        XCTAssertEqual(tables.count, 2)
        let between = Array(children[(tables[0] + 1)..<tables[1]])
        XCTAssertEqual(between.count, 1, "one paragraph between the tables: \(between.map(\.name))")
        XCTAssertTrue(between.first.map(breaksBefore) ?? false)
    }

    /// Without a page break the separator stays: table, empty paragraph, paragraph.
    func testSeparatorAfterATableOtherwise() throws {
        let children = try body([Section(blocks: [paragraph("Awal."), .table(table), paragraph("Sesudah.")])])
        let index = try XCTUnwrap(children.firstIndex { $0.name == "w:tbl" })
        XCTAssertTrue(isEmptyParagraph(children[index + 1]), children[index + 1].name)
        XCTAssertFalse(breaksBefore(children[index + 1]))
        XCTAssertEqual(children[index + 2].text, "Sesudah.")
    }

    /// A section that ends with a table keeps the separator before its section break (also
    /// when a page break was pending, which the section break makes needless).
    func testSeparatorBeforeASectionBreak() throws {
        for ending in [[Block.table(table)], [Block.table(table), .pageBreak]] {
            let children = try body([
                Section(blocks: [paragraph("Awal.")] + ending),
                Section(orientation: .landscape, blocks: [paragraph("Lanskap.")]),
            ])
            let index = try XCTUnwrap(children.firstIndex { $0.name == "w:tbl" })
            XCTAssertTrue(isEmptyParagraph(children[index + 1]), "separator after the table")
            XCTAssertFalse(breaksBefore(children[index + 1]))
            let sectionBreak = children[index + 2]
            XCTAssertEqual(sectionBreak.name, "w:p")
            XCTAssertNotNil(sectionBreak.child("w:pPr")?.child("w:sectPr"), "then the section break paragraph")
        }
    }

    /// A section whose first block is a table opens with an empty hairline paragraph
    /// (exactly 1 pt: line 20 twips, rule exact) that holds the section's bookmark; the
    /// table follows it.
    func testSectionStartingWithATableOpensWithAHairline() throws {
        let children = try body([
            Section(blocks: [paragraph("Awal.")]),
            Section(orientation: .landscape, blocks: [.table(table), paragraph("Sesudah.")]),
        ])
        // The first section ends with its section-break paragraph; the second starts after it.
        let firstBreak = try XCTUnwrap(children.firstIndex { $0.child("w:pPr")?.child("w:sectPr") != nil })
        let hairline = children[firstBreak + 1]
        XCTAssertEqual(hairline.name, "w:p")
        let spacing = try XCTUnwrap(hairline.child("w:pPr")?.child("w:spacing"))
        XCTAssertEqual(spacing["w:line"], "20")
        XCTAssertEqual(spacing["w:lineRule"], "exact")
        XCTAssertTrue(hairline.all("w:r").isEmpty, "no text")
        XCTAssertEqual(hairline.all("w:bookmarkStart").compactMap { $0["w:name"] }, [DocxBookmarks.section(1)])
        XCTAssertEqual(children[firstBreak + 2].name, "w:tbl")
    }

    /// The first section of the document too, when it begins with a table.
    func testFirstSectionStartingWithATable() throws {
        let children = try body([Section(blocks: [.table(table)])])
        let first = try XCTUnwrap(children.first)
        XCTAssertEqual(first.name, "w:p")
        XCTAssertEqual(first.child("w:pPr")?.child("w:spacing")?["w:line"], "20")
        XCTAssertEqual(first.all("w:bookmarkStart").compactMap { $0["w:name"] }, [DocxBookmarks.section(0)])
        XCTAssertEqual(children[1].name, "w:tbl")
    }

    /// A section beginning with a paragraph gets no hairline: its bookmark is in that paragraph.
    func testSectionStartingWithAParagraphHasNoHairline() throws {
        let children = try body([Section(blocks: [paragraph("Awal."), .table(table)])])
        let first = try XCTUnwrap(children.first)
        XCTAssertEqual(first.text, "Awal.")
        XCTAssertEqual(first.all("w:bookmarkStart").compactMap { $0["w:name"] }, [DocxBookmarks.section(0)])
        XCTAssertNotEqual(first.child("w:pPr")?.child("w:spacing")?["w:line"], "20")
    }
}
