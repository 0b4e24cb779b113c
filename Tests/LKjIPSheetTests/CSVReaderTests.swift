@testable import LKjIPSheet
import XCTest

final class CSVReaderTests: XCTestCase {
    func testQuotedFieldsAndDoubledQuotes() throws {
        let text = "No,Indikator,Target\r\n1,\"Persentase \"\"warga binaan\"\", dibina\",90\r\n"
        XCTAssertEqual(try CSVReader.read(text), [["No", "Indikator", "Target"], ["1", "Persentase \"warga binaan\", dibina", "90"]])
    }

    func testLineBreaksInsideQuotesAndAllLineEndings() throws {
        let text = "a,\"baris satu\nbaris dua\"\nb,\"x\r\ny\"\rc,z"
        XCTAssertEqual(try CSVReader.read(text), [["a", "baris satu\nbaris dua"], ["b", "x\r\ny"], ["c", "z"]])
    }

    func testSemicolonIsDetectedFromTheHeader() throws {
        let text = "No;Indikator;Realisasi\n1;\"Indeks; kepuasan\";87,5\n"
        XCTAssertEqual(CSVReader.detectDelimiter(text), ";")
        XCTAssertEqual(try CSVReader.read(text), [["No", "Indikator", "Realisasi"], ["1", "Indeks; kepuasan", "87,5"]])
        XCTAssertEqual(CSVReader.detectDelimiter("\"a;b;c\",d\n1;2;3;4"), ",", "only the first record, outside quotes, counts")
        XCTAssertEqual(try CSVReader.read("a;b,c", delimiter: ","), [["a;b", "c"]])
    }

    func testByteOrderMarkIsDropped() throws {
        XCTAssertEqual(try CSVReader.read("\u{FEFF}No;Nama\n1;Ani"), [["No", "Nama"], ["1", "Ani"]])
    }

    func testRaggedRowsEmptyFieldsAndBlankLines() throws {
        XCTAssertEqual(try CSVReader.read("a,b,c\n1\n\n,,\n2,\n"), [["a", "b", "c"], ["1"], [""], ["", "", ""], ["2", ""]])
        XCTAssertEqual(try CSVReader.read(""), [])
        XCTAssertEqual(try CSVReader.read("a,"), [["a", ""]])
        XCTAssertEqual(try CSVReader.read("\"\""), [[""]])
        XCTAssertEqual(try CSVReader.read("a\"b,c"), [["a\"b", "c"]], "a quote inside an unquoted field is kept")
    }

    func testUnterminatedQuoteNamesWhereItOpened() {
        let error = TestWorkbooks.sheetError { try CSVReader.read("No,Nama\n1,Ani\n2,\"Budi\n3,Citra\n") }
        XCTAssertEqual(error?.description, "line 3, column 3: the quoted field starting here is never closed; a closing \" is missing")
    }

    func testTextAfterClosingQuoteIsAnError() {
        let error = TestWorkbooks.sheetError { try CSVReader.read("a,b\n\"Ani\"x,c\n") }
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 6)
        XCTAssertTrue(error?.message.hasPrefix("unexpected \"x\" after the closing quote") == true)
    }

    func testInvalidDelimiterIsRefused() {
        XCTAssertNotNil(TestWorkbooks.sheetError { try CSVReader.read("a", delimiter: "\"") })
    }
}
