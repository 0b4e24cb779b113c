/// The look and protection of a cell, limited to what a fill-in form needs. Every distinct
/// style becomes one entry of the workbook's style table (`cellXfs`) when written.
public struct CellStyle: Hashable, Sendable {
    /// An Excel number format code: `General`, `0`, `0.00`, `#,##0`, `@` (text), or a date
    /// code such as `dd/mm/yyyy`. Excel shows `.` and `,` in the reader's locale, so `#,##0.00`
    /// appears as `1.234,50` on an Indonesian machine.
    public var numberFormat: String
    /// Whether the cell can be edited once the sheet is protected. Excel's default is locked,
    /// so a form unlocks exactly the cells the officer fills in.
    public var locked: Bool
    public var bold: Bool
    /// Solid background colour as six hex digits `RRGGBB` (a leading `#` and lowercase are
    /// accepted when writing; reading gives uppercase without `#`). nil is no fill; fills given
    /// by theme or palette index in foreign files also read as nil.
    public var fillColor: String?
    public var wrapText: Bool

    public init(numberFormat: String = "General", locked: Bool = true, bold: Bool = false, fillColor: String? = nil, wrapText: Bool = false) {
        self.numberFormat = numberFormat
        self.locked = locked
        self.bold = bold
        self.fillColor = fillColor
        self.wrapText = wrapText
    }

    /// Whether the number format shows a date or time, so that a number read from such a cell
    /// can be recognised as an Excel date serial (days since 1899-12-30) instead of a count.
    public var isDateFormat: Bool { NumberFormat.isDate(numberFormat) }
}
