@testable import LKjIPSheet
import XCTest

final class CellReferenceTests: XCTestCase {
    func testColumnLettersBothWays() {
        let pairs: [(Int, String)] = [(1, "A"), (5, "E"), (26, "Z"), (27, "AA"), (28, "AB"), (52, "AZ"), (53, "BA"),
                                      (702, "ZZ"), (703, "AAA"), (16_384, "XFD")]
        for (number, letters) in pairs {
            XCTAssertEqual(CellReference.columnLetters(number), letters)
            XCTAssertEqual(CellReference.columnNumber(letters), number)
        }
        XCTAssertEqual(CellReference.columnNumber("ab"), 28)
        XCTAssertNil(CellReference.columnLetters(0))
        XCTAssertNil(CellReference.columnLetters(16_385))
        XCTAssertNil(CellReference.columnNumber("XFE"))
        XCTAssertNil(CellReference.columnNumber("AAAA"))
        XCTAssertNil(CellReference.columnNumber(""))
        XCTAssertNil(CellReference.columnNumber("A1"))
    }

    func testParsingAndPrinting() {
        XCTAssertEqual(CellReference("E12"), CellReference(column: 5, row: 12))
        XCTAssertEqual(CellReference("xfd1048576"), CellReference(column: 16_384, row: 1_048_576))
        XCTAssertEqual(CellReference(column: 5, row: 12).description, "E12")
        XCTAssertEqual(CellReference(column: 28, row: 1).description, "AB1")
        for text in ["", "E", "12", "E0", "E012", "12E", "E1E", "$E$12", "E 12", "XFE1", "A1048577", "É1", "E-1"] {
            XCTAssertNil(CellReference(text), text)
        }
        XCTAssertEqual(CellReference(column: 0, row: 3).description, "R3C0", "an invalid reference still prints")
    }

    func testRowMajorOrder() {
        let sorted = ["B2", "A3", "C1", "A1", "AA1"].compactMap(CellReference.init).sorted().map(\.description)
        XCTAssertEqual(sorted, ["A1", "C1", "AA1", "B2", "A3"])
    }

    func testRanges() {
        XCTAssertEqual(CellRange("E2:E40")?.description, "E2:E40")
        XCTAssertEqual(CellRange("E40:C2")?.description, "C2:E40", "corners are normalised")
        XCTAssertEqual(CellRange("E2")?.description, "E2")
        XCTAssertEqual(CellRange("E2:E2")?.description, "E2")
        XCTAssertNil(CellRange("E2:"))
        XCTAssertNil(CellRange("E2:E3:E4"))
        XCTAssertEqual(CellRange.list("E2:E40 G2")?.map(\.description), ["E2:E40", "G2"])
        XCTAssertNil(CellRange.list(""))
        XCTAssertTrue(CellRange("C2:E40")?.contains(CellReference(column: 4, row: 40)) == true)
        XCTAssertFalse(CellRange("C2:E40")?.contains(CellReference(column: 6, row: 2)) == true)
    }

    func testErrorLocations() {
        XCTAssertEqual(SheetError(sheet: "Pemasyarakatan", cell: CellReference("E12"), "expected a number, found \"sembilan puluh\"").description,
                       "Pemasyarakatan!E12: expected a number, found \"sembilan puluh\"")
        XCTAssertEqual(SheetError(sheet: "Sub Bagian Umum", cell: CellReference("B3"), "x").description, "'Sub Bagian Umum'!B3: x")
        XCTAssertEqual(SheetError(sheet: "Ka'Ur", "x").description, "'Ka''Ur': x")
        XCTAssertEqual(SheetError(line: 4, column: 9, "x").description, "line 4, column 9: x")
        XCTAssertEqual(SheetError(part: "xl/workbook.xml", "x").description, "xl/workbook.xml: x")
        XCTAssertEqual(SheetError("x").description, "x")
    }
}
