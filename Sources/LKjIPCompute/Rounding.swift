import Foundation

/// Half-up rounding ("away from zero at .5") on the decimal value a person reads, not on the
/// binary double: 2.675 is stored as 2.67499999..., yet the table must say "2,68" because
/// that is what a calculator and Excel's ROUND give. Going through the shortest decimal
/// representation of the double (`"\(v)"`) recovers the number as typed before rounding.
public enum Rounding {
    /// `value` rounded half away from zero to `decimals` places, as an exact `Decimal`.
    public static func halfUp(_ value: Double, decimals: Int) -> Decimal {
        guard value.isFinite else { return 0 }
        var exact = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
        var result = Decimal()
        NSDecimalRound(&result, &exact, max(decimals, 0), .plain)
        return result
    }

    /// The same rounding, back as a `Double`, for comparisons such as "exactly 100 %".
    public static func halfUpDouble(_ value: Double, decimals: Int) -> Double {
        NSDecimalNumber(decimal: halfUp(value, decimals: decimals)).doubleValue
    }

    /// The decimal value a double was typed as ("3.01", not 3.00999...).
    public static func decimal(_ value: Double) -> Decimal {
        guard value.isFinite else { return 0 }
        return Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
    }

    /// A decimal result back as the double nearest to it, through its text, so that
    /// `halfUp` later reads the same digits.
    public static func double(_ value: Decimal) -> Double {
        Double(NSDecimalNumber(decimal: value).stringValue) ?? NSDecimalNumber(decimal: value).doubleValue
    }
}
