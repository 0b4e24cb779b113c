import LKjIPModel
import XCTest

/// Cells of the history and Renstra tables: a number, a number with its unit, or a word.
final class TableValueTests: XCTestCase {
    private func value(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TableValue? {
        switch TableValue.parse(text) {
        case .success(let value): return value
        case .failure(let error):
            XCTFail("\"\(text)\" refused: \(error.message)", file: file, line: line)
            return nil
        }
    }

    private func message(_ text: String) -> String? {
        if case .failure(let error) = TableValue.parse(text) { return error.message }
        return nil
    }

    /// The seed prints "50 Raperda": the unit is kept with the number.
    func testNumberWithUnit() {
        XCTAssertEqual(value("50 Raperda"), TableValue(number: Nilai(50, decimals: 0), unit: "Raperda"))
        XCTAssertEqual(value("1 Kantor Wilayah"), TableValue(number: Nilai(1, decimals: 0), unit: "Kantor Wilayah"))
    }

    /// A plain number keeps its typed decimals and has no unit.
    func testPlainNumber() {
        XCTAssertEqual(value("3.8"), TableValue(number: Nilai(3.8, decimals: 1)))
        XCTAssertEqual(value("7.0"), TableValue(number: Nilai(7, decimals: 1)))
        XCTAssertEqual(value("-0.7"), TableValue(number: Nilai(-0.7, decimals: 1)))
    }

    /// Words stay words: an opinion ("WTP") or the dash of an empty cell.
    func testWords() {
        XCTAssertEqual(value("WTP"), TableValue(word: "WTP"))
        XCTAssertEqual(value("-"), TableValue(word: "-"), "a lone dash is not a negative number")
        XCTAssertEqual(value(""), TableValue(word: ""))
    }

    /// "7,0 Indeks" (decimal comma) is refused with the text to type instead.
    func testDecimalCommaIsRefusedWithSuggestion() {
        XCTAssertEqual(message("7,0 Indeks"), "\"7,0 Indeks\": write the number with a decimal point, e.g. \"7.0 Indeks\"")
    }

    /// A thousands separator with a decimal comma ("1.643,5") is rewritten without the dots.
    func testThousandsSeparatorSuggestion() {
        XCTAssertEqual(message("1.643,5 Orang"), "\"1.643,5 Orang\": write the number with a decimal point, e.g. \"1643.5 Orang\"")
    }

    /// Control characters would corrupt the document; they are refused in a cell.
    func testControlCharactersAreRefused() {
        XCTAssertEqual(message("50\u{7} Raperda"), "control character \\u{7} is not allowed in text")
        XCTAssertEqual(message("WTP\u{1B}"), "control character \\u{1B} is not allowed in text")
    }

    /// The number part obeys `NumberText`: too many digits or decimals are refused.
    func testNumberLimits() {
        XCTAssertEqual(message("1234567890123456 Orang"), "1234567890123456 is too large or too precise: at most 15 significant digits")
        XCTAssertEqual(message("0.1234567"), "0.1234567 has too many decimals: at most 6")
        XCTAssertEqual(message("0x10"), "expected a number, a number followed by its unit (e.g. 50 Raperda) or a word, found \"0x10\" (only decimal numbers are accepted)")
    }
}
