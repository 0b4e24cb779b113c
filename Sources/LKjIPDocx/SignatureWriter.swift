import LKjIPDocument

/// Signature blocks as a borderless two-column table whose rows cannot split and whose
/// paragraphs keep with the next, so a signatory never lands alone on the next page.
enum SignatureWriter {
    static func write(_ signature: SignatureBlock, into writer: inout BodyWriter) throws {
        var left = signature.left
        var right = signature.right
        if right == nil, left != nil { swap(&left, &right) }
        let half = writer.textWidth / 2
        writer.out += "<w:tbl><w:tblPr><w:tblW w:w=\"\(half * 2)\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
        writer.out += "<w:tblGrid><w:gridCol w:w=\"\(half)\"/><w:gridCol w:w=\"\(half)\"/></w:tblGrid>"
        writer.out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for (index, signatory) in [left, right].enumerated() {
            writer.out += "<w:tc><w:tcPr><w:tcW w:w=\"\(half)\" w:type=\"dxa\"/></w:tcPr>"
            var lines: [String] = []
            if index == 1, let place = signature.placeAndDate { lines.append(place) } else if signature.placeAndDate != nil { lines.append("") }
            if let signatory {
                lines += signatory.roleLines
                for line in lines { try paragraph(line, into: &writer) }
                if let image = signatory.image {
                    writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:keepNext/><w:jc w:val=\"center\"/></w:pPr>\(try writer.drawing(image))</w:p>"
                } else {
                    for _ in 0..<3 { try paragraph("", into: &writer) }
                }
                writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">\(try XMLText.escape(signatory.name))</w:t></w:r></w:p>"
                try paragraph(signatory.identifier ?? "", into: &writer, keep: false)
            } else {
                try paragraph("", into: &writer, keep: false)
            }
            writer.out += "</w:tc>"
        }
        writer.out += "</w:tr></w:tbl><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>"
    }

    static func paragraph(_ text: String, into writer: inout BodyWriter, keep: Bool = true) throws {
        writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>\(keep ? "<w:keepNext/>" : "")<w:jc w:val=\"center\"/></w:pPr>"
        if !text.isEmpty { writer.out += "<w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(text))</w:t></w:r>" }
        writer.out += "</w:p>"
    }
}
