/// DAFTAR ISI. The DOCX writer emits a TOC field that Word and LibreOffice fill in
/// (page numbers exist only after layout); the HTML writer lists linked headings.
public struct TableOfContents: Equatable, Sendable {
    /// Deepest heading level listed.
    public var maxLevel: Int
    /// nil lists headings (DAFTAR ISI); otherwise the captions of tables (DAFTAR TABEL) or
    /// of charts (DAFTAR GRAFIK).
    public var captions: CaptionKind?

    public init(maxLevel: Int = 2, captions: CaptionKind? = nil) {
        self.maxLevel = maxLevel
        self.captions = captions
    }
}

public enum CaptionKind: String, Equatable, Sendable {
    case table, chart
}
