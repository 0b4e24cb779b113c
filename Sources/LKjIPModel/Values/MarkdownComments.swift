/// `<!-- ... -->` in narrative Markdown: notes for the writer (the draft marker of `lkjip init`,
/// "photo to follow"), never printed and never checked. This is the one place that says where
/// a comment starts and ends; the reader drops comments and the checks look only outside them.
public enum MarkdownComments {
    /// The text with every comment's characters replaced by spaces (line breaks kept), so that
    /// lines and columns of what remains are unchanged. An unclosed `<!--` is not a comment.
    public static func blanked(_ text: String) -> String {
        guard text.nativeContains("<!--") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (inside, piece) in pieces(text) {
            result += inside ? String(piece.map { $0 == "\n" ? "\n" : " " }) : String(piece)
        }
        return result
    }

    /// The text without its comments; line breaks inside a comment are kept so that later
    /// lines keep their numbers.
    public static func removed(_ text: String) -> String {
        guard text.nativeContains("<!--") else { return text }
        var result = ""
        for (inside, piece) in pieces(text) {
            result += inside ? String(repeating: "\n", count: piece.filter { $0 == "\n" }.count) : String(piece)
        }
        return result
    }

    /// The text in order, each piece marked as inside a comment or not.
    public static func pieces(_ text: String) -> [(comment: Bool, text: Substring)] {
        var pieces: [(Bool, Substring)] = []
        var rest = Substring(text)
        while let open = rest.nativeRange(of: "<!--"), let close = rest[open.upperBound...].nativeRange(of: "-->") {
            if open.lowerBound > rest.startIndex { pieces.append((false, rest[..<open.lowerBound])) }
            pieces.append((true, rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append((false, rest)) }
        return pieces
    }
}
