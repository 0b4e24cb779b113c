import LKjIPCompute
import LKjIPDocument
import LKjIPDocx

/// Page numbers as printed: LibreOffice reports the physical page of every bookmark; a
/// page's printed number counts from the start of the last section that restarts numbering,
/// in that section's style (i, ii, iii in the front matter; 1, 2, 3 from BAB I).
enum Pagination {
    static func labels(_ document: Document, physical: [String: Int]) -> [String: String] {
        // The section of every anchor, and where each section starts.
        var sectionOf: [String: Int] = [:]
        for (index, section) in document.sections.enumerated() {
            collect(section.blocks) { sectionOf[$0] = index }
        }
        var labels: [String: String] = [:]
        for entry in document.contents {
            guard let section = sectionOf[entry.anchor], let page = physical[DocxBookmarks.anchor(entry.anchor)] else { continue }
            var start = 1
            for index in stride(from: section, through: 0, by: -1) where document.sections[index].restartNumbering {
                start = physical[DocxBookmarks.section(index)] ?? 1
                break
            }
            let number = max(1, page - start + 1)
            switch document.sections[section].pageNumbering {
            case .lowerRoman: labels[entry.anchor] = IndonesianFormat.roman(number).lowercased()
            case .decimal, .none: labels[entry.anchor] = String(number)
            }
        }
        return labels
    }

    /// The PDF page-label ranges: one at the first page of every section, in its style, from
    /// the number printed there (counted as `labels` counts).
    static func ranges(_ document: Document, physical: [String: Int]) -> [PDFPageLabels.Range] {
        var ranges: [PDFPageLabels.Range] = []
        var restart = 1
        for (index, section) in document.sections.enumerated() {
            guard let page = physical[DocxBookmarks.section(index)] else { continue }
            if section.restartNumbering { restart = page }
            let style: PDFPageLabels.Range.Style?
            switch section.pageNumbering {
            case .none: style = nil
            case .lowerRoman: style = .lowerRoman
            case .decimal: style = .decimal
            }
            let range = PDFPageLabels.Range(page: page, style: style, start: max(1, page - restart + 1))
            if let last = ranges.last, last.page == page { ranges[ranges.count - 1] = range } else { ranges.append(range) }
        }
        return ranges.sorted { $0.page < $1.page }
    }

    static func collect(_ blocks: [Block], _ body: (String) -> Void) {
        for block in blocks {
            switch block {
            case .heading(let heading): body(heading.anchor)
            case .table(let table):
                if let anchor = table.caption?.anchor { body(anchor) }
                for row in table.rows { for cell in row.cells { collect(cell.blocks, body) } }
            case .chart(let chart): if let anchor = chart.caption.anchor { body(anchor) }
            case .figure(let figure): if let anchor = figure.caption?.anchor { body(anchor) }
            case .gallery(let gallery): for item in gallery.items { if let anchor = item.caption?.anchor { body(anchor) } }
            case .orgChart(let chart): if let anchor = chart.caption?.anchor { body(anchor) }
            case .list(let list): for item in list.items { collect(item, body) }
            case .keepTogether(let blocks): collect(blocks, body)
            default: continue
            }
        }
    }
}
