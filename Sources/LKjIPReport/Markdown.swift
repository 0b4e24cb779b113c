import LKjIPDocument
import LKjIPTemplates

/// Markdown inside a table cell: its paragraphs in the cell's text style.
enum Markdown {
    static func cell(_ text: String, images: [String: Image]) -> [Block] {
        MarkdownReader.blocks(text, images: images).map { block in
            guard case .paragraph(var paragraph) = block else { return block }
            paragraph.style = .tableText
            paragraph.alignment = .left
            return .paragraph(paragraph)
        }
    }
}
