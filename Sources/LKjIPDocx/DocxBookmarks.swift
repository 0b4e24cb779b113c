import LKjIPDocument

/// The bookmark names the writer gives, for a layout pass that asks LibreOffice where they
/// landed. Word bookmark names allow letters, digits and underscores; a leading underscore
/// hides them from the bookmark dialog, as Word's own _Toc bookmarks.
public enum DocxBookmarks {
    /// The bookmark of a heading or caption anchor.
    public static func anchor(_ anchor: String) -> String {
        "_" + anchor.replacingOccurrences(of: "-", with: "_")
    }

    /// The bookmark at the start of section `index`, where page numbers may restart.
    public static func section(_ index: Int) -> String { "_lkjip_section_\(index)" }

    /// The bookmark on the paragraph after the `index`-th page break the template asked for.
    public static func pageBreak(_ index: Int) -> String { pageBreakPrefix + String(index) }
    public static let pageBreakPrefix = "_lkjip_break_"

    /// What a contents entry shows for a page not yet measured: after its tab, the last
    /// text of its paragraph, inside the link to its bookmark (the layout pass finds it
    /// there and has LibreOffice print the page in its place).
    public static let pagePlaceholder = ContentsWriter.placeholder

    /// The entries the contents lists of `document` show, each with a page number.
    public static func listedEntries(_ document: Document) -> [ContentsEntry] {
        var lists: [TableOfContents] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .contents(let toc): lists.append(toc)
                case .keepTogether(let inner): visit(inner)
                default: continue
                }
            }
        }
        for section in document.sections { visit(section.blocks) }
        return lists.flatMap { ContentsWriter.entries($0, of: document) }
    }
}
