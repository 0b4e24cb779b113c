import Foundation
import LKjIPDocument
import LKjIPHTML
import TestSupport
import XCTest

/// The .docx keeps as CSS break rules, DAFTAR ISI with the measured page numbers, the
/// document's font, and a computed heading number.
final class HTMLKeepsAndContentsTests: XCTestCase {
    /// The rows a table starts with and the rows a signature takes along are marked; the
    /// stylesheet keeps them with the next row, and a signature with what is before it.
    func testTableKeepsAreBreakRules() throws {
        var table = Table(columnWidths: [1, 3], headerRowCount: 1,
                          rows: [TableRow(cells: [.text("No"), .text("Uraian")])] + (1...8).map { TableRow(cells: [.text("\($0)."), .text("Kegiatan")]) })
        table.keepLeadingRows = 4
        table.keepTrailingRows = 2
        let page = try Page(document([.table(table), .signature(SignatureBlock(right: Signatory(roleLines: ["Kepala"], name: "Haris")))]))
        let rows = page.all("tr").prefix(9)
        // Header row 0 is in thead (repeated anyway); body rows 1 and 2 keep with the next
        // (so three body rows start together), and the last two keep with the signature.
        XCTAssertEqual(rows.enumerated().filter { $0.element["class"] == "keep-next" }.map(\.offset), [1, 2, 7, 8])
        XCTAssertTrue(page.html.contains("tr.keep-next { break-after: avoid; }"))
        XCTAssertTrue(page.html.contains("table.signature"))
        XCTAssertTrue(page.all("table").first?["class"]?.contains("keep-next") ?? false)
        XCTAssertEqual(page.all("table").last?["id"], "ttd-1")
    }

    /// DAFTAR ISI prints the page numbers of the .docx and the PDF when the layout pass
    /// measured them; the stylesheet prints no page counter a browser cannot restart.
    func testContentsShowMeasuredPageNumbers() throws {
        var doc = document([.contents(TableOfContents()), .heading(Heading(level: 1, content: [.text("BAB I")], anchor: "bab-1"))])
        doc.pageNumbers = ["bab-1": "1"]
        let page = try Page(doc)
        let entry = try XCTUnwrap(page.all("nav").first?.all("li").first)
        XCTAssertEqual(entry.all("span").first?.text, "1")
        XCTAssertFalse(page.html.contains("counter(page"))
    }

    /// The text is set in the document's font (a reference's Bookman Old Style), with the
    /// metric-compatible free font after it.
    func testDocumentFont() throws {
        var doc = document([.paragraph(Paragraph(content: [.text("Isi")]))])
        doc.font = "Bookman Old Style"
        let html = try Page(doc).html
        XCTAssertTrue(html.contains("font-family: 'Bookman Old Style', 'TeX Gyre Bonum', 'URW Bookman', serif;"), html.prefix(600).description)
    }

    /// A heading's computed number is printed, and a run-in part is an h5.
    func testComputedHeadingNumber() throws {
        let page = try Page(document([
            .heading(Heading(level: 5, content: [.text("Perbandingan")], anchor: "p", numbering: .lowerLetter)), .paragraph(Paragraph(content: [.text("Isi")])),
        ]))
        XCTAssertEqual(page.all("h5").first?.text, "a. Perbandingan")
    }
}
