import Foundation
import LKjIPDocument

/// Which blocks stay on one page with the next: a heading with what follows (its style), a
/// caption with its table (the writers), a table of a few rows whole (`Table.keepTogether`),
/// the header and first three rows of every table (`Table.keepLeadingRows`), and a signature
/// block with what it signs: the last rows of the table before it (`Table.keepTrailingRows`)
/// or at least the two lines before it, so it is never alone on a page. A paragraph that
/// introduces a table, chart or picture keeps with it too. The writers express all of this
/// with the keep properties of their format (no wrapper tables).
public enum Keeps {
    static func apply(_ blocks: [Block], settings: LayoutSettings) -> [Block] {
        var result = blocks
        for index in result.indices {
            guard case .table(var table) = result[index] else { continue }
            // A signature after a table keeps the table's last rows with it: it signs them.
            if index + 1 < result.count, case .signature = result[index + 1] {
                table.keepTrailingRows = signedRows(table, settings: settings)
            }
            result[index] = .table(table)
        }
        for index in result.indices {
            guard index + 1 < result.count, case .paragraph(var paragraph) = result[index] else { continue }
            switch result[index + 1] {
            case .signature:
                paragraph.keepWithNext = true
                result[index] = .paragraph(paragraph)
                // The paragraph before that keeps too, so at least two lines precede it.
                if index > 0, case .paragraph(var before) = result[index - 1], lineEstimate(paragraph) < 2 {
                    before.keepWithNext = true
                    result[index - 1] = .paragraph(before)
                }
            case .table, .chart, .figure, .orgChart, .gallery:
                if endsWithColon(paragraph) || isShortTitle(paragraph) {
                    paragraph.keepWithNext = true
                    result[index] = .paragraph(paragraph)
                }
            default:
                continue
            }
        }
        return result
    }

    /// Wraps what must share a page into `.keepTogether`: a short table with the headings and
    /// kept paragraphs before it, a signature block with the paragraph(s) before it.
    static func group(_ blocks: [Block], pageHeight: Double, settings: LayoutSettings) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            let kept: Bool
            var block = block
            switch block {
            case .table(var table):
                // A "short" table taller than three quarters of a page (with the heading and
                // caption kept with it, and the estimate's margin) would push a nearly blank
                // page ahead of it, or break from its caption; it may split like a long one.
                let rows = Height.rows(table, settings: settings)
                kept = table.keepTogether && rows.reduce(0, +) < pageHeight * 0.75
                table.keepTogether = kept
                (table.keepLeadingRows, table.keepTrailingRows) = edges(table, rows: rows, pageHeight: pageHeight, settings: settings)
                block = .table(table)
            case .signature: kept = true
            default: kept = false
            }
            guard kept else {
                result.append(block)
                continue
            }
            var group = [block]
            var lines = 0
            while let last = result.last, group.count < 5 {
                if case .heading = last {
                    group.insert(last, at: 0)
                } else if case .paragraph(let paragraph) = last, paragraph.keepWithNext {
                    group.insert(last, at: 0)
                    lines += lineEstimate(paragraph)
                    if case .signature = block, lines >= 2 { result.removeLast(); break }
                } else {
                    break
                }
                result.removeLast()
            }
            result.append(.keepTogether(group))
        }
        return result
    }

    /// How many rows a table starts with on one page (its header and up to
    /// `settings.leadingRows` body rows) and how many of its last rows go with the signature
    /// after it; fewer when the rows are so tall that they would not fit a page with the
    /// heading and caption kept with them (at most 0,85 of a page at the start, a third at
    /// the end).
    static func edges(_ table: Table, rows: [Double], pageHeight: Double, settings: LayoutSettings) -> (leading: Int, trailing: Int) {
        let header = min(table.headerRowCount, rows.count)
        var leading = header
        var height = rows.prefix(header).reduce(0, +)
        while leading < rows.count, leading < header + settings.leadingRows, height + rows[leading] <= pageHeight * 0.85 || leading == header {
            height += rows[leading]
            leading += 1
        }
        guard table.keepTrailingRows > 0 else { return (leading, 0) }
        // The kept tail starts where the table can break: a page cannot fall inside cells
        // that span rows, so the tail grows to the start of such a span.
        let breaks = breakable(table)
        var trailing = 0
        height = 0
        while trailing < rows.count - header {
            height += rows[rows.count - 1 - trailing]
            trailing += 1
            let start = rows.count - trailing
            if breaks.contains(start) && (trailing >= table.keepTrailingRows || height > pageHeight / 3) { break }
            if height > pageHeight * 0.6 { break }
        }
        return (leading, trailing)
    }

    /// How many last rows go with the signature after a table: `settings.trailingRows`, or
    /// fewer when that row lies inside a cell spanning rows (a sasaran over its indicators)
    /// and a later row can start a page: only from such a row can the tail be carried to the
    /// signature's page (`moveSignedRows`). `edges` grows the tail to the start of a span
    /// when no later row can.
    static func signedRows(_ table: Table, settings: LayoutSettings) -> Int {
        let wanted = min(settings.trailingRows, max(table.rows.count - table.headerRowCount, 1))
        let start = table.rows.count - wanted
        let splits = breakable(table)
        guard !splits.contains(start), let later = splits.filter({ $0 > start && $0 < table.rows.count }).min() else { return wanted }
        return table.rows.count - later
    }

    /// The rows a page may break before: no cell spanning rows from above covers them.
    static func breakable(_ table: Table) -> Set<Int> {
        var covered: Set<Int> = []
        for (row, _, cell) in TableLayout.placed(table) where cell.rowSpan > 1 {
            for inner in (row + 1)..<min(row + cell.rowSpan, table.rows.count) { covered.insert(inner) }
        }
        return Set(0..<table.rows.count).subtracting(covered)
    }

    /// The first anchor in a group (a heading's, or a caption's): where the group's page is
    /// read from the laid-out PDF.
    public static func firstAnchor(_ blocks: [Block]) -> String? {
        for block in blocks {
            switch block {
            case .heading(let heading): return heading.anchor
            case .table(let table): if let anchor = table.caption?.anchor { return anchor }
            case .chart(let chart): if let anchor = chart.caption.anchor { return anchor }
            case .figure(let figure): if let anchor = figure.caption?.anchor { return anchor }
            case .orgChart(let chart): if let anchor = chart.caption?.anchor { return anchor }
            default: continue
            }
        }
        return nil
    }

    static func endsWithColon(_ paragraph: Paragraph) -> Bool {
        paragraph.content.plainText.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }

    static func isShortTitle(_ paragraph: Paragraph) -> Bool { isBoldTitle(paragraph) }

    /// A short paragraph set all in bold: a title line over what follows.
    public static func isBoldTitle(_ paragraph: Paragraph) -> Bool {
        paragraph.content.plainText.count < 160 && paragraph.content.allSatisfy {
            if case .text(_, let marks) = $0 { return marks.contains(.bold) }
            return true
        }
    }

    /// Rough lines of a body paragraph at 11 pt on a 14 cm line (about 80 characters).
    static func lineEstimate(_ paragraph: Paragraph) -> Int {
        max(1, paragraph.content.plainText.count / 80 + 1)
    }
}
