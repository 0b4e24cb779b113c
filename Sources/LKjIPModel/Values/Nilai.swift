/// A measured or targeted value as the officer typed it: the number and the decimals written,
/// so that "7.0" is printed "7,0" and "95.40" stays "95,40". An indicator's `desimal`
/// overrides the typed precision when set.
public struct Nilai: Equatable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var value: Double
    /// Decimal places as written (0...`NumberText.maximumDecimals`).
    public var decimals: Int

    public init(_ value: Double, decimals: Int? = nil) {
        self.value = value
        self.decimals = decimals ?? Nilai.naturalDecimals(value)
    }

    /// Decimals of the shortest text of a double, at most 2: used for values built in code.
    static func naturalDecimals(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        let text = "\(value)"
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: dot)...]
        return fraction == "0" ? 0 : min(fraction.count, 2)
    }

    public init(from decoder: Decoder) throws {
        if let node = decoder as? NodeDecoder {
            self = try node.decodeNilai()
            return
        }
        let value = try decoder.singleValueContainer().decode(Double.self)
        self.init(value)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public static func < (lhs: Nilai, rhs: Nilai) -> Bool { lhs.value < rhs.value }

    public var description: String { "\(value)" }
}

extension Nilai: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value), decimals: 0) }
}

extension Nilai: DataScalar {
    public static var schema: Schema { .number }
    public static var placeholder: Nilai { Nilai(0, decimals: 0) }
}
