import LKjIPDocument

/// Tables: the model omits cells covered by a row span (as HTML does); WordprocessingML
/// needs every grid column of every row, so covered positions become `w:vMerge`
/// continuation cells. Widths come from the layout pass (`Table.widths`).
enum TableWriter {
    struct Merge {
        var remaining: Int
        var colSpan: Int
        var shading: String?
    }

    /// Grid widths in twips: the layout pass's, or the preferences scaled to the width.
    static func grid(_ table: Table, textWidth: Int) -> [Int] {
        if let widths = table.widths, widths.count == table.columnCount {
            return widths.map { Units.twips($0) }
        }
        let total = table.columnWidths.reduce(0, +)
        guard total > 0 else { return table.columnWidths.map { _ in textWidth / max(table.columnCount, 1) } }
        var widths = table.columnWidths.map { Int(($0 / total * Double(textWidth)).rounded(.down)) }
        if let last = widths.indices.last { widths[last] += textWidth - widths.reduce(0, +) }
        return widths
    }

    static func write(_ table: Table, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        if let caption = table.caption { try writer.writeCaption(caption, keepNext: true) }
        let grid = grid(table, textWidth: scope.textWidth)
        let columns = grid.count
        let properties = TableProperties(style: table.borders ? "TableGrid" : nil, width: grid.reduce(0, +), borders: table.borders ? nil : false)
        writer.out += "<w:tbl>\(properties.xml)<w:tblGrid>" + grid.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        var merges: [Int: Merge] = [:]
        for (rowIndex, row) in table.rows.enumerated() {
            let header = rowIndex < table.headerRowCount
            writer.out.append(literal: "<w:tr>")
            TableRowProperties(cantSplit: true, header: header, minimumHeight: row.minimumHeight.map(Units.twips)).write(into: &writer.out)
            let keep = keepsWithNext(row: rowIndex, of: table, scope)
            var column = 0
            func emitContinuations() {
                while let merge = merges[column] {
                    let width = grid[column..<min(column + merge.colSpan, columns)].reduce(0, +)
                    let tcPr = TableCellProperties(width: width, gridSpan: merge.colSpan, verticalMerge: .continuation, shading: merge.shading)
                    writer.out.append(literal: "<w:tc>")
                    tcPr.write(into: &writer.out)
                    writer.out.append(literal: "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>")
                    if keep { writer.out.append(literal: "<w:keepNext/>") }
                    writer.out.append(literal: "</w:pPr></w:p></w:tc>")
                    merges[column]!.remaining -= 1
                    if merges[column]!.remaining == 0 { merges[column] = nil }
                    column += merge.colSpan
                }
            }
            for cell in row.cells {
                emitContinuations()
                guard column + cell.colSpan <= columns else {
                    throw DocxError.tableGrid("row \(rowIndex + 1) needs \(column + cell.colSpan) columns, the table has \(columns)")
                }
                let width = grid[column..<column + cell.colSpan].reduce(0, +)
                try writeCell(cell, width: width, restart: cell.rowSpan > 1, keep: keep, fontSize: table.fontSize, scope, into: &writer)
                if cell.rowSpan > 1 { merges[column] = Merge(remaining: cell.rowSpan - 1, colSpan: cell.colSpan, shading: cell.shading) }
                column += cell.colSpan
            }
            emitContinuations()
            guard column == columns else {
                throw DocxError.tableGrid("row \(rowIndex + 1) fills \(column) of \(columns) columns")
            }
            writer.out.append(literal: "</w:tr>")
        }
        writer.closeTable(keepsWithNext: scope.keepNext || table.keepTrailingRows > 0)
    }

    /// Whether the paragraphs of a row keep with the next row (or, for the last row, with the
    /// block after the table): header rows always; the rows the table must start with on one
    /// page; every row of a table kept whole; its last rows when a signature follows; and
    /// all of them when the table is not the last member of a kept group.
    static func keepsWithNext(row: Int, of table: Table, _ scope: BodyWriter.Scope) -> Bool {
        let last = table.rows.count - 1
        if scope.keepNext || row >= table.rows.count - table.keepTrailingRows { return true }
        if table.rows[row].keepWithNext && row < last { return true }
        if row < table.headerRowCount || row + 1 < table.keepLeadingRows { return row < last }
        if row >= table.rows.count - table.keepLastRows && row < last { return true }
        return table.keepTogether && row < last
    }

    static func writeCell(_ cell: TableCell, width: Int, restart: Bool, keep: Bool, fontSize: Double?, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        let vAlign: String?
        switch cell.verticalAlignment {
        case .top: vAlign = nil
        case .center: vAlign = "center"
        case .bottom: vAlign = "bottom"
        }
        let tcPr = TableCellProperties(width: width, gridSpan: cell.colSpan, verticalMerge: restart ? .restart : nil, shading: cell.shading, verticalAlignment: vAlign)
        writer.out.append(literal: "<w:tc>")
        tcPr.write(into: &writer.out)
        var inner = scope
        inner.textWidth = max(width - 216, 500)
        inner.runColor = cell.shading.map(Shading.isDark) == true ? "FFFFFF" : nil
        inner.fontSize = fontSize
        inner.indent = 0
        inner.inCell = true
        inner.listLevel = 0
        inner.keepNext = keep
        let before = writer.out.count
        for block in cell.blocks {
            if case .paragraph(var paragraph) = block {
                if cell.bold { paragraph.content = paragraph.content.map(bolded) }
                try writer.writeParagraph(paragraph, inner)
            } else {
                try writer.write(block, inner)
            }
        }
        writer.pendingSeparator = false
        if writer.out.count == before || !writer.out.hasSuffix("</w:p>") {
            writer.out.append(literal: "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>")
            if keep { writer.out.append(literal: "<w:keepNext/>") }
            writer.out.append(literal: "</w:pPr></w:p>")
        }
        writer.out.append(literal: "</w:tc>")
    }

    static func bolded(_ inline: Inline) -> Inline {
        if case .text(let text, let marks) = inline { return .text(text, marks.union(.bold)) }
        return inline
    }
}
