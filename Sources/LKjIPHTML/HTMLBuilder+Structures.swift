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

    mutating func writeTable(_ table: Table) {
        out += "<table class=\"\(table.borders ? "data" : "layout")\">\n"
        if let caption = table.caption {
            tableCaptions += 1
            out += "<caption id=\"tabel-\(tableCaptions)\">\(caption.htmlEscaped)</caption>\n"
        }
        let total = table.columnWidths.reduce(0, +)
        out += "<colgroup>"
        for width in table.columnWidths {
            out += String(format: "<col style=\"width:%.2f%%\">", total > 0 ? width / total * 100 : 0)
        }
        out += "</colgroup>\n"
        for (index, row) in table.rows.enumerated() {
            if index == 0 && table.headerRowCount > 0 { out += "<thead>\n" }
            if index == table.headerRowCount { out += "<tbody>\n" }
            out += "<tr>"
            for cell in row.cells { writeCell(cell) }
            out += "</tr>\n"
            if index == table.headerRowCount - 1 { out += "</thead>\n" }
        }
        if table.rows.count > table.headerRowCount { out += "</tbody>\n" }
        out += "</table>\n"
    }

    mutating func writeCell(_ cell: TableCell) {
        var attributes = ""
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
        out += "<td\(attributes)>"
        if cell.blocks.count == 1, case .paragraph(let paragraph) = cell.blocks[0] {
            out += inlines(paragraph.content)
        } else {
            out += "\n"
            for block in cell.blocks { write(block) }
        }
        out += "</td>"
    }


    mutating func writeTableOfContents(_ toc: TableOfContents) {
        if let kind = toc.captions {
            let entries = CaptionIndex.entries(document).filter { $0.kind == kind }
            out += "<nav class=\"toc captions\">\n<ul>\n"
            for entry in entries { out += "<li><a href=\"#\(entry.anchor)\">\(entry.caption.htmlEscaped)</a></li>\n" }
            if entries.isEmpty { out += "<li>-</li>\n" }
            out += "</ul>\n</nav>\n"
            return
        }
        out += "<nav class=\"toc\">\n<ul>\n"
        var index = 0
        var depth = 1
        for section in document.sections {
            for block in section.blocks {
                guard case .heading(let heading) = block else { continue }
                let anchor = anchors["\(index)"] ?? heading.anchor
                index += 1
                guard heading.inTableOfContents, heading.level <= toc.maxLevel else { continue }
                while depth < heading.level { out += "<li><ul>\n"; depth += 1 }
                while depth > heading.level { out += "</ul></li>\n"; depth -= 1 }
                out += "<li><a href=\"#\(anchor.htmlEscaped)\">\(heading.content.plainText.htmlEscaped)</a></li>\n"
            }
        }
        while depth > 1 { out += "</ul></li>\n"; depth -= 1 }
        out += "</ul>\n</nav>\n"
    }

    mutating func writeSignature(_ signature: SignatureBlock) {
        out += "<div class=\"signature\">\n"
        out += "<div class=\"signatory\">"
        if let left = signature.left { out += "<p class=\"tableText center\">&nbsp;</p>" + signatory(left) }
        out += "</div>\n<div class=\"signatory\">"
        if let place = signature.placeAndDate { out += "<p class=\"tableText center\">\(place.htmlEscaped)</p>" }
        if let right = signature.right { out += signatory(right) }
        out += "</div>\n</div>\n"
    }

    func signatory(_ signatory: Signatory) -> String {
        var html = signatory.roleLines.map { "<p class=\"tableText center\">\($0.htmlEscaped)</p>" }.joined()
        if let image = signatory.image {
            html += "<p class=\"tableText center\">\(img(image))</p>"
        } else {
            html += "<div class=\"space\"></div>"
        }
        html += "<p class=\"tableText center name\">\(signatory.name.htmlEscaped)</p>"
        if let identifier = signatory.identifier { html += "<p class=\"tableText center\">\(identifier.htmlEscaped)</p>" }
        return html
    }
}
