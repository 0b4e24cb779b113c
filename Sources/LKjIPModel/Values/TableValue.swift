import Foundation

/// A cell of a typed history or Renstra table: a number ("3.8"), a number with its unit
/// ("50 Raperda", "1 Kantor Wilayah") or a word ("WTP", "-"). The unit is data: the seed
/// prints "50 Raperda" and a table that printed "50" would lose what was counted.
public struct TableValue: Equatable, Hashable, Sendable, Codable, DataScalar {
    public var number: Nilai?
    public var unit: String?
    /// The text when the cell is not a number.
    public var word: String?

    public init(number: Nilai? = nil, unit: String? = nil, word: String? = nil) {
        self.number = number
        self.unit = unit
        self.word = word
    }

    public static var schema: Schema { .cell }
    public static var placeholder: TableValue { TableValue(word: "") }

    /// "50 Raperda" -> 50 + "Raperda"; "3.8" -> 3.8; "WTP" -> word. A number must be written
    /// with a decimal point, as everywhere in the data.
    public static func parse(_ raw: String) -> Result<TableValue, ParseError> {
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return .success(TableValue(word: "")) }
        if let bad = text.unicodeScalars.first(where: XMLCharacters.isForbidden) {
            return .failure(ParseError(message: "control character \(Escape.codePoint(bad)) is not allowed in text"))
        }
        let head = text.prefix { $0 != " " }
        let looksNumeric = head.first.map { $0.isNumber || (($0 == "-" || $0 == "+") && head.count > 1 && head.dropFirst().first!.isNumber) } ?? false
        guard looksNumeric else { return .success(TableValue(word: text)) }
        switch NumberText.parse(String(head)) {
        case .success(let parsed):
            let rest = text.dropFirst(head.count).trimmingWhitespace()
            return .success(TableValue(number: Nilai(parsed.value, decimals: parsed.decimals), unit: rest.isEmpty ? nil : rest))
        case .failure(let problem):
            switch problem {
            case .notANumber(let hint):
                if head.contains(",") {
                    return .failure(ParseError(message: "\"\(Escape.inline(text))\": write the number with a decimal point, e.g. \"\(head.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))\(text.dropFirst(head.count))\""))
                }
                return .failure(ParseError(message: "expected a number, a number followed by its unit (e.g. 50 Raperda) or a word, found \"\(Escape.inline(text))\"\(hint)"))
            case .tooManyDigits:
                return .failure(ParseError(message: "\(Escape.inline(String(head))) is too large or too precise: at most \(NumberText.maximumSignificantDigits) significant digits"))
            case .tooManyDecimals:
                return .failure(ParseError(message: "\(Escape.inline(String(head))) has too many decimals: at most \(NumberText.maximumDecimals)"))
            }
        }
    }

    /// Why a cell's text is not a number, a number with a unit or a word.
    public struct ParseError: Error, Equatable {
        public var message: String
    }

    public init(from decoder: Decoder) throws {
        if let node = decoder as? NodeDecoder {
            self = try node.decodeTableValue()
            return
        }
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self.init(number: Nilai(Rounding.decimal(literal: number)))
        } else {
            switch TableValue.parse(try container.decode(String.self)) {
            case .success(let value): self = value
            case .failure(let problem): throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem.message))
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let number, unit == nil { try container.encode(number.value) } else {
            try container.encode([number.map(\.description), unit, word].compactMap { $0 }.joined(separator: " "))
        }
    }
}
