import Foundation

/// A measured or targeted value as the officer typed it: the exact decimal and the decimals
/// written, so that "7.0" is printed "7,0" and "95.40" stays "95,40". An indicator's `desimal`
/// overrides the typed precision when set. The value is read from the text digit by digit
/// (`NumberText`), never through a binary double.
public struct Nilai: Equatable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var value: Decimal
    /// Decimal places as written (0...`NumberText.maximumDecimals`).
    public var decimals: Int

    public init(_ value: Decimal, decimals: Int? = nil) {
        self.value = value
        self.decimals = decimals ?? Nilai.naturalDecimals(value)
    }

    /// Decimals of a value built in code: its own places, at most 2.
    static func naturalDecimals(_ value: Decimal) -> Int {
        guard value.isFinite else { return 0 }
        return min(max(-value.exponent, 0), 2)
    }

    public init(from decoder: Decoder) throws {
        if let node = decoder as? NodeDecoder {
            self = try node.decodeNilai()
            return
        }
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), case .success(let parsed) = NumberText.parse(text) {
            self.init(parsed.value, decimals: parsed.decimals)
            return
        }
        // JSON numbers reach here through a double; written back with their shortest text.
        self.init(Rounding.decimal(literal: try container.decode(Double.self)))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public static func < (lhs: Nilai, rhs: Nilai) -> Bool { lhs.value < rhs.value }

    /// "95.40": the value with its typed decimals and a decimal point (YAML, messages).
    public var description: String { Rounding.plainText(value, decimals: decimals) }
}

extension Nilai: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// For code and tests: `3.01` is the decimal 3.01, through the literal's shortest text.
    public init(floatLiteral value: Double) { self.init(Rounding.decimal(literal: value)) }
    public init(integerLiteral value: Int) { self.init(Decimal(value), decimals: 0) }
}

extension Nilai: DataScalar {
    public static var schema: Schema { .number }
    public static var placeholder: Nilai { Nilai(0, decimals: 0) }
}
