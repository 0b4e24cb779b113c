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
}
