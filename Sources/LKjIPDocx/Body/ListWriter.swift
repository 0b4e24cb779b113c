import LKjIPDocument

/// Lists: each list its own numbering instance (so it restarts at every level), items as
/// numbered paragraphs, nested lists one level deeper.
enum ListWriter {
    static func write(_ list: List, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        let numId = writer.registry.numbering(for: list)
        let level = min(scope.listLevel, 8)
        var inner = scope
        inner.indent = 360 * (level + 1) + 60
        inner.listLevel = level + 1
        for item in list.items {
            var numbered = false
            for block in item {
                switch block {
                case .paragraph(let paragraph) where !numbered:
                    try writer.writeParagraph(paragraph, scope, numbering: (numId, level)) { pPr in
                        if scope.inCell { pPr.style = "TableText" }
                    }
                    numbered = true
                case .paragraph(let paragraph):
                    try writer.writeParagraph(paragraph, inner)
                case .list(let nested):
                    if !numbered {
                        try writer.writeParagraph(Paragraph(content: []), scope, numbering: (numId, level))
                        numbered = true
                    }
                    try write(nested, inner, into: &writer)
                default:
                    try writer.write(block, inner)
                }
            }
            if item.isEmpty { try writer.writeParagraph(Paragraph(content: []), scope, numbering: (numId, level)) }
        }
    }
}
