import LKjIPDocument

/// A conservative estimate of how tall a sized table prints: every cell's text wrapped to its
/// column width at the table's size, rows as tall as their tallest cell. Used only to decide
/// whether a table can be kept on one page.
enum Height {
    static func table(_ table: Table, settings: LayoutSettings, metrics: TableMetrics? = nil) -> Double {
        rows(table, settings: settings, metrics: metrics).reduce(0, +)
    }

    /// The estimated height of every row (`metrics`: the table's cells measured already).
    static func rows(_ table: Table, settings: LayoutSettings, metrics: TableMetrics? = nil) -> [Double] {
        let widths = table.widths ?? table.columnWidths
        let size = table.fontSize ?? settings.tableFontSize
        let lineHeight = size * 1.25
        let metrics = metrics ?? TableMetrics(table)
        let measures = metrics.cells(size: size, settings: settings)
        // Cells are placed on the grid first: a row under a cell spanning rows from above
        // lacks that cell, and its own cells stand further right.
        var heights = Array(repeating: lineHeight + 3, count: table.rows.count)
        for (index, (row, column, cell)) in metrics.placed.enumerated() {
            let width = widths[min(column, widths.count - 1)..<min(column + cell.colSpan, widths.count)].reduce(0, +) - settings.cellPadding
            var lines = 0.0
            for text in measures[index].lines {
                lines += max(1, (text / max(width, 1) * 1.15).rounded(.up))
            }
            heights[row] = max(heights[row], lines * lineHeight / Double(max(cell.rowSpan, 1)) + 3)
        }
        return heights
    }

    /// Gives the last row under each header cell that spans rows the height that cell's
    /// wrapped text needs beyond the other rows' own height. LibreOffice sizes rows from the
    /// cells that start in them, so a spanning header cell taller than its rows is cut,
    /// most visibly where the header repeats on the next page.
    static func reserveSpans(_ table: inout Table, settings: LayoutSettings) {
        guard let widths = table.widths, table.headerRowCount > 0 else { return }
        let size = table.fontSize ?? settings.tableFontSize
        let line = size * 1.2
        var own = Array(repeating: line + 2, count: table.rows.count)
        var spans: [(row: Int, span: Int, need: Double)] = []
        for (row, column, cell) in TableLayout.placed(table) where row < table.headerRowCount {
            let width = widths[min(column, widths.count - 1)..<min(column + cell.colSpan, widths.count)].reduce(0, +) - settings.cellPadding
            var lines = 0
            for case .paragraph(let paragraph) in cell.blocks {
                lines += TextMeasure.lines(paragraph.content.plainText, width: width, size: size, bold: true, font: settings.font)
            }
            let need = Double(max(lines, 1)) * line + 2
            if cell.rowSpan > 1 { spans.append((row, min(cell.rowSpan, table.headerRowCount - row), need)) } else { own[row] = max(own[row], need) }
        }
        for span in spans where span.span > 1 {
            let rows = span.row..<(span.row + span.span)
            let have = rows.map { own[$0] }.reduce(0, +)
            guard span.need > have + 0.5 else { continue }
            let last = rows.upperBound - 1
            let height = (own[last] + span.need - have).rounded(.up)
            table.rows[last].minimumHeight = max(table.rows[last].minimumHeight ?? 0, height)
        }
    }
}
