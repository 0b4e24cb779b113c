import LKjIPDocument

/// Signature blocks as a borderless two-column table whose rows both signatories share:
/// place and date, roles, the space for the signature and stamp, name, rank, NIP. Names line
/// up whatever wraps above them; rows cannot split and keep with the next, so the block is
/// never divided and never alone (the paragraphs or last table rows before it keep with it,
/// see the layout pass). It is a real two-column layout, not a wrapper.
enum SignatureWriter {
    static func write(_ signature: SignatureBlock, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        var left = signature.left
        var right = signature.right
        if right == nil, left != nil { swap(&left, &right) }
        let half = scope.textWidth / 2
        let properties = TableProperties(width: half * 2, borders: false, look: false)
        writer.out += "<w:tbl>\(properties.xml)<w:tblGrid><w:gridCol w:w=\"\(half)\"/><w:gridCol w:w=\"\(half)\"/></w:tblGrid>"
        var rows: [(String?, String?, RowKind)] = []
        if let place = signature.placeAndDate { rows.append((nil, place, .text)) }
        rows.append((left?.roleLines.joined(separator: "\n"), right?.roleLines.joined(separator: "\n"), .text))
        rows.append((nil, nil, .space))
        rows.append((left?.name, right?.name, .name))
        if left?.rank != nil || right?.rank != nil { rows.append((left?.rank, right?.rank, .text)) }
        rows.append((left?.identifier, right?.identifier, .text))
        if let electronic = signature.electronic { rows.append((electronic.note, nil, .note)) }
        var marked = false
        for (index, row) in rows.enumerated() {
            let last = index == rows.count - 1
            // The signing space: room for a wet signature and stamp, or, for an electronic
            // signature, exactly the area the certificate's stamp is given.
            let height = signature.electronic.map { "<w:trHeight w:val=\"\(Int(($0.height * 20).rounded()))\" w:hRule=\"exact\"/>" } ?? "<w:trHeight w:val=\"1300\" w:hRule=\"atLeast\"/>"
            writer.out += "<w:tr><w:trPr><w:cantSplit/>\(row.2 == .space ? height : "")</w:trPr>"
            if row.2 == .note {
                // The certificate note spans both columns, under everything it vouches for.
                var run = RunProperties()
                run.italic = true
                run.size = 8
                var properties = pPr(keep: !last || scope.keepNext)
                properties.spacingBefore = 120
                writer.out += "<w:tc>\(TableCellProperties(width: half * 2, gridSpan: 2).xml)<w:p>\(properties.xml)<w:r>\(run.xml)<w:t xml:space=\"preserve\">\(try XMLText.escape(row.0 ?? ""))</w:t></w:r></w:p></w:tc></w:tr>"
                continue
            }
            for (side, text) in [(left, row.0), (right, row.1)] {
                writer.out += "<w:tc>\(TableCellProperties(width: half, verticalAlignment: row.2 == .space ? "center" : nil).xml)"
                if row.2 == .space, signature.electronic == nil, let image = side?.image {
                    writer.out += "<w:p>\(pPr(keep: true).xml)\(try DrawingWriter.inline(image, registry: writer.registry))</w:p>"
                } else {
                    let lines = (text ?? "").split(separator: "\n", omittingEmptySubsequences: false)
                    for line in lines {
                        var run = RunProperties()
                        if row.2 == .name { run.bold = true; run.underline = true }
                        let content = line.isEmpty ? "" : "<w:r>\(run.xml)<w:t xml:space=\"preserve\">\(try XMLText.escape(String(line)))</w:t></w:r>"
                        // The block's bookmark, in its first paragraph: a layout check reads
                        // the page of the signature from it.
                        var mark = ""
                        if !marked, let anchor = signature.anchor {
                            let id = writer.registry.nextBookmarkId()
                            mark = "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(PartRegistry.bookmark(anchor))\"/><w:bookmarkEnd w:id=\"\(id)\"/>"
                        }
                        marked = true
                        writer.out += "<w:p>\(pPr(keep: !last || scope.keepNext).xml)\(mark)\(content)</w:p>"
                    }
                }
                writer.out += "</w:tc>"
            }
            writer.out += "</w:tr>"
        }
        writer.closeTable(keepsWithNext: scope.keepNext)
    }

    enum RowKind { case text, space, name, note }

    static func pPr(keep: Bool) -> ParagraphProperties {
        var properties = ParagraphProperties()
        properties.style = "TableText"
        properties.keepNext = keep
        properties.justification = .center
        return properties
    }
}
