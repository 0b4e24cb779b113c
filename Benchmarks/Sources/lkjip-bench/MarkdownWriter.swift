import LKjIPDocument

/// The same content as the report, as pandoc Markdown, so that pandoc can be timed turning the
/// same data into a .docx. Spans are flattened (pipe tables have none); text is kept.
enum MarkdownWriter {
    static func write(_ document: Document) -> String {
        var out = ""
        for section in document.sections {
            for block in section.blocks { write(block, into: &out, indent: "") }
        }
        return out
    }

    static func inline(_ content: [Inline]) -> String {
        content.map { item -> String in
            switch item {
            case .lineBreak: return "\\\n"
            case .text(let text, let marks):
                var piece = text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
                if marks.contains(.italic) { piece = "*\(piece)*" }
                if marks.contains(.bold) { piece = "**\(piece)**" }
                return piece
            }
        }.joined()
    }

    static func cellText(_ cell: TableCell) -> String {
        cell.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return inline(paragraph.content) }
            return nil
        }.joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
    }

    static func write(_ block: Block, into out: inout String, indent: String) {
        switch block {
        case .heading(let heading):
            out += String(repeating: "#", count: heading.level) + " " + inline(heading.content) + "\n\n"
        case .paragraph(let paragraph):
            out += indent + inline(paragraph.content) + "\n\n"
        case .list(let list):
            for (index, item) in list.items.enumerated() {
                let marker = list.kind == .bullet || list.kind == .dash ? "-" : "\(list.start + index)."
                for (position, inner) in item.enumerated() {
                    if position == 0, case .paragraph(let paragraph) = inner {
                        out += indent + marker + " " + inline(paragraph.content) + "\n"
                    } else {
                        write(inner, into: &out, indent: indent + "    ")
                    }
                }
            }
            out += "\n"
        case .table(let table):
            let columns = table.columnWidths.count
            for (index, row) in table.rows.enumerated() {
                var cells = row.cells.flatMap { cell in [cellText(cell)] + Array(repeating: "", count: cell.colSpan - 1) }
                cells = Array((cells + Array(repeating: "", count: max(0, columns - cells.count))).prefix(columns))
                out += "| " + cells.joined(separator: " | ") + " |\n"
                if index == 0 { out += "|" + String(repeating: "---|", count: columns) + "\n" }
            }
            out += "\n"
        case .pageBreak:
            out += "\\newpage\n\n"
        case .contents:
            out += "\n"
        case .signature(let signature):
            for signatory in [signature.left, signature.right].compactMap({ $0 }) {
                out += signatory.roleLines.joined(separator: "\\\n") + "\\\n\\\n**" + signatory.name + "**\\\n" + (signatory.identifier ?? "") + "\n\n"
            }
        case .figure(let figure):
            out += "*[\(figure.caption?.full ?? figure.image.description)]*\n\n"
        case .chart(let chart):
            out += "*\(chart.caption.full)*\n\n"
        case .gallery(let gallery):
            for item in gallery.items { out += "*[\(item.caption?.full ?? "")]*\n\n" }
        case .orgChart(let chart):
            out += "*\(chart.caption?.full ?? "")*\n\n"
        case .keepTogether(let blocks):
            for inner in blocks { write(inner, into: &out, indent: indent) }
        }
    }
}
