import LKjIPModel

/// Resolves `{{name}}` in narratives with the computed figures of `FigureCatalog`. The figure
/// is inserted as text, so it is escaped like any other data by the writers. An unknown
/// name is an error at its line and column, with the nearest known name.
public enum FigureCitations {
    public static func resolve(_ data: inout ReportData, catalog: FigureCatalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let sources = data.sources
        MarkdownFields.visit(&data) { field, text in
            guard text.nativeContains("{{") else { return }
            text = substitute(text, catalog: catalog) { name, line, column in
                let location = field.keyPath.isEmpty
                    ? SourceLocation(file: field.file, line: line, column: column)
                    : sources.location(file: field.file, keyPath: field.keyPath, textLine: line, textColumn: column)
                let hint = EditDistance.suggestion(for: name, in: catalog.names).map { "; did you mean `{{\($0)}}`?" } ?? "; `lkjip figures <data>` lists every name"
                problems.append(Diagnostic(.error, at: location, "unknown figure `{{\(Escape.inline(name))}}`\(hint)"))
            }
        }
        return problems
    }

    /// Replaces every citation; `unknown` receives names that are not in the catalog with the
    /// 1-based line and column of the citation within `text`.
    ///
    /// Linear in the length of the text: the next `}}` and the next line break are searched
    /// once and remembered while the scan moves past them, so text made of `{{` alone (a
    /// megabyte of it is within the narasi limit) is read a bounded number of times instead
    /// of once per brace.
    static func substitute(_ text: String, catalog: FigureCatalog, unknown: (String, Int, Int) -> Void) -> String {
        var result = ""
        var line = 1, column = 1
        func advance(over piece: Substring) {
            for character in piece {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
        }
        // Comments are copied as they are: never printed, so never resolved or checked.
        for (comment, piece) in MarkdownComments.pieces(text) {
            if comment {
                result += piece
                advance(over: piece)
                continue
            }
            // The first `}}` and line break at or after the position they were last searched
            // from; nil inside `Optional` means "none up to the end".
            var close: Range<Substring.Index>?? = nil
            var newline: Substring.Index?? = nil
            var index = piece.startIndex
            // Text up to the next citation is copied in one piece, not character by character.
            var copied = piece.startIndex
            while index < piece.endIndex {
                let next = piece.index(after: index)
                // A backslash escape (`\{\{`, `\\`) is left as it is (copied with the text
                // around it): the Markdown reader prints its character literally, and it never
                // starts a citation.
                if piece[index] == "\\", next < piece.endIndex, InlineEscapes.isEscapable(piece[next]) {
                    column += 2
                    index = piece.index(after: next)
                    continue
                }
                if piece[index] == "{", next < piece.endIndex, piece[next] == "{" {
                    let after = piece.index(index, offsetBy: 2)
                    if close == nil || (close!.map { $0.lowerBound < after } ?? false) {
                        close = .some(piece[after...].nativeRange(of: "}}"))
                    }
                    if close! != nil, newline == nil || (newline!.map { $0 < after } ?? false) {
                        newline = .some(piece[after...].firstIndex(of: "\n"))
                    }
                    if let found = close!, (newline!.map { $0 >= found.lowerBound } ?? true) {
                        result += piece[copied..<index]
                        let inner = piece[after..<found.lowerBound]
                        let name = inner.trimmingWhitespace()
                        if let value = catalog[name] {
                            result += value
                        } else {
                            unknown(name, line, column)
                            result += piece[index..<found.upperBound]
                        }
                        column += piece.distance(from: index, to: found.upperBound)
                        index = found.upperBound
                        copied = index
                        continue
                    }
                }
                if piece[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index = next
            }
            result += piece[copied..<piece.endIndex]
        }
        return result
    }
}
