import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// Column widths from content (`TableLayout`, through `DocumentLayout.apply`). Expected word
/// widths come from Liberation Sans via fontTools (see `Liberation`), never from the code's
/// own metric table.
final class TableLayoutTests: XCTestCase {
    /// "PEREMPUAN" bold at 10 pt is 6389.6 / 1000 × 10 = 63.90 pt; with 14 pt of padding the
    /// column must be at least 77.90 pt, although its preference (0.5 of 10.5 parts of
    /// 396.85 pt = 18.9 pt) is far narrower. Widths are floored to 0.1 pt, so the column may
    /// come out at 77.8 pt but no narrower: 10.8 pt of real cell margin still leaves the word
    /// 3.1 pt to spare.
    func testColumnIsNeverNarrowerThanItsLongestWord() throws {
        let table = Table(columnWidths: [0.5, 10], headerRowCount: 1, rows: [
            TableRow(cells: [.text("PEREMPUAN", bold: true), .text("Jumlah", bold: true)]),
            TableRow(cells: [.text("12"), .text("Pegawai perempuan di lingkungan Kantor Wilayah")]),
        ])
        let result = try XCTUnwrap(tables(laidOut(document([.table(table)]))).first)
        let widths = try XCTUnwrap(result.widths)
        XCTAssertNil(result.fontSize, "fits at the normal 10 pt")
        let word = Liberation.width("PEREMPUAN", size: 10)
        XCTAssertEqual(word, 63.90, accuracy: 0.01)
        XCTAssertGreaterThanOrEqual(widths[0], word + Page.padding - 0.1)
        XCTAssertEqual(widths[0], 77.8, accuracy: 0.051, "no wider than needed: the preference is smaller")
    }

    /// The same rule at 9 pt when the table had to shrink: each "KETERANGAN" column is at
    /// least 7055.7 / 1000 × 9 + 14 = 77.50 pt.
    func testMinimumHoldsAtTheChosenSize() throws {
        let result = try XCTUnwrap(tables(laidOut(document([.table(wordTable(Array(repeating: "KETERANGAN", count: 5)))]))).first)
        XCTAssertEqual(result.fontSize, 9)
        for width in try XCTUnwrap(result.widths) {
            XCTAssertGreaterThanOrEqual(width, Liberation.width("KETERANGAN", size: 9) + Page.padding - 0.1)
        }
    }

    /// Widths fill the text width: they add up to the portrait 396.85 pt (each floored to
    /// 0.1 pt, so at most 0.1 pt per column short) and never more.
    func testWidthsFillTheAvailableWidth() throws {
        let table = Table(columnWidths: [1, 4, 5, 2], rows: [TableRow(cells: [.text("1."), .text("Sasaran"), .text("Indikator"), .text("90%")])])
        let widths = try XCTUnwrap(tables(laidOut(document([.table(table)]))).first?.widths)
        XCTAssertEqual(widths.count, 4)
        XCTAssertLessThanOrEqual(widths.reduce(0, +), Page.portrait + 0.001)
        XCTAssertGreaterThanOrEqual(widths.reduce(0, +), Page.portrait - 0.1 * 4)
    }

    /// When the content fits, the template's preferences are the proportions: 1 : 2 : 1 of
    /// 396.85 pt is 99.21, 198.43, 99.21, floored to 99.2, 198.4, 99.2.
    func testPreferencesAreFollowedWhenContentFits() throws {
        let table = Table(columnWidths: [1, 2, 1], rows: [TableRow(cells: [.text("a"), .text("b"), .text("c")])])
        let widths = try XCTUnwrap(tables(laidOut(document([.table(table)]))).first?.widths)
        XCTAssertEqual(widths[0], 99.2, accuracy: 0.001)
        XCTAssertEqual(widths[1], 198.4, accuracy: 0.001)
        XCTAssertEqual(widths[2], 99.2, accuracy: 0.001)
    }

