import Foundation
import LKjIPDocument

extension HTMLBuilder {
    mutating func writeList(_ list: List) {
        let (tag, attributes): (String, String)
        switch list.kind {
        case .bullet: (tag, attributes) = ("ul", " class=\"bullet\"")
        case .dash: (tag, attributes) = ("ul", " class=\"dash\"")
        case .decimal: (tag, attributes) = ("ol", " type=\"1\"")
        case .decimalParen: (tag, attributes) = ("ol", " class=\"paren\" style=\"--start: \(list.start - 1)\"")
        case .lowerLetter: (tag, attributes) = ("ol", " type=\"a\"")
        case .upperLetter: (tag, attributes) = ("ol", " type=\"A\"")
        case .lowerRoman: (tag, attributes) = ("ol", " type=\"i\"")
        case .upperRoman: (tag, attributes) = ("ol", " type=\"I\"")
        }
        let start = tag == "ol" && list.start != 1 ? " start=\"\(list.start)\"" : ""
        out += "<\(tag)\(attributes)\(start)>\n"
        for item in list.items {
            if item.count == 1, case .paragraph(let paragraph) = item[0] {
                out += "<li>\(inlines(paragraph.content))</li>\n"
            } else {
                out += "<li>\n"
                for block in item { write(block) }
                out += "</li>\n"
            }
        }
        out += "</\(tag)>\n"
    }

    /// Header rows are `<th scope="col">` in `<thead>` (repeated on printed pages), row labels
    /// `<th scope="row">`; widths are the layout pass's, as percentages of the table.
    mutating func writeTable(_ table: Table) {
        var classes = [table.borders ? "data" : "layout"]
        if table.keepTogether { classes.append("keep") }
        if table.keepTrailingRows > 0 { classes.append("keep-next") }
        let style = table.fontSize.map { " style=\"font-size:\(Points.css($0))pt\"" } ?? ""
        out += "<table class=\"\(classes.joined(separator: " "))\"\(style)>\n"
        if let caption = table.caption {
            out += "<caption\(caption.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? "")>\(captionText(caption))</caption>\n"
        }
        let widths = table.widths ?? table.columnWidths
        let total = widths.reduce(0, +)
        out += "<colgroup>"
        for width in widths {
            out += "<col style=\"width:\(Points.css(total > 0 ? width / total * 100 : 0))%\">"
        }
        out += "</colgroup>\n"
        for (index, row) in table.rows.enumerated() {
            let header = index < table.headerRowCount
            if index == 0 && table.headerRowCount > 0 { out += "<thead>\n" }
            if index == table.headerRowCount { out += "<tbody>\n" }
            // The rows a table starts with, and the last rows a signature takes along.
            let keep = (index + 1 < table.keepLeadingRows && index >= table.headerRowCount) || index >= table.rows.count - table.keepTrailingRows
                || (index >= table.rows.count - table.keepLastRows && index < table.rows.count - 1)
                || (row.keepWithNext && index < table.rows.count - 1)
            out += keep ? "<tr class=\"keep-next\">" : "<tr>"
            for cell in row.cells { writeCell(cell, header: header) }
            out += "</tr>\n"
            if index == table.headerRowCount - 1 { out += "</thead>\n" }
        }
        if table.rows.count > table.headerRowCount { out += "</tbody>\n" }
        out += "</table>\n"
    }

    mutating func writeCell(_ cell: TableCell, header: Bool) {
        let tag = header || cell.rowHeader ? "th" : "td"
        var attributes = ""
        if header { attributes += cell.colSpan > 1 ? " scope=\"colgroup\"" : " scope=\"col\"" } else if cell.rowHeader { attributes += " scope=\"row\"" }
        if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
        if cell.colSpan > 1 { attributes += " colspan=\"\(cell.colSpan)\"" }
        var classes = [cell.alignment.rawValue]
        if cell.verticalAlignment != .top { classes.append("v-\(cell.verticalAlignment.rawValue)") }
        if cell.bold { classes.append("bold") }
        attributes += " class=\"\(classes.joined(separator: " "))\""
        if let shading = cell.shading {
            let text = Shading.isDark(shading) ? ";color:#fff" : ""
            attributes += " style=\"background:#\(shading.htmlEscaped)\(text)\""
        }
        out += "<\(tag)\(attributes)>"
        if cell.blocks.count == 1, case .paragraph(let paragraph) = cell.blocks[0] {
            out += inlines(paragraph.content)
        } else {
            out += "\n"
            for block in cell.blocks { write(block) }
        }
        out += "</\(tag)>"
    }

    /// Contents lists link to the anchors, with the page numbers of the .docx and the PDF
    /// when the layout pass measured them (a browser paginates differently, so the HTML
    /// prints no page numbers of its own).
    mutating func writeContents(_ toc: TableOfContents) {
        let entries = document.contents.filter { entry in
            switch entry.kind {
            case .heading(let level): return toc.captions == nil && level <= toc.maxLevel
            case .caption(let kind): return toc.captions == kind
            }
        }
        out += "<nav class=\"toc\">\n<ul>\n"
        for entry in entries {
            var level = 1
            if case .heading(let depth) = entry.kind { level = depth }
            let page = document.pageNumbers[entry.anchor].map { "<span class=\"page\">\($0.htmlEscaped)</span>" } ?? ""
            out += "<li class=\"level-\(level)\"><a href=\"#\(entry.anchor.htmlEscaped)\">\(entry.text.htmlEscaped)</a>\(page)</li>\n"
        }
        if entries.isEmpty { out += "<li>-</li>\n" }
        out += "</ul>\n</nav>\n"
    }

    /// The same shared rows as in the .docx: names line up whatever wraps above them.
    mutating func writeSignature(_ signature: SignatureBlock) {
        var left = signature.left
        var right = signature.right
        if right == nil, left != nil { swap(&left, &right) }
        out += "<table class=\"signature\"\(signature.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? "")>\n"
        func row(_ a: String, _ b: String, _ kind: String = "") {
            out += "<tr\(kind.isEmpty ? "" : " class=\"\(kind)\"")><td>\(a)</td><td>\(b)</td></tr>\n"
        }
        if let place = signature.placeAndDate { row("", place.htmlEscaped) }
        func lines(_ values: [String]?) -> String { (values ?? []).map(\.htmlEscaped).joined(separator: "<br>") }
        row(lines(left?.roleLines), lines(right?.roleLines))
        if let electronic = signature.electronic {
            // The area kept free for the certificate's stamp, of its size; no scan.
            let area = "<div class=\"tte-area\" title=\"\(electronic.areaLabel.htmlEscaped)\" style=\"width:\(Points.css(electronic.width))pt;height:\(Points.css(electronic.height))pt;margin:0 auto\"></div>"
            row(left == nil ? "" : area, right == nil ? "" : area, "space")
        } else {
            row(left?.image.map(img) ?? "", right?.image.map(img) ?? "", "space")
        }
        row((left?.name ?? "").htmlEscaped, (right?.name ?? "").htmlEscaped, "name")
        if left?.rank != nil || right?.rank != nil { row((left?.rank ?? "").htmlEscaped, (right?.rank ?? "").htmlEscaped) }
        row((left?.identifier ?? "").htmlEscaped, (right?.identifier ?? "").htmlEscaped)
        if let electronic = signature.electronic {
            out += "<tr class=\"tte-note\"><td colspan=\"2\">\(electronic.note.htmlEscaped)</td></tr>\n"
        }
        out += "</table>\n"
    }
}
