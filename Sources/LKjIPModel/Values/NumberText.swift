import Foundation

/// How lkjip reads a number an officer typed in YAML.
///
/// YAML (and Swift's `Double(String)`) accept forms no clerk means: `0x10` is 16, `1_000` is
/// 1000, `.inf` is infinity. A report must print exactly the digits that were typed, so only
/// plain decimal notation is accepted (`3.1`, `-0.7`, `22186820000`, `1.5e3`), with at most
/// 15 significant digits. The value is built from the digits as an exact `Decimal`, never
/// through a binary double, so every figure computed from it is exact (see `Rounding`).
public enum NumberText {
    /// Significant digits accepted: every documented range (up to 10^15 with 6 decimals) fits,
    /// and quotients of such numbers stay far inside `Decimal`'s 38 digits.
    public static let maximumSignificantDigits = 15

    /// Largest magnitude read at all, 10^120 (`Decimal` holds up to about 10^165): the field's
    /// own range then says "too large: expected at most …"; beyond it the text is refused.
    static let maximumExponent = 120

    public struct Parsed: Equatable, Sendable {
        public var value: Decimal
        /// Decimal places as written: "7.0" has 1, "95.40" has 2, "1.5e3" has 0.
        public var decimals: Int
    }

    public enum Problem: Error, Equatable, Sendable {
        case notANumber(hint: String)
        case tooManyDigits
        case tooManyDecimals
    }

    /// Decimal places lkjip keeps; more are refused rather than silently rounded.
    public static let maximumDecimals = 6

    public static func parse(_ raw: String) -> Result<Parsed, Problem> {
        let text = raw.trimmingWhitespace()
        var scalars = Array(text.unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars.removeFirst()
        }
        var integerDigits: [Unicode.Scalar] = []
        var fractionDigits: [Unicode.Scalar] = []
        var exponent = 0
        var index = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        while index < scalars.count, isDigit(scalars[index]) { integerDigits.append(scalars[index]); index += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, isDigit(scalars[index]) { fractionDigits.append(scalars[index]); index += 1 }
            if fractionDigits.isEmpty { return .failure(.notANumber(hint: hint(text))) }
        }
        if integerDigits.isEmpty { return .failure(.notANumber(hint: hint(text))) }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            var exponentNegative = false
            if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" {
                exponentNegative = scalars[index] == "-"
                index += 1
            }
            var digits = 0
            var value = 0
            while index < scalars.count, isDigit(scalars[index]) {
                if value < 10_000 { value = value * 10 + Int(scalars[index].value - 48) }
                digits += 1
                index += 1
            }
            if digits == 0 { return .failure(.notANumber(hint: hint(text))) }
            exponent = exponentNegative ? -value : value
        }
        guard index == scalars.count else { return .failure(.notANumber(hint: hint(text))) }
        // Significant digits: all digits without leading zeros (and, for a fraction-only
        // number such as 0.0025, without the zeros after the point).
        var digits = integerDigits + fractionDigits
        while let first = digits.first, first == "0", digits.count > 1 { digits.removeFirst() }
        var trailing = digits
        while let last = trailing.last, last == "0", trailing.count > 1 { trailing.removeLast() }
        if trailing.count > maximumSignificantDigits { return .failure(.tooManyDigits) }
        let decimals = max(0, fractionDigits.count - exponent)
        if decimals > maximumDecimals, trailing != ["0"] { return .failure(.tooManyDecimals) }
        // The value is significand × 10^(exponent − fraction digits), built exactly.
        var significand: UInt64 = 0
        for digit in trailing { significand = significand * 10 + UInt64(digit.value - 48) }
        let droppedZeros = digits.count - trailing.count
        let scale = exponent - fractionDigits.count + droppedZeros
        // Magnitude: the position of the leading digit.
        if significand != 0, scale + trailing.count > maximumExponent { return .failure(.tooManyDigits) }
        let value = significand == 0 ? Decimal(0) : Decimal(sign: negative ? .minus : .plus, exponent: scale, significand: Decimal(significand))
        return .success(Parsed(value: value, decimals: min(decimals, maximumDecimals)))
    }

    /// Whole numbers (Rupiah, counts, years): digits only, at most 18 of them.
    public static func parseInteger(_ raw: String) -> Result<Int64, Problem> {
        let text = raw.trimmingWhitespace()
        var scalars = Array(text.unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars.removeFirst()
        }
        guard !scalars.isEmpty, scalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else {
            var hint = Self.hint(text)
            if text.contains(".") || text.contains(",") { hint = " (write whole numbers without separators, e.g. 22186820000)" }
            return .failure(.notANumber(hint: hint))
        }
        while let first = scalars.first, first == "0", scalars.count > 1 { scalars.removeFirst() }
        guard scalars.count <= 18, let magnitude = Int64(String(String.UnicodeScalarView(scalars))) else { return .failure(.tooManyDigits) }
        return .success(negative ? -magnitude : magnitude)
    }

    static func hint(_ text: String) -> String {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("-0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") {
            return " (only decimal numbers are accepted)"
        }
        if text.contains("_") { return " (write numbers without separators, e.g. 1000000)" }
        if text.contains(",") || text.contains("%") {
            return " (write numbers with a decimal point and without % or units, e.g. 99.93)"
        }
        return ""
    }
}
