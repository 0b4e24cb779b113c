/// Writes rows as CSV text (RFC 4180): a field is quoted only when it contains the
/// delimiter, a quote or a line break, quotes are doubled, and every record ends with CRLF.
/// The same rows always give the same text.
public enum CSVWriter {
    /// - Parameters:
    ///   - delimiter: `,` by default; `;` for files opened by Excel with Indonesian regional
    ///     settings. It must be one character other than a quote or a line break.
    ///   - byteOrderMark: starts the text with U+FEFF, which Excel needs to read UTF-8 CSV
    ///     (otherwise accented letters are garbled).
    public static func write(_ rows: [[String]], delimiter: Character = ",", byteOrderMark: Bool = false) -> String {
        precondition(delimiter != "\"" && !delimiter.isNewline && delimiter.unicodeScalars.count == 1,
                     "a CSV delimiter must be one character other than a quote or a line break")
        var text = byteOrderMark ? "\u{FEFF}" : ""
        for row in rows {
            text += row.map { quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter))
            text += "\r\n"
        }
        return text
    }

    static func quoted(_ field: String, delimiter: Character) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "\"" || $0 == "\r" || $0 == "\n" || Character($0) == delimiter }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