    /// A column widened to its word takes its room from the others, which keep roughly their
    /// relative preferences (2 : 6 here; the room is taken in proportion to each column's
    /// slack above its own minimum, so the ratio stays near, not exactly at, 3).
    func testWidenedColumnTakesRoomFromTheOthersProportionally() throws {
        let table = Table(columnWidths: [0.2, 2, 6], rows: [TableRow(cells: [.text("PEREMPUAN", bold: true), .text("a"), .text("b")])])
        let widths = try XCTUnwrap(tables(laidOut(document([.table(table)]))).first?.widths)
        XCTAssertEqual(widths[0], 77.8, accuracy: 0.051)
        XCTAssertEqual(widths[2] / widths[1], 3, accuracy: 0.15)
        XCTAssertEqual(widths.reduce(0, +), Page.portrait, accuracy: 0.3)
    }

    /// Five bold "KETERANGAN" columns need 5 × (70.56 + 14) = 422.8 pt at 10 pt, more than
    /// the 396.85 pt of a portrait page, but 5 × (63.50 + 14) = 387.5 pt at 9 pt: the text
    /// shrinks to 9 pt and the table stays portrait.
    func testFontShrinksToNineBeforeGoingLandscape() throws {
        XCTAssertGreaterThan(5 * (Liberation.width("KETERANGAN", size: 10) + Page.padding), Page.portrait)
        XCTAssertLessThanOrEqual(5 * (Liberation.width("KETERANGAN", size: 9) + Page.padding), Page.portrait)
        let result = laidOut(document([.table(wordTable(Array(repeating: "KETERANGAN", count: 5)))]))
        XCTAssertEqual(result.sections.map(\.orientation), [.portrait])
        XCTAssertEqual(tables(result).first?.fontSize, 9)
    }

    /// Five "PERTANGGUNG" columns need 464.5 pt at 10 pt and 425.0 pt at 9 pt: too wide for
    /// portrait at either size, so the table goes landscape (643.45 pt) at the normal size.
    func testTooWideAtNineGoesLandscapeAtTen() throws {
        XCTAssertGreaterThan(5 * (Liberation.width("PERTANGGUNG", size: 9) + Page.padding), Page.portrait)
        let result = laidOut(document([.table(wordTable(Array(repeating: "PERTANGGUNG", count: 5)))]))
        XCTAssertEqual(result.sections.map(\.orientation), [.landscape])
        let table = try XCTUnwrap(tables(result).first)
        XCTAssertNil(table.fontSize)
        XCTAssertEqual(try XCTUnwrap(table.widths).reduce(0, +), Page.landscape, accuracy: 0.5)
    }

    /// Eight "KEMENTERIAN" columns: 8 × 87.33 = 698.7 pt at 10 pt is too wide even for
    /// landscape, 8 × 80.00 = 640.0 pt at 9 pt fits it: landscape at 9 pt.
    func testLandscapeAtNine() throws {
        XCTAssertLessThanOrEqual(8 * (Liberation.width("KEMENTERIAN", size: 9) + Page.padding), Page.landscape)
        let result = laidOut(document([.table(wordTable(Array(repeating: "KEMENTERIAN", count: 8)))]))
        XCTAssertEqual(result.sections.map(\.orientation), [.landscape])
        XCTAssertEqual(tables(result).first?.fontSize, 9)
    }

    /// Ten "KEMENTERIAN" columns need 800 pt even at 9 pt. The text is still never set below
    /// 9 pt; the columns are scaled to the landscape width instead.
    func testNeverBelowNine() throws {
        let result = laidOut(document([.table(wordTable(Array(repeating: "KEMENTERIAN", count: 10)))]))
        XCTAssertEqual(result.sections.map(\.orientation), [.landscape])
        let table = try XCTUnwrap(tables(result).first)
        XCTAssertEqual(table.fontSize, 9)
        XCTAssertEqual(try XCTUnwrap(table.widths).reduce(0, +), Page.landscape, accuracy: 0.5)
    }

