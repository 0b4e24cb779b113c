import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// Tables: the model leaves out cells covered by a row span, WordprocessingML needs every
/// grid position, so covered positions become `w:vMerge` continuation cells.
final class TableWriterTests: XCTestCase {
    func table(_ package: DocxPackage) throws -> XMLTree {
        try XCTUnwrap(try package.body.child("w:tbl"))
    }

    func span(_ cell: XMLTree) -> Int { Int(cell.child("w:tcPr")?.child("w:gridSpan")?["w:val"] ?? "1") ?? 1 }
    func merge(_ cell: XMLTree) -> String? {
        guard let merge = cell.child("w:tcPr")?.child("w:vMerge") else { return nil }
        return merge["w:val"] ?? "continue"
    }

    /// SampleDocuments.mergedTable: "No" and "Sasaran" span two header rows, "1." and the
    /// sasaran span three body rows, "Indikator dan Target" spans two columns. Every row
    /// then has cells for exactly the four grid columns; covered positions continue the
    /// merge started above.
    func testRowSpansBecomeVerticalMerges() throws {
        let rows = try table(DocxPackage(SampleDocuments.mergedTable)).children.filter { $0.name == "w:tr" }
        XCTAssertEqual(rows.count, 5)
        for (index, row) in rows.enumerated() {
            let cells = row.children.filter { $0.name == "w:tc" }
            XCTAssertEqual(cells.map(span).reduce(0, +), 4, "row \(index + 1) fills the grid")
        }
        func merges(_ row: Int) -> [String?] { rows[row].children.filter { $0.name == "w:tc" }.map(merge) }
        XCTAssertEqual(merges(0), ["restart", "restart", nil])
        XCTAssertEqual(merges(1), ["continue", "continue", nil, nil])
        XCTAssertEqual(merges(2), ["restart", "restart", nil, nil])
        XCTAssertEqual(merges(3), ["continue", "continue", nil, nil])
        XCTAssertEqual(merges(4), ["continue", "continue", nil, nil])
        // The continuation cell keeps the restart cell's fill? None here; text goes only in
        // the restart cell.
        let continuation = rows[3].children.filter { $0.name == "w:tc" }[0]
        XCTAssertEqual(continuation.text, "")
        XCTAssertEqual(rows[2].children.filter { $0.name == "w:tc" }[1].text, "Meningkatnya Pelayanan Tahanan")
    }

    /// Cell widths are the sums of the grid columns they span, and the grid adds up to the
    /// table width.
    func testGridSpanWidthsSumToTheGrid() throws {
        let tbl = try table(DocxPackage(SampleDocuments.mergedTable))
        let grid = tbl.child("w:tblGrid")!.children.compactMap { Int($0["w:w"] ?? "") }
        XCTAssertEqual(grid.count, 4)
        XCTAssertEqual(Int(tbl.child("w:tblPr")?.child("w:tblW")?["w:w"] ?? ""), grid.reduce(0, +))
        for row in tbl.children where row.name == "w:tr" {
            var column = 0
            for cell in row.children where cell.name == "w:tc" {
                let width = Int(cell.child("w:tcPr")?.child("w:tcW")?["w:w"] ?? "") ?? -1
                XCTAssertEqual(width, grid[column..<column + span(cell)].reduce(0, +))
                column += span(cell)
            }
        }
    }

    /// Without layout widths the preferences (1 : 4 : 5 : 2) share the 14 cm text width
    /// (7937 twips): 661, 2645, 3307 and the rest, 1324.
    func testPreferencesShareTheTextWidth() throws {
        let grid = try table(DocxPackage(SampleDocuments.mergedTable)).child("w:tblGrid")!.children.compactMap { Int($0["w:w"] ?? "") }
        XCTAssertEqual(grid, [661, 2645, 3307, 1324])
        XCTAssertEqual(grid.reduce(0, +), 7937)
    }

    /// Layout widths (points) become twips exactly.
    func testLayoutWidthsAreUsed() throws {
        var model = Table(columnWidths: [1, 1], rows: [TableRow(cells: [.text("a"), .text("b")])])
        model.widths = [100, 296.8]
        let grid = try table(DocxPackage(document([.table(model)]))).child("w:tblGrid")!.children.compactMap { $0["w:w"] }
        XCTAssertEqual(grid, ["2000", "5936"])
    }

