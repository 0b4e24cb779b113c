import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// document.xml: sections, bookmarks, page breaks, runs.
final class BodyWriterTests: XCTestCase {
    func sectPrs(_ body: XMLTree) -> [XMLTree] { body.all("w:sectPr") }

    /// One sectPr per section: the last one is the body's, the others end the section's last
    /// paragraph. A landscape section swaps the A4 sides (11906 x 16838 twips, 595.3 x
    /// 841.9 pt) and says so; the front matter counts in roman numerals from i; the first
    /// chapter restarts at 1 in decimal.
    func testSectionProperties() throws {
        let body = try DocxPackage(SampleDocuments.everyBlockKind).body
        let sections = sectPrs(body)
        XCTAssertEqual(sections.count, SampleDocuments.everyBlockKind.sections.count)
        XCTAssertEqual(body.children.last?.name, "w:sectPr")
        for section in sections.dropLast() { XCTAssertEqual(section.parent?.name, "w:pPr") }
        let sizes = sections.map { [$0.child("w:pgSz")?["w:w"] ?? "", $0.child("w:pgSz")?["w:h"] ?? "", $0.child("w:pgSz")?["w:orient"] ?? "portrait"] }
        XCTAssertEqual(sizes, [
            ["11906", "16838", "portrait"], ["11906", "16838", "portrait"], ["11906", "16838", "portrait"],
            ["16838", "11906", "landscape"], ["11906", "16838", "portrait"],
        ])
        let numbering = sections.map { ($0.child("w:pgNumType")?["w:fmt"], $0.child("w:pgNumType")?["w:start"]) }
        XCTAssertEqual(numbering.map(\.0), [nil, "lowerRoman", "decimal", "decimal", "decimal"])
        XCTAssertEqual(numbering.map(\.1), [nil, "1", "1", nil, nil])
        // Margins: 4 cm top and left (2268 twips), 3 cm bottom and right (1701).
        let margins = try XCTUnwrap(sections.first?.child("w:pgMar"))
        XCTAssertEqual([margins["w:top"], margins["w:left"], margins["w:bottom"], margins["w:right"]], ["2268", "2268", "1701", "1701"])
    }

    /// The cover has no page number footer; numbered sections reference the page footer.
    func testFootersFollowTheNumbering() throws {
        let sections = sectPrs(try DocxPackage(SampleDocuments.everyBlockKind).body)
        XCTAssertNil(sections[0].child("w:footerReference"))
        for section in sections.dropFirst() { XCTAssertEqual(section.child("w:footerReference")?["r:id"], "rIdFooterPage") }
    }

    /// An unnumbered section after a numbered one gets the empty footer, or Word would carry
    /// the page number over.
    func testUnnumberedAfterNumberedGetsTheEmptyFooter() throws {
        var sample = document([.paragraph(Paragraph(content: [.text("a")]))])
        sample.sections.append(Section(pageNumbering: .none, blocks: [.paragraph(Paragraph(content: [.text("b")]))]))
        let sections = sectPrs(try DocxPackage(sample).body)
        XCTAssertEqual(sections.last?.child("w:footerReference")?["r:id"], "rIdFooterEmpty")
    }

    /// Headings and captions carry bookmarks named "_" + the anchor with underscores
    /// ("bab-1" becomes "_bab_1", "tabel-1-1" "_tabel_1_1"), each opened and closed once
    /// with a unique id; names are unique and at most 40 characters (Word's limit).
    func testBookmarksOnHeadingsAndCaptions() throws {
        let sample = SampleDocuments.everyBlockKind
        let body = try DocxPackage(sample).body
        let starts = body.all("w:bookmarkStart")
        let ends = body.all("w:bookmarkEnd")
        let names = starts.compactMap { $0["w:name"] }
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertEqual(Set(starts.compactMap { $0["w:id"] }), Set(ends.compactMap { $0["w:id"] }))
        XCTAssertEqual(Set(starts.compactMap { $0["w:id"] }).count, starts.count)
        for name in names {
            XCTAssertLessThanOrEqual(name.count, 40, name)
            XCTAssertTrue(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, name)
        }
        XCTAssertTrue(names.contains("_bab_1"))
        XCTAssertTrue(names.contains("_tabel_1_1"))
        for entry in sample.contents {
            XCTAssertTrue(names.contains("_" + entry.anchor.replacingOccurrences(of: "-", with: "_")), entry.anchor)
            XCTAssertEqual(DocxBookmarks.anchor(entry.anchor), "_" + entry.anchor.replacingOccurrences(of: "-", with: "_"))
        }
        // The heading's bookmark wraps the heading's text in its paragraph.
        let heading = try XCTUnwrap(starts.first { $0["w:name"] == "_bab_1" }?.parent)
        XCTAssertEqual(heading.text, "BAB I PENDAHULUAN")
        XCTAssertEqual(heading.child("w:pPr")?.child("w:pStyle")?["w:val"], "Heading1")
    }

