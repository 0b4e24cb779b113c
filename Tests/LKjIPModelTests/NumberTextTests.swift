import Foundation
@testable import LKjIPModel
import XCTest

/// `NumberText` decides which typed numbers a report may print: plain decimals only, with
/// the decimals as typed, and nothing a binary double cannot hold exactly.
final class NumberTextTests: XCTestCase {
    private func parsed(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> NumberText.Parsed? {
        switch NumberText.parse(text) {
        case .success(let value): return value
        case .failure(let problem):
            XCTFail("\"\(text)\" refused: \(problem)", file: file, line: line)
            return nil
        }
    }

    private func problem(_ text: String) -> NumberText.Problem? {
        if case .failure(let problem) = NumberText.parse(text) { return problem }
        return nil
    }

    /// The forms the seed uses: "3.1", "-0.7", "22186820000", "99.93".
    func testPlainDecimals() {
        XCTAssertEqual(parsed("3.1"), NumberText.Parsed(value: 3.1, decimals: 1))
        XCTAssertEqual(parsed("-0.7"), NumberText.Parsed(value: -0.7, decimals: 1))
        XCTAssertEqual(parsed("22186820000"), NumberText.Parsed(value: 22_186_820_000, decimals: 0))
        XCTAssertEqual(parsed("99.93"), NumberText.Parsed(value: 99.93, decimals: 2))
        XCTAssertEqual(parsed("+5"), NumberText.Parsed(value: 5, decimals: 0), "a leading plus is allowed")
        XCTAssertEqual(parsed("  82 "), NumberText.Parsed(value: 82, decimals: 0), "surrounding spaces are ignored")
    }

    /// An exponent is plain decimal notation too: 1.5e3 is 1500, 25e-2 is 0.25.
    func testExponent() {
        XCTAssertEqual(parsed("1.5e3")?.value, 1500)
        XCTAssertEqual(parsed("25e-2")?.value, 0.25)
        XCTAssertEqual(parsed("1E2")?.value, 100)
        XCTAssertEqual(parsed("2e+1")?.value, 20)
    }

    /// Decimals are counted as written, so "7.0" prints "7,0" and "95.40" stays "95,40";
    /// an exponent shifts them: "1.5e3" has none, "25e-2" (0.25) has two.
    func testTypedDecimals() {
        XCTAssertEqual(parsed("7.0")?.decimals, 1)
        XCTAssertEqual(parsed("95.40")?.decimals, 2)
        XCTAssertEqual(parsed("1.5e3")?.decimals, 0)
        XCTAssertEqual(parsed("25e-2")?.decimals, 2)
        XCTAssertEqual(parsed("82")?.decimals, 0)
    }

    /// YAML reads 0x10 as 16; a clerk never means that, so it is refused with a hint.
    func testHexadecimalIsRefused() {
        XCTAssertEqual(problem("0x10"), .notANumber(hint: " (only decimal numbers are accepted)"))
        XCTAssertEqual(problem("-0x10"), .notANumber(hint: " (only decimal numbers are accepted)"))
    }

    /// YAML reads 1_000 as 1000; refused, with the way to write it.
    func testUnderscoreSeparatorIsRefused() {
        XCTAssertEqual(problem("1_000"), .notANumber(hint: " (write numbers without separators, e.g. 1000000)"))
    }

    /// Infinity and NaN spellings are not numbers a report can print.
    func testInfinityAndNaNAreRefused() {
        XCTAssertNotNil(problem(".inf"))
        XCTAssertNotNil(problem("-.inf"))
        XCTAssertNotNil(problem(".nan"))
        XCTAssertNotNil(problem("inf"))
    }

    /// The seed prints "99, 93%": a decimal comma, a space and a percent sign. The hint says
    /// how to type it instead.
    func testSeedStyleNumberIsRefusedWithHint() {
        XCTAssertEqual(problem("99, 93%"), .notANumber(hint: " (write numbers with a decimal point and without % or units, e.g. 99.93)"))
        XCTAssertEqual(problem("99,93"), .notANumber(hint: " (write numbers with a decimal point and without % or units, e.g. 99.93)"))
        XCTAssertEqual(problem("90%"), .notANumber(hint: " (write numbers with a decimal point and without % or units, e.g. 99.93)"))
    }

    /// Half-written numbers are refused rather than guessed.
    func testIncompleteForms() {
        for text in ["", "-", "1.", ".5", "1e", "1e+", "sembilan puluh", "3.1.2", "1 000"] {
            XCTAssertNotNil(problem(text), "\"\(text)\" must be refused")
        }
    }

    /// At most 15 significant digits; 16 are refused. Leading zeros
    /// and trailing zeros of a whole number are not significant.
    func testSignificantDigits() {
        XCTAssertEqual(parsed("123456789012345")?.value, 123_456_789_012_345)
        XCTAssertEqual(problem("1234567890123456"), .tooManyDigits)
        XCTAssertEqual(problem("1.234567890123456"), .tooManyDigits)
        XCTAssertEqual(parsed("0.0025")?.value, 0.0025, "zeros before the first digit do not count")
        XCTAssertEqual(parsed("1000000000000000000")?.value, 1e18, "trailing zeros of a whole number do not count")
    }

    /// More than 6 decimals are refused rather than silently rounded; six are kept.
    func testMoreThanSixDecimals() {
        XCTAssertEqual(parsed("0.123456")?.decimals, 6)
        XCTAssertEqual(problem("0.1234567"), .tooManyDecimals)
        XCTAssertEqual(problem("1e-7"), .tooManyDecimals, "1e-7 is 0.0000001: seven decimals")
    }

    /// An exponent beyond what an exact decimal holds is refused, not turned into infinity;
    /// up to 10^120 the value is read, so that the key's range can say what is allowed.
    func testOverflowingExponentIsRefused() {
        XCTAssertEqual(parsed("1e100")?.value, Decimal(sign: .plus, exponent: 100, significand: 1))
        XCTAssertEqual(problem("1e308"), .tooManyDigits)
        XCTAssertEqual(problem("1e309"), .tooManyDigits)
        XCTAssertEqual(problem("1e99999999"), .tooManyDigits)
    }

    /// Whole numbers (Rupiah, counts): at most 18 digits, so that every one fits an Int64.
    func testParseIntegerLimits() {
        XCTAssertEqual(try NumberText.parseInteger("22186820000").get(), 22_186_820_000)
        XCTAssertEqual(try NumberText.parseInteger("999999999999999999").get(), 999_999_999_999_999_999, "18 digits are accepted")
        XCTAssertEqual(try NumberText.parseInteger("-5").get(), -5)
        XCTAssertEqual(try NumberText.parseInteger("0000000000000000000042").get(), 42, "leading zeros are not counted")
        XCTAssertThrowsError(try NumberText.parseInteger("1000000000000000000").get()) { error in
            XCTAssertEqual(error as? NumberText.Problem, .tooManyDigits, "19 digits")
        }
        XCTAssertThrowsError(try NumberText.parseInteger("9223372036854775807").get()) { error in
            XCTAssertEqual(error as? NumberText.Problem, .tooManyDigits, "Int64.max has 19 digits")
        }
    }

    /// A whole number typed with thousand separators or decimals gets the hint to drop them.
    func testParseIntegerRefusesSeparators() {
        let hint = NumberText.Problem.notANumber(hint: " (write whole numbers without separators, e.g. 22186820000)")
        XCTAssertThrowsError(try NumberText.parseInteger("22.186.820.000").get()) { XCTAssertEqual($0 as? NumberText.Problem, hint) }
        XCTAssertThrowsError(try NumberText.parseInteger("1,5").get()) { XCTAssertEqual($0 as? NumberText.Problem, hint) }
        XCTAssertThrowsError(try NumberText.parseInteger("1e3").get())
        XCTAssertThrowsError(try NumberText.parseInteger("").get())
        XCTAssertThrowsError(try NumberText.parseInteger("0x10").get()) {
            XCTAssertEqual($0 as? NumberText.Problem, .notANumber(hint: " (only decimal numbers are accepted)"))
        }
    }
}
