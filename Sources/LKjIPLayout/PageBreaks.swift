import LKjIPDocument

/// No empty pages: a section already starts on a new page, so a page break at the start or
/// the end of a section (the last one included: the document ends there), or two in a
/// row, would leave a blank page.
enum PageBreaks {
    static func normalize(_ sections: [Section]) -> [Section] {
        var result: [Section] = []
        for (index, section) in sections.enumerated() {
            var blocks: [Block] = []
            for block in section.blocks {
                if case .pageBreak = block {
                    if blocks.isEmpty { continue }
                    if case .pageBreak? = blocks.last { continue }
                }
                blocks.append(block)
            }
            while case .pageBreak? = blocks.last { blocks.removeLast() }
            var copy = section
            copy.blocks = blocks
            if copy.blocks.isEmpty && !copy.restartNumbering && index > 0 { continue }
            result.append(copy)
        }
        return result
    }
}
