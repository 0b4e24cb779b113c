/// Reads CSV text (RFC 4180) into rows of fields, for offices that keep realisasi in CSV or
/// export it from Excel. Fields may be quoted, with `""` for a quote and line breaks inside;
/// records end with CRLF, LF or CR; a UTF-8 byte order mark (which Excel writes) is dropped.
/// Rows may have different lengths: the caller decides what a short row means.
public enum CSVReader {
    /// - Parameter delimiter: the field separator; nil detects it from the first record,
    ///   because Excel on an Indonesian machine writes `;` (the decimal comma takes `,`).
    /// - Throws: `SheetError` with line and column (counted from 1, in Unicode scalars) for a
    ///   quoted field that never closes or is followed by stray characters.
    /// - Parameter maximumRows: records beyond this are refused (a form has a few hundred),
    ///   so a huge file costs one bounded pass, like the workbook's row limit.
    public static func read(_ text: String, delimiter: Character? = nil, maximumRows: Int = 100_000) throws -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator: Unicode.Scalar
        if let delimiter {
            guard delimiter.unicodeScalars.count == 1, let scalar = delimiter.unicodeScalars.first,
                  scalar != "\"", scalar != "\r", scalar != "\n" else {
                throw SheetError("the CSV delimiter must be one character other than a quote or a line break")
            }
            separator = scalar
        } else {
            separator = detectDelimiter(scalars)
        }
        var parser = Parser(scalars: scalars, delimiter: separator, maximumRows: maximumRows)
        return try parser.records()
    }

    /// `;` when the first record has more semicolons than commas outside quotes, else `,`.
    public static func detectDelimiter(_ text: String) -> Character {
        Character(detectDelimiter(Array(text.unicodeScalars)))
    }

    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for scalar in scalars {
            switch scalar {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            case "\r" where !quoted, "\n" where !quoted: return semicolons > commas ? ";" : ","
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        let delimiter: Unicode.Scalar
        let maximumRows: Int
        var index = 0
        var line = 1
        var column = 1

        init(scalars: [Unicode.Scalar], delimiter: Unicode.Scalar, maximumRows: Int = .max) {
            self.scalars = scalars
            self.delimiter = delimiter
            self.maximumRows = maximumRows
        }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func advance() {
            index += 1
            column += 1
        }

        /// Steps over CR LF, LF or CR.
        mutating func advanceLineBreak() {
            if current == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            index += 1
            line += 1
            column = 1
        }

        mutating func records() throws -> [[String]] {
            var records: [[String]] = []
            var record: [String] = []
            var next = Next.record
            while current != nil {
                let field: String
                (field, next) = try self.field()
                record.append(field)
                if next == .record {
                    records.append(record)
                    record = []
                    guard records.count <= maximumRows else {
                        throw SheetError(line: line, "the file has more than \(maximumRows) rows; this is not a form filled by hand")
                    }
                }
            }
            // `a,` at the very end: the delimiter promises one more, empty field.
            if next == .field { record.append("") }
            if !record.isEmpty { records.append(record) }
            return records
        }

        enum Next { case field, record }

        /// One field and whether another field or a new record follows.
        mutating func field() throws -> (String, Next) {
            var text = String.UnicodeScalarView()
            if current == "\"" {
                let (openLine, openColumn) = (line, column)
                advance()
                while true {
                    guard let scalar = current else {
                        throw SheetError(line: openLine, column: openColumn, "the quoted field starting here is never closed; a closing \" is missing")
                    }
                    if scalar == "\"" {
                        advance()
                        guard current == "\"" else { break }
                        text.append("\"")
                        advance()
                    } else if scalar == "\r" || scalar == "\n" {
                        text.append(scalar)
                        if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { text.append("\n") }
                        advanceLineBreak()
                    } else {
                        text.append(scalar)
                        advance()
                    }
                }
                guard let after = current, after != delimiter, after != "\r", after != "\n" else {
                    return (String(text), try separator())
                }
                throw SheetError(line: line, column: column, "unexpected \"\(after)\" after the closing quote of a field; a quote inside a quoted field must be doubled (\"\")")
            }
            while let scalar = current, scalar != delimiter, scalar != "\r", scalar != "\n" {
                text.append(scalar)
                advance()
            }
            return (String(text), try separator())
        }

        /// Consumes the delimiter or line break after a field.
        mutating func separator() throws -> Next {
            switch current {
            case nil:
                return .record
            case delimiter?:
                advance()
                return .field
            default:
                advanceLineBreak()
                return .record
            }
        }
    }
}
