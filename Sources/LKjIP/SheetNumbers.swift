import Foundation
import LKjIPModel
import LKjIPSheet

/// Every conversion between the data's numbers and the spreadsheet's, in one place: the
/// workbook and the CSV carry exact decimal text (`DecimalText`), never a binary double, so an
/// exported value read back compares equal to the YAML's digit for digit.
///
/// `Nilai` holds an exact decimal and the decimals typed; `text(_:)` writes it with those
/// decimals, digit for digit.
enum SheetNumbers {
    /// A data value as decimal text, with the decimals it was typed with.
    static func text(_ nilai: Nilai) -> DecimalText {
        DecimalText(nilai.description) ?? 0
    }

    static func text(_ rupiah: Int64) -> DecimalText { DecimalText(rupiah) }

    /// The YAML text of an imported value: the decimal point, and at least the decimals of
    /// the value it replaces (or the indicator's `desimal`), so `95.40` stays `95.40`.
    static func yaml(_ number: DecimalText, decimals: Int?) -> String {
        number.plain(separator: ".", decimals: decimals ?? 0) ?? number.description
    }

    /// Indonesian CSV text: decimal comma, no thousands separator (`95,5`, `17496194000`).
    static func csv(_ number: DecimalText) -> String {
        number.plain(separator: ",") ?? number.description.replacingOccurrences(of: ".", with: ",")
    }

    /// A number as written in the Indonesian convention: `95,5`, `-0,7`, `17.496.194.000`
    /// (dots only as thousands separators in groups of three), `1,5E+10` as Excel writes very
    /// large ones, an optional `%` after it. Nil for anything else — in particular `95.5`,
    /// which in Indonesian would be ninety-five thousand five hundred without its grouping,
    /// so it is refused rather than guessed.
    static func indonesian(_ raw: String) -> DecimalText? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard !text.isEmpty, text.count <= 100 else { return nil }
        var mantissa = text, exponent = ""
        if let e = text.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            mantissa = String(text[..<e])
            exponent = String(text[e...])
        }
        var sign = ""
        if mantissa.hasPrefix("-") || mantissa.hasPrefix("+") {
            sign = mantissa.hasPrefix("-") ? "-" : ""
            mantissa.removeFirst()
        }
        let parts = mantissa.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0]
        if whole.contains(".") {
            let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = whole.replacingOccurrences(of: ".", with: "")
        guard digits.allSatisfy(\.isASCII), parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return DecimalText(sign + digits + (parts.count == 2 ? "." + parts[1] : "") + exponent)
    }

    /// A number typed as text into a workbook cell: the Indonesian form, or a plain decimal
    /// point without grouping (`95.5`) as an English-speaking keyboard gives it.
    static func typed(_ raw: String) -> DecimalText? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let number = indonesian(text) { return number }
        let plain = text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
        return DecimalText(plain)
    }

    /// Whether a number format shows the value as a percentage (a `%` outside quotes and
    /// brackets): Excel stores "95%" typed by an officer as 0.95 in such a cell.
    static func isPercent(_ format: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in format {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "%" where !quoted && !bracket: return true
            default: break
            }
        }
        return false
    }
}
