import Foundation

/// Every figure lkjip prints is an exact decimal (`Foundation.Decimal`, 38 significant digits):
/// numbers are read from the YAML text digit by digit (`NumberText`), never through a binary
/// `Double`, so 2.436 / 2.400 × 100 is exactly 101,5 and prints "102%", as a calculator and
/// Excel's ROUND do. This is the one place where a figure is rounded and where a decimal is
/// turned into digits.
///
/// Quotients that do not terminate (1/3) are carried to 38 significant digits. Within the
/// documented ranges (values ≤ 10^15 with ≤ 6 decimals, capaian ≤ 10^9 %) the distance of such a
/// quotient from a rounding boundary is far above that precision, so rounding it gives the
/// result exact rational arithmetic would (the property test in `ExactFiguresTests` checks this
/// against an exact rational oracle).
public enum Rounding {
    /// `value` rounded half away from zero to `decimals` places (0...`NumberText.maximumDecimals`
    /// + 2; a larger or negative count is clamped).
    public static func halfUp(_ value: Decimal, decimals: Int) -> Decimal {
        guard value.isFinite else { return 0 }
        var exact = value
        var result = Decimal()
        NSDecimalRound(&result, &exact, min(max(decimals, 0), 12), .plain)
        return result
    }

    /// An exact fraction rounded half away from zero to `decimals` places (`Fraction.rounded`).
    public static func halfUp(_ value: Fraction, decimals: Int) -> Decimal {
        value.rounded(decimals: decimals)
    }

    /// The decimal written with exactly `decimals` places and a "." ("95.40", "-0.7", "1500"),
    /// rounded half-up first. `-0` and a negative value that rounds to zero print without sign.
    public static func plainText(_ value: Decimal, decimals: Int) -> String {
        let places = min(max(decimals, 0), 12)
        let rounded = halfUp(value, decimals: places)
        var text = rounded.description
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        // `Decimal.description` never uses an exponent; it may lack or shorten the fraction.
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = pieces.first.map(String.init) ?? "0"
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        let isZero = whole.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        return (negative && !isZero ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The nearest binary double, for drawing only (chart bar lengths, axis positions): never
    /// for a figure that is printed or compared.
    public static func drawing(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }

    /// The decimal of a value typed in code or in a test as a `Double` literal, through its
    /// shortest text ("3.01", not 3.00999…).
    public static func decimal(literal value: Double) -> Decimal {
        guard value.isFinite else { return 0 }
        return Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }
}
