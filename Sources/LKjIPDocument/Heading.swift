/// A chapter or section title. A template may type its number into the text ("BAB III"), or
/// ask for one (`numbering`): then `DocumentOutline` assigns `number` after the parts with
/// nothing in them are left out, so the letters run a, b, c whatever was omitted.
/// `chapter` tells caption numbering which BAB the heading opens.
public struct Heading: Equatable, Sendable {
    /// 1...5; levels 1-3 carry outline levels so the navigation pane and the TOC pick them up;
    /// level 5 is the run-in "a. Perbandingan …" of a BAB III unit.
    public var level: Int
    /// The title without its computed number.
    public var content: [Inline]
    /// Anchor for the HTML contents and DOCX bookmarks; made unique by `DocumentNumbering`.
    public var anchor: String
    /// False for headings that must not appear in DAFTAR ISI (DAFTAR ISI itself).
    public var inTableOfContents: Bool
    public var alignment: Alignment
    /// The chapter a level-1 heading opens (3 for BAB III): captions after it are numbered
    /// "3.1", "3.2". nil for front matter and LAMPIRAN, whose captions are numbered plainly.
    public var chapter: Int?
    /// The kind of number this heading asks for ("A.", "a.", "1."); nil when the template typed
    /// its own or wants none.
    public var numbering: HeadingNumbering?
    /// "B", "e", "2": set by `DocumentOutline` from `numbering` and the headings kept before it.
    public var number: String?

    public init(level: Int, content: [Inline], anchor: String, inTableOfContents: Bool = true, alignment: Alignment = .left, chapter: Int? = nil, numbering: HeadingNumbering? = nil) {
        self.level = min(max(level, 1), Heading.deepest)
        self.content = content
        self.anchor = anchor
        self.inTableOfContents = inTableOfContents
        self.alignment = alignment
        self.chapter = chapter
        self.numbering = numbering
    }

    /// The deepest heading level.
    public static let deepest = 5

    /// What is printed: the computed number and a full stop, then the title.
    public var displayContent: [Inline] {
        guard let number else { return content }
        return [.text("\(number). ")] + content
    }
}

/// The numbering styles a heading may ask for, as `<ol type>` spells them.
public enum HeadingNumbering: String, Equatable, Sendable, CaseIterable {
    case upperLetter = "A"
    case lowerLetter = "a"
    case decimal = "1"

    /// The label of the `position`-th heading (1-based): "A"…"Z", "AA"…; "a"…; "1"….
    public func label(_ position: Int) -> String {
        switch self {
        case .decimal: return String(position)
        case .upperLetter: return Self.letters(position)
        case .lowerLetter: return Self.letters(position).lowercased()
        }
    }

    static func letters(_ position: Int) -> String {
        var n = max(position, 1)
        var result = ""
        while n > 0 {
            n -= 1
            result = String(UnicodeScalar(UInt8(65 + n % 26))) + result
            n /= 26
        }
        return result
    }
}
