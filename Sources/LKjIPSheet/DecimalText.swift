/// A number as exact decimal text, the way a cell holds it (`<v>78.5</v>`) and an officer
/// typed it, never through a binary double: 0.1 stays 0.1, and a value exported and read back
/// compares equal to the one in the YAML file, digit for digit.
///
/// The text is kept normalized — no sign on zero, no leading zeros, no trailing fractional
/// zeros, `E` only where a plain form would be very long — so two spellings of one number
/// (`95.40`, `95.4`, `9.54E1`) are one value, and equality is equality of numbers.
public struct DecimalText: Hashable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// Significant digits without leading or trailing zeros ("" for zero).
    public let digits: String
    /// The value is `digits` × 10^`exponent`.
    public let exponent: Int
    public let isNegative: Bool

    /// Longest text accepted and largest exponent: far beyond any value a form holds, small
    /// enough that no text can make the normalization or printing expensive.
    static let maximumLength = 400
    static let maximumExponent = 400

    /// Reads `[+-]digits[.digits][(e|E)[+-]digits]` (also `.5` and `5.`); nil for anything
    /// else (hex, `inf`, `nan`, spaces inside, thousands separators).
    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= Self.maximumLength else { return nil }
        var index = 0
        var negative = false
        if scalars[index] == "-" || scalars[index] == "+" {
            negative = scalars[index] == "-"
            index += 1
        }
        var whole: [Unicode.Scalar] = [], fraction: [Unicode.Scalar] = []
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { whole.append(scalars[index]); index += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { fraction.append(scalars[index]); index += 1 }
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return nil }
        var power = 0
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            var exponentNegative = false
            if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" {
                exponentNegative = scalars[index] == "-"
                index += 1
            }
            var exponentDigits = 0
            var value = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                value = min(value * 10 + Int(scalars[index].value - 48), 100_000)
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            power = exponentNegative ? -value : value
        }
        guard index == scalars.count else { return nil }
        self.init(negative: negative, digits: String(String.UnicodeScalarView(whole + fraction)), exponent: power - fraction.count)
        guard abs(exponent) <= Self.maximumExponent + Self.maximumLength else { return nil }
    }

    private init(negative: Bool, digits raw: String, exponent exponentValue: Int) {
        var text = Substring(raw.drop { $0 == "0" })
        var power = exponentValue
        while text.last == "0" { text.removeLast(); power += 1 }
        digits = String(text)
        exponent = text.isEmpty ? 0 : power
        isNegative = text.isEmpty ? false : negative
    }

    /// The shortest decimal text that reads back as `value` (Swift's own printing, which is
    /// exact for that purpose); for numbers built in code, never for data.
    public init(_ value: Double) {
        precondition(value.isFinite, "a cell number must be finite")
        self = DecimalText("\(value)")!
    }

    public init(_ value: Int) { self = DecimalText(String(value))! }
    public init(_ value: Int64) { self = DecimalText(String(value))! }
    public init(integerLiteral value: Int) { self.init(value) }
    public init(floatLiteral value: Double) { self.init(value) }

    public var isZero: Bool { digits.isEmpty }

    /// Whether the number has no fractional part.
    public var isWhole: Bool { isZero || exponent >= 0 }

    /// Digits after the decimal point in the plain form.
    public var fractionDigits: Int { max(0, -exponent) }

    /// Significant digits.
    public var significantDigits: Int { digits.count }

    /// The value × 10^`power` (a percent cell's 0.995 is 99.5).
    public func shifted(by power: Int) -> DecimalText {
        isZero ? self : DecimalText(negative: isNegative, digits: digits, exponent: exponent + power)
    }

    /// The nearest double, for comparisons with bounds and for validation rules.
    public var double: Double { Double(description) ?? .nan }

    /// The plain form with a point (`-12.5`, `17496194000`, `0.000001`); scientific
    /// (`1.5E-30`) only where the plain form would exceed 40 digits.
    public var description: String {
        plain(separator: ".") ?? scientific
    }

    /// The plain form with `separator` as the decimal mark and at least `decimals` digits
    /// after it, or nil when it would exceed 40 digits.
    public func plain(separator: String, decimals: Int = 0) -> String? {
        if isZero { return decimals > 0 ? "0" + separator + String(repeating: "0", count: decimals) : "0" }
        let sign = isNegative ? "-" : ""
        if exponent >= 0 {
            guard digits.count + exponent <= 40 else { return nil }
            let whole = digits + String(repeating: "0", count: exponent)
            return sign + whole + (decimals > 0 ? separator + String(repeating: "0", count: decimals) : "")
        }
        let places = -exponent
        guard places <= 40, digits.count <= 40 else { return nil }
        let padded = String(repeating: "0", count: max(0, places - digits.count + 1)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -places)
        var fraction = String(padded[split...])
        if fraction.count < decimals { fraction += String(repeating: "0", count: decimals - fraction.count) }
        return sign + padded[..<split] + separator + fraction
    }

    /// `d.dddE±x`.
    var scientific: String {
        let sign = isNegative ? "-" : ""
        let power = exponent + digits.count - 1
        let rest = digits.dropFirst()
        return sign + String(digits.prefix(1)) + (rest.isEmpty ? "" : "." + rest) + "E" + (power < 0 ? "-" : "+") + String(abs(power))
    }

    /// The number rounded half away from zero to `count` significant digits: a double that
    /// an application wrote with 17 digits (`99.93000000000001`) is the 15-digit number it
    /// shows (`99.93`), Excel's own precision.
    public func rounded(toSignificant count: Int) -> DecimalText {
        guard significantDigits > count else { return self }
        return rounded(toDecimals: count - (exponent + significantDigits))
    }

    /// The number rounded half away from zero to `places` decimals (negative: to tens,
    /// hundreds...), for comparing with a value shown with fewer digits.
    public func rounded(toDecimals places: Int) -> DecimalText {
        guard !isZero, -exponent > places else { return self }
        let keep = digits.count - (-exponent - places)
        if keep < 0 { return DecimalText(0) }
        let kept = Array(digits.prefix(keep))
        let next = keep < digits.count ? digits[digits.index(digits.startIndex, offsetBy: keep)] : "0"
        var result = kept.map { Int(String($0))! }
        if next >= "5" {
            var index = result.count - 1
            var carry = 1
            while carry == 1 && index >= 0 {
                result[index] += 1
                if result[index] == 10 { result[index] = 0 } else { carry = 0 }
                index -= 1
            }
            if carry == 1 { result.insert(1, at: 0) }
        }
        return DecimalText(negative: isNegative, digits: result.map(String.init).joined(), exponent: -places)
    }
}
