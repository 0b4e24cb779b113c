import LKjIPDocument

/// A conservative estimate of how tall a sized table prints: every cell's text wrapped to its
/// column width at the table's size, rows as tall as their tallest cell. Used only to decide
/// whether a table can be kept on one page.
enum Height {
    static func table(_ table: Table, settings: LayoutSettings) -> Double {
        rows(table, settings: settings).reduce(0, +)
    }

    /// The estimated height of every row.
    static func rows(_ table: Table, settings: LayoutSettings) -> [Double] {
        let widths = table.widths ?? table.columnWidths
        let size = table.fontSize ?? settings.tableFontSize
        let lineHeight = size * 1.25
        var heights: [Double] = []
        for row in table.rows {
            var column = 0
            var tallest = lineHeight
            for cell in row.cells {
                let width = widths[min(column, widths.count - 1)..<min(column + cell.colSpan, widths.count)].reduce(0, +) - settings.cellPadding
                column += cell.colSpan
                var lines = 0.0
                for case .paragraph(let paragraph) in cell.blocks {
                    var text = 0.0
                    for inline in paragraph.content {
                        if case .text(let value, let marks) = inline { text += TextMeasure.width(value, size: size, bold: cell.bold || marks.contains(.bold)) }
                    }
                    lines += max(1, (text / max(width, 1) * 1.15).rounded(.up))
                }
                tallest = max(tallest, lines * lineHeight / Double(max(cell.rowSpan, 1)))
            }
            heights.append(tallest + 3)
        }
        return heights
    }
}