    /// A hyphen is a break opportunity: the narrowest a "LAKI-LAKI" column can be is
    /// "LAKI-" (2666.0 / 1000 × 10 = 26.66 pt) plus padding, not the whole word (50.0 pt).
    func testHyphenatedWordMayBreakAfterTheHyphen() {
        let table = wordTable(["LAKI-LAKI"])
        let minimum = TableLayout.minimumWidths(table, size: 10, settings: LayoutSettings())
        XCTAssertEqual(minimum[0], Liberation.width("LAKI-", size: 10) + Page.padding, accuracy: 0.05)
    }

    /// With `comfortable`, a column of running text asks for up to 72 pt of line (a few words)
    /// before a table counts as fitting; a single short line asks for its own width.
    func testComfortableWidthOfRunningText() {
        let long = Table(columnWidths: [1], rows: [TableRow(cells: [.text("Indikator Kinerja Indikator Kinerja Indikator Kinerja")])])
        XCTAssertEqual(TableLayout.minimumWidths(long, size: 10, settings: LayoutSettings(), comfortable: true)[0], 72 + Page.padding, accuracy: 0.001)
        let short = wordTable(["LAKI-LAKI"])
        XCTAssertEqual(TableLayout.minimumWidths(short, size: 10, settings: LayoutSettings(), comfortable: true)[0],
                       Liberation.width("LAKI-LAKI", size: 10) + Page.padding, accuracy: 0.05)
    }

    /// A cell spanning two columns shares its need between them; a cell covered by a row span
    /// from above does not shift the cells after it.
    func testSpanningCellsShareTheirWidth() {
        let table = Table(columnWidths: [1, 1, 1], rows: [
            TableRow(cells: [.text("x", rowSpan: 2), .text("PERTANGGUNGJAWABAN", colSpan: 2, bold: true)]),
            TableRow(cells: [.text("a"), .text("PEREMPUAN", bold: true)]),
        ])
        let minimum = TableLayout.minimumWidths(table, size: 10, settings: LayoutSettings())
        // The second row's "PEREMPUAN" lies in column 2 (column 0 is covered), so column 0
        // only needs its "x".
        XCTAssertLessThan(minimum[0], 30)
        XCTAssertGreaterThanOrEqual(minimum[2], Liberation.width("PEREMPUAN", size: 10) + Page.padding - 0.05)
        XCTAssertGreaterThanOrEqual(minimum[1] + minimum[2], Liberation.width("PERTANGGUNGJAWABAN", size: 10) + Page.padding - 0.05)
    }

    /// A word split over runs of different marks is still one word: in "Opini (**WTP**)."
    /// nothing can break between "(", the bold "WTP" and ")." , so the column needs
    /// "(WTP)." whole: "(" 333 + bold W 944, T 611, P 667 + ")" 333 + "." 278 = 3166 / 1000
    /// em (Liberation Sans, see FontMetricsTests) = 31.66 pt at 10 pt, wider than "Opini"
    /// (2334, 23.34 pt) or "WTP" alone (22.22 pt).
    func testWordAcrossRunsIsOneWord() {
        let content: [Inline] = [.text("Opini ("), .text("WTP", .bold), .text(").")]
        let cell = TableCell(blocks: [.paragraph(Paragraph(content: content, style: .tableText))])
        let table = Table(columnWidths: [1], rows: [TableRow(cells: [cell])])
        let minimum = TableLayout.minimumWidths(table, size: 10, settings: LayoutSettings())
        XCTAssertGreaterThanOrEqual(minimum[0], 31.66 + Page.padding - 0.05)
        XCTAssertGreaterThanOrEqual(TextMeasure.longestUnbreakable(content, size: 10, forceBold: false), 31.66 - 0.05)
    }
}
