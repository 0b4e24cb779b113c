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
        // Cells are placed on the grid first: a row under a cell spanning rows from above
        // lacks that cell, and its own cells stand further right.
        var heights = Array(repeating: lineHeight + 3, count: table.rows.count)
        for (row, column, cell) in TableLayout.placed(table) {
            let width = widths[min(column, widths.count - 1)..<min(column + cell.colSpan, widths.count)].reduce(0, +) - settings.cellPadding
            var lines = 0.0
            for case .paragraph(let paragraph) in cell.blocks {
                var text = 0.0
                for inline in paragraph.content {
                    if case .text(let value, let marks) = inline { text += TextMeasure.width(value, size: size, bold: cell.bold || marks.contains(.bold)) }
                }
                lines += max(1, (text / max(width, 1) * 1.15).rounded(.up))
            }
            heights[row] = max(heights[row], lines * lineHeight / Double(max(cell.rowSpan, 1)) + 3)
        }
        return heights
    }
}
