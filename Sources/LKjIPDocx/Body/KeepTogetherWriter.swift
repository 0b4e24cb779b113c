import LKjIPDocument

/// A group that must stay on one page, as the single unsplittable row of a borderless
/// one-cell table with no cell margins: Word and LibreOffice both move such a row whole to
/// the next page, title and caption included, where "keep with next" alone lets LibreOffice
/// move a kept table away from its caption.
enum KeepTogetherWriter {
    static func write(_ blocks: [Block], _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        let width = scope.textWidth
        var properties = TableProperties(width: width, borders: false, look: false)
        properties.cellMarginLeftRight = 0
        writer.out += "<w:tbl>\(properties.xml)<w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid><w:tr>\(TableRowProperties(cantSplit: true).xml)<w:tc>\(TableCellProperties(width: width).xml)"
        var inner = scope
        inner.inCell = false
        for block in blocks { try writer.write(block, inner) }
        // A cell ends with a paragraph; a table inside it gets its separator here.
        writer.pendingSeparator = false
        if !TableWriter.endsWithParagraph(writer.out) { writer.out += BodyWriter.separator }
        writer.out += "</w:tc></w:tr>"
        writer.closeTable()
    }
}
