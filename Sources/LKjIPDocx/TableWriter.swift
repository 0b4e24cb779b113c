import LKjIPDocument

/// Tables: the model omits cells covered by a row span (as HTML does); WordprocessingML needs
/// every grid column of every row, so covered positions become `w:vMerge` continuation cells.
enum TableWriter {
    struct Merge {
        var remaining: Int
        var colSpan: Int
        var shading: String?
    }

    static func columnTwips(_ table: Table, textWidth: Int) -> [Int] {
        let total = table.columnWidths.reduce(0, +)
        guard total > 0 else { return table.columnWidths.map { _ in textWidth / max(table.columnWidths.count, 1) } }
        var widths = table.columnWidths.map { Int(($0 / total * Double(textWidth)).rounded(.down)) }
        if let last = widths.indices.last { widths[last] += textWidth - widths.reduce(0, +) }
        return widths
    }

    static func write(_ table: Table, into writer: inout BodyWriter) throws {
        if let caption = table.caption {
            writer.tableCaptions += 1
            try writer.writeCaption(caption, bookmark: "_tabel_\(writer.tableCaptions)", keepNext: true)
        }
        let grid = columnTwips(table, textWidth: writer.textWidth)
        let columns = grid.count
        var xml = "<w:tbl><w:tblPr>"
        xml += table.borders ? "<w:tblStyle w:val=\"TableGrid\"/>" : "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
        xml += "<w:tblW w:w=\"\(grid.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + grid.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        writer.out += xml
        var merges: [Int: Merge] = [:]
        for (rowIndex, row) in table.rows.enumerated() {
            var rowXML = "<w:tr><w:trPr><w:cantSplit/>\(rowIndex < table.headerRowCount ? "<w:tblHeader/>" : "")</w:trPr>"
            writer.out += rowXML
            rowXML = ""
            var column = 0
            func emitContinuations() {
                while let merge = merges[column] {
                    writer.out += continuation(width: grid[column..<min(column + merge.colSpan, columns)].reduce(0, +), span: merge.colSpan, shading: merge.shading)
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
                try writeCell(cell, width: width, restart: cell.rowSpan > 1, into: &writer)
                if cell.rowSpan > 1 { merges[column] = Merge(remaining: cell.rowSpan - 1, colSpan: cell.colSpan, shading: cell.shading) }
                column += cell.colSpan
            }
            emitContinuations()
            guard column == columns else {
                throw DocxError.tableGrid("row \(rowIndex + 1) fills \(column) of \(columns) columns")
            }
            writer.out += "</w:tr>"
        }
        writer.out += "</w:tbl><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:p>"
    }

    static func cellProperties(width: Int, span: Int, shading: String?, merge: String?, verticalAlignment: VerticalAlignment) -> String {
        var xml = "<w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let merge { xml += merge }
        if let shading { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shading)\"/>" }
        switch verticalAlignment {
        case .top: break
        case .center: xml += "<w:vAlign w:val=\"center\"/>"
        case .bottom: xml += "<w:vAlign w:val=\"bottom\"/>"
        }
        return xml + "</w:tcPr>"
    }

    static func continuation(width: Int, span: Int, shading: String?) -> String {
        "<w:tc>\(cellProperties(width: width, span: span, shading: shading, merge: "<w:vMerge/>", verticalAlignment: .top))<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p></w:tc>"
    }

    static func writeCell(_ cell: TableCell, width: Int, restart: Bool, into writer: inout BodyWriter) throws {
        writer.out += "<w:tc>\(cellProperties(width: width, span: cell.colSpan, shading: cell.shading, merge: restart ? "<w:vMerge w:val=\"restart\"/>" : nil, verticalAlignment: cell.verticalAlignment))"
        let white = cell.shading.map(Shading.isDark) ?? false
        let before = writer.out.utf8.count
        let saved = writer.textWidth
        let savedColor = writer.runColor
        writer.textWidth = max(width - 216, 500)
        if white { writer.runColor = "FFFFFF" }
        for block in cell.blocks {
            if case .paragraph(var paragraph) = block {
                if cell.bold { paragraph.content = paragraph.content.map { bolded($0) } }
                try writer.writeParagraph(paragraph, indent: 0)
            } else {
                try writer.write(block, indent: 0)
            }
        }
        writer.textWidth = saved
        writer.runColor = savedColor
        if writer.out.utf8.count == before || !endsWithParagraph(writer.out) {
            writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>"
        }
        writer.out += "</w:tc>"
    }

    /// `hasSuffix` on String compares characters from the start of grapheme breaking; the
    /// UTF-8 view keeps this check O(1) on a document of many megabytes.
    static func endsWithParagraph(_ text: String) -> Bool {
        let suffix = Array("</w:p>".utf8)
        return text.utf8.suffix(suffix.count).elementsEqual(suffix)
    }

    static func bolded(_ inline: Inline) -> Inline {
        if case .text(let text, let marks) = inline { return .text(text, marks.union(.bold)) }
        return inline
    }

}
