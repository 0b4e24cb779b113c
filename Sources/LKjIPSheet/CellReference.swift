/// A cell address such as `E12`: one-based column and row, as spreadsheet users and error
/// messages count them. Parsing and printing are exact inverses, so a reference read from a
/// file can be reported back to the officer in the form the spreadsheet shows.
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    /// The last column of a sheet, `XFD`.
    public static let maximumColumn = 16_384
    /// The last row of a sheet.
    public static let maximumRow = 1_048_576

    /// One-based column number: A is 1, Z is 26, AA is 27.
    public var column: Int
    /// One-based row number.
    public var row: Int

    /// Any numbers are accepted here so that building a sheet never traps; the writer refuses
    /// references outside `A1:XFD1048576` with an error naming the sheet. See `isValid`.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `E12` (letters then digits, no `$`, no leading zero). Lowercase letters are
    /// accepted because people type them; anything outside the sheet gives nil.
    public init?(_ description: String) {
        var letters = Substring.UnicodeScalarView()
        var digits = Substring.UnicodeScalarView()
        for scalar in description.unicodeScalars {
            if digits.isEmpty, ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) {
                letters.append(scalar)
            } else if ("0"..."9").contains(scalar) {
                digits.append(scalar)
            } else {
                return nil
            }
        }
        guard letters.count <= 3, digits.count <= 7, digits.first != "0",
              let column = Self.columnNumber(String(letters)), let row = Int(String(digits)),
              row <= Self.maximumRow else { return nil }
        self.init(column: column, row: row)
    }

    /// Whether the reference lies inside `A1:XFD1048576`.
    public var isValid: Bool {
        (1...Self.maximumColumn).contains(column) && (1...Self.maximumRow).contains(row)
    }

    /// `E12`; a reference outside the sheet prints as `R<row>C<column>` so that it still
    /// reads unambiguously in an error message.
    public var description: String {
        guard isValid, let letters = Self.columnLetters(column) else { return "R\(row)C\(column)" }
        return letters + String(row)
    }

    /// `1` -> `A`, `28` -> `AB`, `16384` -> `XFD`; nil outside `1...16384`.
    public static func columnLetters(_ column: Int) -> String? {
        guard (1...maximumColumn).contains(column) else { return nil }
        var scalars: [Unicode.Scalar] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + digit)))
            rest = (rest - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// `A` -> 1, `ab` -> 28, `XFD` -> 16384; nil for anything else or beyond `XFD`.
    public static func columnNumber(_ letters: String) -> Int? {
        guard !letters.isEmpty, letters.unicodeScalars.count <= 3 else { return nil }
        var number = 0
        for scalar in letters.uppercased().unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { return nil }
            number = number * 26 + Int(scalar.value) - 64
        }
        return number <= maximumColumn ? number : nil
    }

    /// Row-major order, the order cells appear in a sheet part.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
