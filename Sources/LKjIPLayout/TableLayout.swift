import LKjIPDocument

/// Column widths from content. A column is never narrower than its longest unbreakable
/// word at the cell's font size plus the cell margins; the template's widths are
/// preferences that share out the rest of the line.
enum TableLayout {
    /// The narrowest each grid column can be at `size`. With `comfortable`, a column of
    /// running text is given room for a few words per line (up to `settings.comfortableWidth`),
    /// so that a table which "fits" is also readable rather than one word per line.
    static func minimumWidths(_ table: Table, size: Double, settings: LayoutSettings, comfortable: Bool = false, metrics: TableMetrics? = nil) -> [Double] {
        let columns = table.columnCount
        let metrics = metrics ?? TableMetrics(table)
        let measures = metrics.cells(size: size, settings: settings)
        var minimum = Array(repeating: settings.cellPadding, count: columns)
        var spanning: [(start: Int, span: Int, need: Double)] = []
        for (index, (rowIndex, start, cell)) in metrics.placed.enumerated() {
            let span = min(cell.colSpan, columns - start)
            var need = measures[index].unbreakable
            // Header cells wrap at their spaces freely ("Target (1 / Tahun)"): only body text
            // asks for room to read comfortably.
            if comfortable && rowIndex >= table.headerRowCount {
                need = max(need, min(settings.comfortableWidth, measures[index].full))
            }
            need += settings.cellPadding
            if span == 1 { minimum[start] = max(minimum[start], need) } else { spanning.append((start, span, need)) }
        }
        for item in spanning {
            let have = minimum[item.start..<item.start + item.span].reduce(0, +)
            if have < item.need {
                let extra = (item.need - have) / Double(item.span)
                for c in item.start..<item.start + item.span { minimum[c] += extra }
            }
        }
        return minimum
    }

    /// The width of a cell's paragraphs set on one line each.
    static func fullWidth(_ blocks: [Block], size: Double, bold: Bool, settings: LayoutSettings) -> Double {
        lineWidths(blocks, size: size, bold: bold, settings: settings).reduce(0.0) { max($0, $1) }
    }

    /// The width of each of a cell's paragraphs set on one line.
    static func lineWidths(_ blocks: [Block], size: Double, bold: Bool, settings: LayoutSettings) -> [Double] {
        var lines: [Double] = []
        for case .paragraph(let paragraph) in blocks {
            var line = 0.0
            for inline in paragraph.content {
                if case .text(let text, let marks) = inline { line += TextMeasure.width(text, size: size, bold: bold || marks.contains(.bold), font: settings.font) }
            }
            lines.append(line)
        }
        return lines
    }

    static func content(_ blocks: [Block], size: Double, bold: Bool, settings: LayoutSettings) -> Double {
        var widest = 0.0
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                widest = max(widest, TextMeasure.longestUnbreakable(paragraph.content, size: size, forceBold: bold, font: settings.font))
            case .list(let list):
                for item in list.items { widest = max(widest, content(item, size: size, bold: bold, settings: settings) + 18) }
            case .table(let inner):
                widest = max(widest, minimumWidths(inner, size: size, settings: settings).reduce(0, +))
            case .figure(let figure):
                widest = max(widest, min(figure.image.widthPoints, 120))
            case .heading(let heading):
                widest = max(widest, TextMeasure.longestUnbreakable(heading.displayContent, size: size + 1, forceBold: true, font: settings.font))
            default:
                continue
            }
        }
        return widest
    }

    /// The widest each grid column's body content is when set on one line (header cells, which
    /// wrap freely, and spanning cells do not count), plus padding: what a column can use.
    static func contentWidths(_ table: Table, size: Double, settings: LayoutSettings, metrics: TableMetrics? = nil) -> [Double] {
        let metrics = metrics ?? TableMetrics(table)
        let measures = metrics.cells(size: size, settings: settings)
        var widest = Array(repeating: settings.cellPadding, count: table.columnCount)
        for (index, (rowIndex, start, cell)) in metrics.placed.enumerated() where rowIndex >= table.headerRowCount && cell.colSpan == 1 {
            widest[start] = max(widest[start], measures[index].full + settings.cellPadding)
        }
        return widest
    }

    /// Every cell with its row and the grid column it starts in, counting the columns that
    /// cells spanning rows from above cover (the HTML-shaped model omits those cells).
    static func placed(_ table: Table) -> [(row: Int, column: Int, cell: TableCell)] {
        let columns = table.columnCount
        var result: [(Int, Int, TableCell)] = []
        result.reserveCapacity(table.rows.count * columns)
        // Rows still covered in each grid column by a cell spanning rows from above.
        var covered = Array(repeating: 0, count: columns)
        var starts: [(Int, TableCell)] = []
        for (rowIndex, row) in table.rows.enumerated() {
            var column = 0
            starts.removeAll(keepingCapacity: true)
            for cell in row.cells {
                while column < columns, covered[column] > 0 { column += 1 }
                starts.append((column, cell))
                column += cell.colSpan
            }
            for index in covered.indices { covered[index] -= 1 }
            for (start, cell) in starts where start < columns {
                result.append((rowIndex, start, cell))
                if cell.rowSpan > 1 { for c in start..<min(columns, start + cell.colSpan) { covered[c] = cell.rowSpan - 1 } }
            }
        }
        return result
    }

    /// Widths that fill `available`, honour the minimums and follow the preferences; nil
    /// when the minimums alone are wider. When the preferences ask for more than the line
    /// holds, room is taken first from columns wider than their content (a column of "-"
    /// next to a column of sentences), then from every column in proportion to its slack.
    static func widths(_ table: Table, minimum: [Double], content: [Double]? = nil, available: Double) -> [Double]? {
        let total = minimum.reduce(0, +)
        guard total <= available + 0.01 else { return nil }
        let preference = table.columnWidths.reduce(0, +)
        var widths = table.columnWidths.enumerated().map { index, value in
            max(minimum[index], preference > 0 ? value / preference * available : available / Double(max(table.columnCount, 1)))
        }
        var excess = widths.reduce(0, +) - available
        if excess > 0.01, let content {
            let unused = widths.enumerated().map { index, width in max(0, width - max(minimum[index], content[index])) }
            let totalUnused = unused.reduce(0, +)
            if totalUnused > 0 {
                let share = min(1, excess / totalUnused)
                widths = widths.enumerated().map { $1 - unused[$0] * share }
                excess = widths.reduce(0, +) - available
            }
        }
        var guardCount = 0
        while excess > 0.01, guardCount < 8 {
            let slack = widths.enumerated().map { $1 - minimum[$0] }
            let totalSlack = slack.reduce(0, +)
            guard totalSlack > 0 else { break }
            let share = min(1, excess / totalSlack)
            widths = widths.enumerated().map { $1 - slack[$0] * share }
            excess = widths.reduce(0, +) - available
            guardCount += 1
        }
        return widths.map { ($0 * 10).rounded(.down) / 10 }
    }
}
