import LKjIPDocument
@testable import LKjIPLayout
import XCTest

/// The rows a table starts with, the rows a signature takes along, a heading that moves with
/// its landscape table, and the height a header cell spanning rows needs.
final class KeepsEdgesTests: XCTestCase {
    func table(_ body: Int, header: Int = 1) -> Table {
        Table(columnWidths: [1, 4], headerRowCount: header,
              rows: (0..<header).map { _ in TableRow(cells: [.text("No", bold: true), .text("Uraian", bold: true)]) }
                  + (0..<body).map { TableRow(cells: [.text("\($0 + 1)."), .text("Kegiatan \($0 + 1)")]) })
    }

    let signature = Block.signature(SignatureBlock(placeAndDate: "Padang", right: Signatory(roleLines: ["Kepala"], name: "Haris Sukamto", identifier: "NIP. 1")))

    func tables(_ document: Document) -> [Table] {
        document.sections.flatMap { flat($0.blocks) }.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    /// A table of 20 body rows starts with its header and three body rows on one page.
    func testLeadingRows() throws {
        let result = laidOut(document([.table(table(20))]))
        XCTAssertEqual(try XCTUnwrap(tables(result).first).keepLeadingRows, 1 + 3)
    }

    /// A signature after a table takes its last two rows along.
    func testTrailingRowsBeforeASignature() throws {
        let result = laidOut(document([.table(table(20)), signature]))
        XCTAssertEqual(try XCTUnwrap(tables(result).first).keepTrailingRows, 2)
    }

    /// When the last rows sit under a cell spanning four rows, the kept tail starts where the
    /// span starts: a page cannot break inside it.
    func testTrailingRowsGrowToTheStartOfASpan() throws {
        var spanned = table(20)
        let last = spanned.rows.count - 4
        spanned.rows[last].cells[0] = .text("8.", rowSpan: 4)
        for row in (last + 1)..<spanned.rows.count { spanned.rows[row].cells.removeFirst() }
        let result = laidOut(document([.table(spanned), signature]))
        XCTAssertEqual(try XCTUnwrap(tables(result).first).keepTrailingRows, 4)
    }

    /// A heading and its introducing line move with a table too wide for portrait into the
    /// landscape section: the portrait page never ends with them.
    func testHeadingMovesWithItsLandscapeTable() throws {
        let wide = Table(columnWidths: Array(repeating: 1, count: 16), headerRowCount: 1,
                         rows: (0..<4).map { _ in TableRow(cells: (0..<16).map { _ in .text("Persentase") }) })
        let result = laidOut(document([
            .paragraph(Paragraph(content: [.text("Pembuka.")])),
            .heading(Heading(level: 3, content: [.text("2. CAPAIAN KINERJA")], anchor: "c2")),
            .paragraph(Paragraph(content: [.text("a. Perbandingan", .bold)], keepWithNext: true)),
            .table(wide),
        ]))
        XCTAssertEqual(result.sections.map(\.orientation), [.portrait, .landscape])
        let moved = flat(result.sections[1].blocks)
        if case .heading = moved.first {} else { XCTFail("the heading starts the landscape section: \(moved)") }
        XCTAssertEqual(flat(result.sections[0].blocks).count, 1)
    }

    /// "Capaian thd Target 2024" spans two one-line header rows in a 40 pt column: at 10 pt
    /// bold it wraps to several lines (each word is measured), so the second row gets the
    /// height the cell needs beyond the first row's own line.
    func testHeaderCellSpanningRowsReservesItsHeight() throws {
        var renstra = Table(columnWidths: [4, 1, 1, 1], headerRowCount: 2, rows: [
            TableRow(cells: [.text("Indikator", rowSpan: 2, bold: true), .text("Target", colSpan: 2, bold: true), .text("Capaian thd Target 2024", rowSpan: 2, bold: true)]),
            TableRow(cells: [.text("2023", bold: true), .text("2024", bold: true)]),
            TableRow(cells: [.text("Persentase"), .text("90"), .text("95"), .text("96%")]),
        ])
        renstra.widths = [200, 40, 40, 40]
        Height.reserveSpans(&renstra, settings: LayoutSettings())
        XCTAssertNil(renstra.rows[0].minimumHeight)
        // Four lines ("Capaian" / "thd" / "Target" / "2024") of 12 pt plus 2: 50 pt; the
        // first row gives 14, so the second needs 36 at least.
        let height = try XCTUnwrap(renstra.rows[1].minimumHeight)
        XCTAssertGreaterThanOrEqual(height, 36)
    }
}
