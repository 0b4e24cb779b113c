import LKjIPModel

/// Template lines survive rendering as processing instructions: before rendering, every
/// template line that starts an element gets `<?lkjip-line name:N?>`; the reader remembers
/// the last one it passed, so a problem in the output is reported at the template's own file
/// and line, not at a line of the rendered text.
enum LineMarkers {
    static let target = "lkjip-line"

    static func insert(into source: String, template: String) -> String {
        var result = ""
        result.reserveCapacity(source.utf8.count + source.utf8.count / 8)
        var insideComment = false
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result += "\n" }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("{{!") && !trimmed.contains("}}") { insideComment = true }
            let element = Self.afterLeadingTags(trimmed)
            if !insideComment, element.hasPrefix("<"), !element.hasPrefix("</"), !element.hasPrefix("<?") {
                result += "<?\(target) \(template):\(index + 1)?>"
            }
            if insideComment && line.contains("}}") { insideComment = false }
            result += line
        }
        return result
    }

    /// The line after the section and variable tags that open it: `{{#hasJudul}}<h4>` gives
    /// `<h4>`, so such a line is marked like one that starts with its element. Closing tags,
    /// comments and partials are not skipped (a partial has markers of its own).
    static func afterLeadingTags(_ line: Substring) -> Substring {
        var rest = line
        while rest.hasPrefix("{{"), !rest.hasPrefix("{{/"), !rest.hasPrefix("{{!"), !rest.hasPrefix("{{>"), let close = rest.range(of: "}}") {
            rest = rest[close.upperBound...].drop { $0 == " " || $0 == "\t" }
        }
        return rest
    }

    /// "bab3:12" -> ("bab3.mustache", 12).
    static func parse(_ content: String) -> (template: String, line: Int)? {
        let parts = content.trimmingWhitespace().split(separator: ":")
        guard parts.count == 2, let line = Int(parts[1]) else { return nil }
        return ("\(parts[0]).mustache", line)
    }
}
