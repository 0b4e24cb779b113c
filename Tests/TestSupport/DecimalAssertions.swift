import Foundation
import TestSupport
import XCTest

/// Exact figures are `Decimal`s, which XCTest's `accuracy:` assertion does not take. An
/// expected value worked by hand to a few places is compared within `accuracy`; a value that
/// must be exact is compared with `XCTAssertEqual(value, Decimal(string: "…"))` instead.
public func XCTAssertEqual(_ expression1: @autoclosure () throws -> Decimal?, _ expression2: @autoclosure () throws -> Double, accuracy: Double,
                           _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
    do {
        guard let value = try expression1() else { return XCTFail("nil is not \(try expression2()) \(message())", file: file, line: line) }
        let expected = try expression2()
        let actual = NSDecimalNumber(decimal: value).doubleValue
        XCTAssert(abs(actual - expected) <= accuracy, "\(value) is not \(expected) ± \(accuracy) \(message())", file: file, line: line)
    } catch {
        XCTFail("threw \(error) \(message())", file: file, line: line)
    }
}

/// The decimal written in `text`, for expected values: `d("101.5")`.
public func d(_ text: String) -> Decimal {
    guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { fatalError("not a decimal: \(text)") }
    return value
}
