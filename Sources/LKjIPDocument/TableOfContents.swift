/// DAFTAR ISI. The DOCX writer emits a TOC field that Word and LibreOffice fill in
/// (page numbers exist only after layout); the HTML writer lists linked headings.
public struct TableOfContents: Equatable, Sendable {
    /// Deepest heading level listed.
    public var maxLevel: Int

    public init(maxLevel: Int = 2) {
        self.maxLevel = maxLevel
    }
}
