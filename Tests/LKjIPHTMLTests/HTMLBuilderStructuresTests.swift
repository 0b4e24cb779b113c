import Foundation
import LKjIPDocument
@testable import LKjIPHTML
import TestSupport
import XCTest

/// Tables, signature blocks and contents lists (HTMLBuilder+Structures.swift).
final class HTMLBuilderStructuresTests: XCTestCase {
    /// Header rows are `<th scope="col">` in `<thead>` (a header spanning columns is
    /// `scope="colgroup"`), body rows in `<tbody>`.
    func testHeaderCellsAreColumnHeaders() throws {
        let page = try Page(SampleDocuments.mergedTable)
        let table = try XCTUnwrap(page.all("table").first)
        let head = try XCTUnwrap(table.child("thead"))
        XCTAssertEqual(head.children.filter { $0.name == "tr" }.count, 2)
        let headerCells = head.all("th")
        XCTAssertEqual(headerCells.map(\.text), ["No", "Sasaran Kegiatan", "Indikator dan Target", "Indikator", "Target"])
        XCTAssertEqual(headerCells.map { $0["scope"] }, ["col", "col", "colgroup", "col", "col"])
        XCTAssertTrue(head.all("td").isEmpty)
        let body = try XCTUnwrap(table.child("tbody"))
        XCTAssertEqual(body.children.filter { $0.name == "tr" }.count, 3)
        XCTAssertTrue(body.all("th").isEmpty, "no row labels in this sample")
    }

    /// A cell marked as naming its row is `<th scope="row">`.
    func testRowLabelsAreRowHeaders() throws {
        var label = TableCell.text("PAGU")
        label.rowHeader = true
        let page = try Page(document([.table(Table(columnWidths: [1, 2], headerRowCount: 1, rows: [
            TableRow(cells: [.text("Uraian", bold: true), .text("2023", bold: true)]),
            TableRow(cells: [label, .text("Rp 1.000")]),
        ]))]))
        let row = try XCTUnwrap(page.all("tbody").first?.child("tr"))
        XCTAssertEqual(row.children.map(\.name), ["th", "td"])
        XCTAssertEqual(row.children.first?["scope"], "row")
    }

    /// Spans become rowspan and colspan; covered cells are simply absent, as in the model.
    func testSpans() throws {
        let page = try Page(SampleDocuments.mergedTable)
        let rows = page.all("tr")
        XCTAssertEqual(rows.map { $0.children.count }, [3, 2, 4, 2, 2])
        XCTAssertEqual(rows[0].children[0]["rowspan"], "2")
        XCTAssertEqual(rows[0].children[2]["colspan"], "2")
        XCTAssertEqual(rows[2].children[1]["rowspan"], "3")
    }

    /// The caption is the table's `<caption>` with the model's anchor as id and its number.
    func testCaptionCarriesTheAnchor() throws {
        let page = try Page(document([.heading(Heading(level: 1, content: [.text("BAB III")], anchor: "bab-3", chapter: 3)),
                                      .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])], caption: Caption(.table, "Pegawai")))]))
        let caption = try XCTUnwrap(page.all("caption").first)
        XCTAssertEqual(caption["id"], "tabel-3-1")
        XCTAssertEqual(caption.text, "Tabel 3.1 Pegawai")
        XCTAssertEqual(caption.parent?.name, "table")
    }

    /// A dark fill gets white text, a light one none; fills are inline so they print.
    func testShadedCells() throws {
        let page = try Page(SampleDocuments.mergedTable)
        let cells = page.all("td")
        let dark = try XCTUnwrap(cells.first { ($0["style"] ?? "").contains("#1F4E79") })
        XCTAssertEqual(dark["style"], "background:#1F4E79;color:#fff")
        let green = try XCTUnwrap(cells.first { ($0["style"] ?? "").contains("#00B050") })
        XCTAssertEqual(green["style"], "background:#00B050")
    }

    /// Column widths are the layout pass's, as percentages of the table (25% and 75%).
    func testColumnWidthsAsPercentages() throws {
        var table = Table(columnWidths: [1, 1], rows: [TableRow(cells: [.text("a"), .text("b")])])
        table.widths = [100, 300]
        table.fontSize = 9
        let page = try Page(document([.table(table)]))
        XCTAssertEqual(page.all("col").compactMap { $0["style"] }, ["width:25%", "width:75%"])
        XCTAssertEqual(page.all("table").first?["style"], "font-size:9pt")
    }

    /// Cell alignment, vertical alignment and bold become classes; a cell holding several
    /// blocks holds them as elements.
    func testCellClassesAndBlocks() throws {
        let cell = TableCell(blocks: [.paragraph(Paragraph(content: [.text("a")], style: .tableText)), .list(List(kind: .bullet, items: [[.paragraph(Paragraph(content: [.text("b")]))]]))],
                             alignment: .center, verticalAlignment: .center, bold: true)
        let page = try Page(document([.table(Table(columnWidths: [1], rows: [TableRow(cells: [cell])]))]))
        let td = try XCTUnwrap(page.all("td").first)
        XCTAssertEqual(Set((td["class"] ?? "").split(separator: " ").map(String.init)), ["center", "v-center", "bold"])
        XCTAssertEqual(td.children.map(\.name), ["p", "ul"])
    }

    /// A short table is marked to stay whole when printed; a layout table has its own class.
    func testTableClasses() throws {
        let page = try Page(document([
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])], keepTogether: true)),
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])], borders: false)),
        ]))
        XCTAssertEqual(page.all("table").map { $0["class"] }, ["data keep", "layout"])
    }

    /// The signature shares rows as in the .docx: both names in one row, the place above the
    /// right-hand signatory, the role lines joined by line breaks.
    func testSignatureSharesRows() throws {
        let page = try Page(SampleDocuments.signature)
        let rows = try XCTUnwrap(page.all("table").first { $0["class"] == "signature" }).all("tr")
        let texts = rows.map { $0.children.map(\.text) }
        XCTAssertEqual(texts.first, ["", "Padang, 5 Januari 2023"])
        let nameRow = try XCTUnwrap(rows.first { $0["class"] == "name" })
        XCTAssertEqual(nameRow.children.map(\.text), ["Haris Sukamto", "Ramelan Suprihadi"])
        XCTAssertTrue(texts.contains(["NIP. 19660605 198911 1 001", "NIP. 19681209 199403 1 001"]))
        XCTAssertEqual(rows[1].children.first?.all("br").count, 1)
    }

    /// A keep-together group is a div the print stylesheet keeps on one page.
    func testKeepTogetherGroup() throws {
        let page = try Page(document([.keepTogether([.paragraph(Paragraph(content: [.text("Judul")])), .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])]))])]))
        let group = try XCTUnwrap(page.all("div").first { $0["class"] == "keep" })
        XCTAssertEqual(group.children.map(\.name), ["p", "table"])
        XCTAssertTrue(page.html.contains("div.keep { break-inside: avoid; }"))
    }
}
