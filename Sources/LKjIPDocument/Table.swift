/// A table in HTML's shape: a cell covered by a row span from above is simply absent from
/// the later row. Writers that need a full grid (DOCX `w:vMerge`) rebuild it.
public struct Table: Equatable, Sendable {
    /// Preferred relative column widths. They are preferences: `LKjIPLayout` widens a column
    /// to its longest unbreakable word and fixes `widths`.
    public var columnWidths: [Double]
    /// Final column widths in points, set by the layout pass; writers use these.
    public var widths: [Double]?
    /// Leading rows repeated on every page, printed as header cells.
    public var headerRowCount: Int
    public var rows: [TableRow]
    /// Draw all borders (data tables) or none (layout tables such as "Nama : ...").
    public var borders: Bool
    public var caption: Caption?
    /// Never split across pages (set by the layout pass for short tables).
    public var keepTogether: Bool
    /// The first rows that start on one page (set by the layout pass: the header rows and
    /// three body rows), so a table never begins with a row or two at the foot of a page.
    public var keepLeadingRows: Int = 0
    /// The last rows that stay on the page of the block after the table (set by the layout
    /// pass when a signature follows, so the signature never stands alone).
    public var keepTrailingRows: Int = 0
    /// The last rows that stay together on one page (set by the layout pass when the last
    /// row of a table already at its smallest size spilled onto a page of its own).
    public var keepLastRows: Int = 0
    /// Font size of cell text in points (set by the layout pass; at least 9).
    public var fontSize: Double?
    /// Stays on a portrait page whenever it fits one: the tables of a Perjanjian Kinerja and
    /// the staff list are portrait documents in every office, however long.
    public var portrait: Bool = false

    public init(columnWidths: [Double], headerRowCount: Int = 0, rows: [TableRow], borders: Bool = true, caption: Caption? = nil, keepTogether: Bool = false) {
        self.columnWidths = columnWidths
        self.headerRowCount = headerRowCount
        self.rows = rows
        self.borders = borders
        self.caption = caption
        self.keepTogether = keepTogether
    }

    /// Number of grid columns.
    public var columnCount: Int { columnWidths.count }
}

public struct TableRow: Equatable, Sendable {
    public var cells: [TableCell]
    /// The least height of the row in points, set by the layout pass where a cell spanning
    /// this and the rows above needs more room than their own cells give (a repeated header
    /// cell "Capaian thd Target 2024" over two one-line rows would otherwise be cut).
    public var minimumHeight: Double?
    /// Stays on the page of the row after it: a group heading inside a table ("DIVISI
    /// KEIMIGRASIAN") never ends a page.
    public var keepWithNext = false
    public init(cells: [TableCell], keepWithNext: Bool = false) {
        self.cells = cells
        self.keepWithNext = keepWithNext
    }
}

public struct TableCell: Equatable, Sendable {
    public var blocks: [Block]
    public var rowSpan: Int
    public var colSpan: Int
    /// Background as six hex digits ("1F4E79"), used for capaian status colours and header rows.
    public var shading: String?
    public var alignment: Alignment
    public var verticalAlignment: VerticalAlignment
    public var bold: Bool
    /// A header cell of its row (the first cell naming the row), printed as `<th scope=row>`.
    public var rowHeader: Bool

    public init(blocks: [Block], rowSpan: Int = 1, colSpan: Int = 1, shading: String? = nil, alignment: Alignment = .left, verticalAlignment: VerticalAlignment = .top, bold: Bool = false, rowHeader: Bool = false) {
        self.blocks = blocks
        self.rowSpan = max(1, rowSpan)
        self.colSpan = max(1, colSpan)
        self.shading = shading
        self.alignment = alignment
        self.verticalAlignment = verticalAlignment
        self.bold = bold
        self.rowHeader = rowHeader
    }

    /// A cell holding one line of text, the common case in data tables.
    public static func text(_ string: String, rowSpan: Int = 1, colSpan: Int = 1, shading: String? = nil, alignment: Alignment = .left, verticalAlignment: VerticalAlignment = .top, bold: Bool = false) -> TableCell {
        TableCell(
            blocks: [.paragraph(Paragraph(content: string.isEmpty ? [] : [.text(string, bold ? .bold : [])], style: .tableText, alignment: alignment))],
            rowSpan: rowSpan, colSpan: colSpan, shading: shading, alignment: alignment, verticalAlignment: verticalAlignment, bold: bold)
    }
}

public enum VerticalAlignment: String, Equatable, Sendable {
    case top, center, bottom
}
