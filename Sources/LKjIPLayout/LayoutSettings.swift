/// The typographic limits of the layout pass.
public struct LayoutSettings: Sendable {
    /// Size of table text when it fits (the TableText style).
    public var tableFontSize: Double = 10
    /// The metrics of the document's font (`Document.font`), set by `DocumentLayout`.
    public var font: FontMetrics = .arial
    /// The machine that lays the document out lacks its font and will print a substitute:
    /// measure no narrower than the widest font known (see `FontMetrics.widest`).
    public var fontSubstituted = false
    /// No text is shrunk below this to make a table fit; the table goes landscape instead.
    public var minimumFontSize: Double = 9
    /// Left plus right cell margin (2 × 108 twips) and a margin for rounding between renderers.
    public var cellPadding: Double = 10.8 + 3.2
    /// Room a column of running text should have before a table counts as fitting a page.
    public var comfortableWidth: Double = 72
    /// A table that fits a portrait page goes landscape only when that saves more than this
    /// share of a page in height (a landscape section costs about a page of blank space).
    public var landscapeSaving: Double = 0.75
    /// Tables of at most this many rows never split across pages.
    public var keepTogetherRows: Int = 8
    /// Body rows a table starts with on one page (with its header rows).
    public var leadingRows: Int = 3
    /// Last rows of a table that go to the page of the signature after it.
    public var trailingRows: Int = 2

    public init() {}
}
