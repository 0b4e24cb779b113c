import Foundation

/// Numbers as spreadsheet parts spell them (`xsd:double`): the writer and `Cell.rawText`
/// share one formatting, and the reader accepts exactly the decimal forms, never the hex
/// floats, `nan` or `inf` that Swift's own parser would also take.
enum NumberText {
    /// Whole numbers below 1E15 without a fraction (`3`, not `3.0`); others in the shortest
    /// form that reads back to the same Double, with an uppercase exponent as Excel writes.
    static func format(_ number: Double) -> String {
        if number.isFinite, number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)".replacingOccurrences(of: "e", with: "E")
    }

    /// A finite decimal number with optional sign, fraction and exponent; nil otherwise.
    static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ allowed.contains($0) }),
              let number = Double(trimmed), number.isFinite else { return nil }
        return number
    }

    private static let allowed = Set("0123456789+-.eE".unicodeScalars)
}
