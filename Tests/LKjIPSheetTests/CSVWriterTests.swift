@testable import LKjIPSheet
import XCTest

final class CSVWriterTests: XCTestCase {
    func testQuotingOnlyWhenNeeded() {
        let rows = [["No", "Indikator", "Catatan"], ["1", "Persentase \"warga binaan\", dibina", "baris\nkedua"], ["2", "  spasi  ", ""]]
        XCTAssertEqual(CSVWriter.write(rows),
                       "No,Indikator,Catatan\r\n1,\"Persentase \"\"warga binaan\"\", dibina\",\"baris\nkedua\"\r\n2,  spasi  ,\r\n")
    }

    func testSemicolonDelimiterAndByteOrderMark() {
        let text = CSVWriter.write([["Realisasi", "87,5"], ["a;b", "c"]], delimiter: ";", byteOrderMark: true)
        XCTAssertEqual(text, "\u{FEFF}Realisasi;87,5\r\n\"a;b\";c\r\n")
    }

    func testWrittenTextReadsBack() throws {
        let rows = [["No", "Indikator"], ["1", "a,\"b\";\r\nc"], ["", "ñ é 📊"], ["3"]]
        for delimiter: Character in [",", ";"] {
            XCTAssertEqual(try CSVReader.read(CSVWriter.write(rows, delimiter: delimiter, byteOrderMark: true)), rows)
        }
    }
}
