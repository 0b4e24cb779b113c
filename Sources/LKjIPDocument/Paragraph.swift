/// A paragraph of inline runs with a named style.
public struct Paragraph: Equatable, Sendable {
    public var content: [Inline]
    public var style: ParagraphStyle
    public var alignment: Alignment
    /// Keep on the same page as the next block (titles over tables, lines before a signature).
    public var keepWithNext: Bool
    /// Never split across pages (set by the layout pass for a paragraph whose last lines would
    /// otherwise stand alone on a page before a change of orientation).
    public var keepLines: Bool = false

    public init(content: [Inline], style: ParagraphStyle = .body, alignment: Alignment = .justify, keepWithNext: Bool = false) {
        self.content = content
        self.style = style
        self.alignment = alignment
        self.keepWithNext = keepWithNext
    }
}

/// Named paragraph styles; each maps to a real style in `word/styles.xml` and a CSS class.
public enum ParagraphStyle: String, Equatable, Sendable, CaseIterable {
    case body, title, subtitle, caption, tableText, small
}

public enum Alignment: String, Equatable, Sendable {
    case left, center, right, justify
}
