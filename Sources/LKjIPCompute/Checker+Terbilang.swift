import Foundation
import LKjIPModel

extension Checker {
    /// Words that may appear in a number written out; a parenthesis holding anything else
    /// ("2023 (Revisi)", "3,5 (tiga koma lima)") is not a count and is skipped.
    static let numberWords: Set<String> = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu",
        "juta", "miliar", "milyar", "triliun", "kuadriliun", "kuintiliun", "minus",
    ]

    /// A figure followed by its words: "15 (lima belas)", "1.643 (seribu enam ratus ...)".
    /// The figure must not continue a decimal or a longer number ("3,15 (...)").
    static let countPattern = try! NSRegularExpression(
        pattern: #"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*\(\s*([A-Za-z][A-Za-z \t-]*?)\s*\)"#)

    /// Every count written with words in narrative text must say the same number twice.
    static func countWords(_ data: ReportData) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        MarkdownFields.forEach(data) { field, text in
            diagnostics += countWords(in: MarkdownComments.blanked(text)) { line in locate(field, line: line, in: data) }
        }
        return diagnostics
    }

    /// A line inside a narasi file, or the line of a Markdown field plus the offset in it.
    static func locate(_ field: MarkdownFields.Field, line: Int, in data: ReportData) -> SourceLocation {
        if field.keyPath.isEmpty { return SourceLocation(file: field.file, line: line) }
        return data.sources.location(file: field.file, keyPath: field.keyPath, textLine: line)
    }

    /// Diagnostics for one text; `locate` receives the 1-based line of the mismatch within it.
    static func countWords(in text: String, locate: (Int) -> SourceLocation) -> [Diagnostic] {
        let ns = text as NSString
        var diagnostics: [Diagnostic] = []
        for match in countPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let figure = ns.substring(with: match.range(at: 1))
            let written = ns.substring(with: match.range(at: 2))
            let tokens = written.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" }).map(String.init)
            guard !tokens.isEmpty, tokens.allSatisfy(numberWords.contains),
                  let value = Int64(figure.replacingOccurrences(of: ".", with: ""))
            else { continue }
            let normalized = tokens.map { $0 == "milyar" ? "miliar" : $0 }.joined(separator: " ")
            let expected = IndonesianFormat.terbilang(value)
            guard normalized != expected else { continue }
            let line = ns.substring(to: match.range.location).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            diagnostics.append(Diagnostic(.error, at: locate(line),
                                          "\(figure) is written \"\(written)\"; expected \"\(expected)\""))
        }
        return diagnostics
    }
}
