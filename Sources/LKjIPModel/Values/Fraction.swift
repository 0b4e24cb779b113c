import BigInt
import Foundation

/// An exact rational number: every computed ratio of the report (capaian, NILAI SS, serapan,
/// changes in percent) is one, so that no figure depends on how a quotient was approximated.
/// A mean of quotients is where approximation shows: the capaian 301/3 and 302/3 average to
/// exactly 100,5, printed "101%", whereas the same mean of two 38-digit decimals is
/// 100,4999…, printed "100%". Values are read as decimals (`Nilai`), turned into fractions
/// exactly, and rounded once for print (`Rounding.halfUp`).
public struct Fraction: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// Always in lowest terms with a positive denominator, so equal values are equal structs.
    public let numerator: BigInt
    public let denominator: BigInt

    public init(numerator: BigInt, denominator: BigInt) {
        precondition(!denominator.isZero, "a fraction needs a denominator other than 0")
        var p = numerator, q = denominator
        if q.sign == .minus { p = -p; q = -q }
        let divisor = p.isZero ? q : p.greatestCommonDivisor(with: q)
        self.numerator = p / divisor
        self.denominator = q / divisor
    }

    /// The decimal exactly: 3.01 is 301/100.
    public init(_ value: Decimal) {
        // `Decimal.description` writes every digit without an exponent ("-0.0025", "1500").
        let text = value.isFinite ? value.description : "0"
        var digits = text, scale = 0
        if let dot = text.firstIndex(of: ".") {
            scale = text.distance(from: dot, to: text.endIndex) - 1
            digits.remove(at: dot)
        }
        self.init(numerator: BigInt(digits) ?? 0, denominator: BigInt(10).power(scale))
    }

    public init(_ value: Int64) { self.init(numerator: BigInt(value), denominator: 1) }
    public init(_ value: Int) { self.init(numerator: BigInt(value), denominator: 1) }
    public init(integerLiteral value: Int) { self.init(value) }

    public static let zero = Fraction(0)
    public static let hundred = Fraction(100)

    public static func + (a: Fraction, b: Fraction) -> Fraction {
        Fraction(numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator)
    }

    public static func - (a: Fraction, b: Fraction) -> Fraction {
        Fraction(numerator: a.numerator * b.denominator - b.numerator * a.denominator, denominator: a.denominator * b.denominator)
    }

    public static func * (a: Fraction, b: Fraction) -> Fraction {
        Fraction(numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator)
    }

    /// nil when dividing by zero: every caller has a rule for that case (target 0, no pagu).
    public static func / (a: Fraction, b: Fraction) -> Fraction? {
        guard !b.numerator.isZero else { return nil }
        return Fraction(numerator: a.numerator * b.denominator, denominator: a.denominator * b.numerator)
    }

    public static prefix func - (a: Fraction) -> Fraction { Fraction(numerator: -a.numerator, denominator: a.denominator) }

    public static func < (a: Fraction, b: Fraction) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    public var isZero: Bool { numerator.isZero }
    public var isNegative: Bool { numerator.sign == .minus && !numerator.isZero }
    public var magnitude: Fraction { isNegative ? -self : self }

    /// Rounded half away from zero to `decimals` places (clamped to 0...12), exactly: the one
    /// rounding of a computed figure. Values beyond what a `Decimal` holds (only reachable by
    /// data the checks refuse) saturate rather than trap.
    public func rounded(decimals: Int) -> Decimal {
        let places = min(max(decimals, 0), 12)
        let scale = BigInt(10).power(places)
        let twice = numerator.magnitude * BigUInt(2) * scale.magnitude
        let q = denominator.magnitude
        let whole = (twice + q) / (BigUInt(2) * q)
        guard whole.bitWidth <= 120, let digits = Decimal(string: String(whole)) else {
            return isNegative ? -Decimal.greatestFiniteMagnitude : Decimal.greatestFiniteMagnitude
        }
        let magnitude = Decimal(sign: .plus, exponent: -places, significand: digits)
        return isNegative && whole != 0 ? -magnitude : magnitude
    }

    /// The nearest double, for drawing only (bar lengths, axis positions).
    public var drawing: Double { Rounding.drawing(rounded(decimals: 12)) }

    /// "301/3": for messages and test failures.
    public var description: String { denominator == 1 ? numerator.description : "\(numerator)/\(denominator)" }
}
