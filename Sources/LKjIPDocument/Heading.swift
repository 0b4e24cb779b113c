/// A chapter or section title. Numbering ("BAB I", "A.", "1.") is part of the text, as in
/// the reports users write; `chapter` tells caption numbering which BAB it opens.
public struct Heading: Equatable, Sendable {
    /// 1...4; levels 1-3 carry outline levels so the navigation pane and the TOC pick them up.
    public var level: Int
    public var content: [Inline]
    /// Anchor for the HTML contents and DOCX bookmarks; made unique by `DocumentNumbering`.
    public var anchor: String
    /// False for headings that must not appear in DAFTAR ISI (DAFTAR ISI itself).
    public var inTableOfContents: Bool
    public var alignment: Alignment
    /// The chapter a level-1 heading opens (3 for BAB III): captions after it are numbered
    /// "3.1", "3.2". nil for front matter and LAMPIRAN, whose captions are numbered plainly.
    public var chapter: Int?

    public init(level: Int, content: [Inline], anchor: String, inTableOfContents: Bool = true, alignment: Alignment = .left, chapter: Int? = nil) {
        self.level = min(max(level, 1), 4)
        self.content = content
        self.anchor = anchor
        self.inTableOfContents = inTableOfContents
        self.alignment = alignment
        self.chapter = chapter
    }
}