    /// Header rows repeat on every page (tblHeader) and keep with the row after; body rows
    /// do not repeat; no row splits across pages.
    func testHeaderRowsRepeat() throws {
        let rows = try table(DocxPackage(SampleDocuments.mergedTable)).children.filter { $0.name == "w:tr" }
        XCTAssertEqual(rows.map { $0.child("w:trPr")?.child("w:tblHeader") != nil }, [true, true, false, false, false])
        XCTAssertTrue(rows.allSatisfy { $0.child("w:trPr")?.child("w:cantSplit") != nil })
        for row in rows.prefix(2) {
            for paragraph in row.all("w:p") { XCTAssertNotNil(paragraph.child("w:pPr")?.child("w:keepNext"), "header paragraphs keep with the next row") }
        }
    }

    /// A merged cell's fill continues into its continuation cells, so the whole merged area
    /// is coloured in every viewer.
    func testMergedFillCoversTheContinuation() throws {
        let model = Table(columnWidths: [1, 1], rows: [
            TableRow(cells: [.text("123%", rowSpan: 2, shading: "1F4E79"), .text("a")]),
            TableRow(cells: [.text("b")]),
        ])
        let rows = try table(DocxPackage(document([.table(model)]))).children.filter { $0.name == "w:tr" }
        let continuation = try XCTUnwrap(rows[1].children.first { $0.name == "w:tc" })
        XCTAssertEqual(merge(continuation), "continue")
        XCTAssertEqual(continuation.child("w:tcPr")?.child("w:shd")?["w:fill"], "1F4E79")
    }

    /// A dark fill gets white text; a light fill keeps the default colour.
    func testDarkFillGetsWhiteText() throws {
        let cells = try table(DocxPackage(SampleDocuments.mergedTable)).all("w:tc")
        let dark = try XCTUnwrap(cells.first { $0.child("w:tcPr")?.child("w:shd")?["w:fill"] == "1F4E79" })
        XCTAssertEqual(dark.all("w:color").first?["w:val"], "FFFFFF")
        let green = try XCTUnwrap(cells.first { $0.child("w:tcPr")?.child("w:shd")?["w:fill"] == "00B050" })
        XCTAssertTrue(green.all("w:color").isEmpty)
    }

    /// A caption above a table is its own paragraph in the Caption style, kept with the table.
    func testCaptionKeepsWithTheTable() throws {
        let model = Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])], caption: Caption(.table, "Pegawai"))
        let body = try DocxPackage(document([.table(model)])).body
        // The section opens with a table, so a hairline paragraph comes first (see
        // BodyWriter.startsWithTable), then the caption, then the table.
        let paragraphs = body.all("w:p").filter { $0.parent === body }
        let caption = try XCTUnwrap(paragraphs.first { $0.child("w:pPr")?.child("w:pStyle")?["w:val"] == "Caption" })
        XCTAssertNotNil(caption.child("w:pPr")?.child("w:keepNext"))
        XCTAssertEqual(caption.text, "Tabel 1 Pegawai")
        XCTAssertEqual(body.childNames.firstIndex(of: "w:tbl"), 2)
    }

    /// A row that does not fill the grid is an error, not a broken file.
    func testRaggedRowThrows() {
        let model = Table(columnWidths: [1, 1, 1], rows: [TableRow(cells: [.text("a"), .text("b")])])
        XCTAssertThrowsError(try DocxWriter.write(document([.table(model)]))) { error in
            guard case DocxError.tableGrid = error else { return XCTFail("\(error)") }
        }
        let wide = Table(columnWidths: [1], rows: [TableRow(cells: [.text("a", colSpan: 2)])])
        XCTAssertThrowsError(try DocxWriter.write(document([.table(wide)])))
    }

    /// A layout table ("Nama : ...") has every border off; a data table uses TableGrid.
    func testBordersFollowTheModel() throws {
        let layout = Table(columnWidths: [1, 2], rows: [TableRow(cells: [.text("Nama"), .text(": Haris")])], borders: false)
        let borderless = try table(DocxPackage(document([.table(layout)])))
        XCTAssertNil(borderless.child("w:tblPr")?.child("w:tblStyle"))
        XCTAssertTrue(try XCTUnwrap(borderless.child("w:tblPr")?.child("w:tblBorders")).children.allSatisfy { $0["w:val"] == "nil" })
        XCTAssertEqual(try table(DocxPackage(SampleDocuments.mergedTable)).child("w:tblPr")?.child("w:tblStyle")?["w:val"], "TableGrid")
    }

    /// The table-text size chosen by the layout pass (9 pt) reaches every run: 18 half-points.
    func testLayoutFontSizeReachesTheRuns() throws {
        var model = Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])])
        model.fontSize = 9
        let runs = try table(DocxPackage(document([.table(model)]))).all("w:r")
        XCTAssertFalse(runs.isEmpty)
        for run in runs { XCTAssertEqual(run.child("w:rPr")?.child("w:sz")?["w:val"], "18") }
    }
}
