/// DAFTAR ISI, or a list of captions (DAFTAR TABEL, DAFTAR GRAFIK, DAFTAR GAMBAR). The
/// entries come from `Document.contents`; page numbers from `Document.pageNumbers` when a
/// layout pass measured them.
public struct TableOfContents: Equatable, Sendable {
    /// nil lists headings; otherwise the captions of one kind.
    public var captions: CaptionKind?
    /// Deepest heading level listed.
    public var maxLevel: Int

    public init(maxLevel: Int = 2, captions: CaptionKind? = nil) {
        self.maxLevel = maxLevel
        self.captions = captions
    }
}

/// One line of a contents list: a heading or a caption, with its anchor.
public struct ContentsEntry: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case heading(level: Int)
        case caption(CaptionKind)
    }

    public var kind: Kind
    public var text: String
    public var anchor: String
    /// Set by the layout pass: the offset in `text` (in characters) where the entry starts a
    /// new line, because its last line would otherwise run into the dots and page number.
    public var wrapAt: Int?

    public init(kind: Kind, text: String, anchor: String) {
        self.kind = kind
        self.text = text
        self.anchor = anchor
    }
}