    /// Every section has a start bookmark in its first paragraph, for the pagination pass.
    func testSectionStartBookmarks() throws {
        let body = try DocxPackage(SampleDocuments.everyBlockKind).body
        let names = body.all("w:bookmarkStart").compactMap { $0["w:name"] }
        for index in SampleDocuments.everyBlockKind.sections.indices {
            XCTAssertTrue(names.contains(DocxBookmarks.section(index)), "section \(index)")
        }
        XCTAssertEqual(DocxBookmarks.section(2), "_lkjip_section_2")
    }

    /// A page break never leaves a blank page: it becomes "page break before" on the next
    /// paragraph or heading rather than a paragraph of its own, and it is dropped at the end
    /// of a section, where the section break already starts a new page.
    func testPageBreakIsCarriedByTheNextParagraph() throws {
        var sample = document([
            .paragraph(Paragraph(content: [.text("a")])), .pageBreak,
            .heading(Heading(level: 2, content: [.text("B. ANGGARAN")], anchor: "b")),
            .paragraph(Paragraph(content: [.text("c")])), .pageBreak,
        ])
        sample.sections.append(Section(blocks: [.paragraph(Paragraph(content: [.text("d")]))]))
        let body = try DocxPackage(sample).body
        let paragraphs = body.children.filter { $0.name == "w:p" && !$0.text.isEmpty }
        XCTAssertEqual(paragraphs.map(\.text), ["a", "B. ANGGARAN", "c", "d"])
        XCTAssertEqual(paragraphs.map { $0.child("w:pPr")?.child("w:pageBreakBefore") != nil }, [false, true, false, false])
        XCTAssertTrue(body.all("w:br").allSatisfy { $0["w:type"] != "page" })
    }

    /// Runs: bold, italic, underline and line breaks as written; text keeps its spaces.
    func testRuns() throws {
        let body = try DocxPackage(document([.paragraph(Paragraph(content: [.text("Capaian ", []), .text("tebal", .bold), .lineBreak, .text("garis", [.underline, .italic])]))])).body
        let runs = try XCTUnwrap(body.child("w:p")).children.filter { $0.name == "w:r" }
        XCTAssertEqual(runs.count, 4)
        XCTAssertEqual(runs[0].child("w:t")?.text, "Capaian ")
        XCTAssertEqual(runs[0].child("w:t")?["xml:space"], "preserve")
        XCTAssertNotNil(runs[1].child("w:rPr")?.child("w:b"))
        XCTAssertNotNil(runs[2].child("w:br"))
        XCTAssertNotNil(runs[3].child("w:rPr")?.child("w:u"))
        XCTAssertNotNil(runs[3].child("w:rPr")?.child("w:i"))
    }

    /// Paragraph alignment and keep-with-next reach the paragraph properties.
    func testParagraphProperties() throws {
        let body = try DocxPackage(document([.paragraph(Paragraph(content: [.text("x")], style: .caption, alignment: .justify, keepWithNext: true))])).body
        let pPr = try XCTUnwrap(body.child("w:p")?.child("w:pPr"))
        XCTAssertEqual(pPr.child("w:jc")?["w:val"], "both")
        XCTAssertEqual(pPr.child("w:pStyle")?["w:val"], "Caption")
        XCTAssertNotNil(pPr.child("w:keepNext"))
    }
}
