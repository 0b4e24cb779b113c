@testable import LKjIPSheet
import XCTest

final class WorksheetTests: XCTestCase {
    func testBlankCellsAreNotStored() {
        var sheet = Worksheet(name: "Data", rows: [["a", Cell(), "c"]])
        XCTAssertEqual(sheet.cellCount, 2)
        sheet[row: 1, column: 1] = Cell()
        XCTAssertEqual(sheet.usedCells.map(\.reference.description), ["C1"])
        sheet[row: 1, column: 3] = Cell(.empty)
        XCTAssertEqual(sheet, Worksheet(name: "Data"), "removing the last cell removes the row too")
        sheet[row: 2, column: 2] = Cell(.empty, style: CellStyle(locked: false))
        XCTAssertEqual(sheet.cellCount, 1, "an empty cell with a style is kept: it is an input cell")
    }

    func testRowsAndExtent() {
        var sheet = Worksheet(name: "Data")
        XCTAssertEqual(sheet.lastRow, 0)
        XCTAssertEqual(sheet.lastColumn, 0)
        sheet.appendRow(["No", "Indikator"])
        sheet.appendRow([1, "IKU", 90.5])
        sheet[CellReference(column: 8, row: 7)] = true
        XCTAssertEqual(sheet.rowNumbers, [1, 2, 7])
        XCTAssertEqual(sheet.lastRow, 7)
        XCTAssertEqual(sheet.lastColumn, 8)
        XCTAssertEqual(sheet.row(2)[3]?.value, .number(90.5))
        XCTAssertEqual(sheet[row: 50, column: 50], Cell())
        sheet.setRow(2, ["x"])
        XCTAssertEqual(sheet.row(2).count, 1, "setRow replaces the whole row")
    }

    func testRawText() {
        XCTAssertEqual(Cell(.number(90.5)).rawText, "90.5")
        XCTAssertEqual(Cell(.number(3)).rawText, "3")
        XCTAssertEqual(Cell(.number(-0.25)).rawText, "-0.25")
        XCTAssertEqual(Cell(.number(0.000_000_15)).rawText, "0.00000015")
        XCTAssertEqual(Cell(.number(1e20)).rawText, "100000000000000000000")
        XCTAssertEqual(Cell(.number(DecimalText("1.5E-70")!)).rawText, "1.5E-70")
        XCTAssertEqual(Cell(.number(DecimalText("095.40")!)).rawText, "95.4")
        XCTAssertEqual(Cell(.number(-0.0)).rawText, "0")
        XCTAssertEqual(Cell(.text("sembilan puluh")).rawText, "sembilan puluh")
        XCTAssertEqual(Cell(.bool(true)).rawText, "TRUE")
        XCTAssertEqual(Cell(.empty).rawText, "")
    }

    func testLiterals() {
        let cells: [Cell] = ["Target", 95, 87.5, false]
        XCTAssertEqual(cells.map(\.value), [.text("Target"), .number(95), .number(87.5), .bool(false)])
        XCTAssertEqual(Cell("Target", style: CellStyle(bold: true)).value, .text("Target"))
    }

    func testDateFormats() {
        for code in ["dd/mm/yyyy", "mm-dd-yy", "[$-421]dd mmmm yyyy", "h:mm", "[h]:mm:ss", "yyyy-mm-dd hh:mm:ss", "d-mmm"] {
            XCTAssertTrue(CellStyle(numberFormat: code).isDateFormat, code)
        }
        for code in ["General", "0", "0.00", "#,##0.00", "@", "0%", "#,##0 \"hari\"", "[Red]#,##0", "0.00E+00", "\\d0", "[$Rp-421]#,##0"] {
            XCTAssertFalse(CellStyle(numberFormat: code).isDateFormat, code)
        }
    }
}
