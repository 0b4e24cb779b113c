import Foundation
import LKjIPDocument
import LKjIPLayout

/// The checks that read the document model, each finding placed on the page of the nearest
/// anchor (the heading, caption or part it is about).
extension LayoutCheck {
    static func model(_ document: Document, physical: [String: Int]) -> [Finding] {
        // Parts run across the sections the layout pass made (a landscape table and its
        // heading): the document is read as one sequence of blocks.
        let blocks = document.sections.flatMap { flattened($0.blocks) }
        return emptyParts(blocks, physical: physical) + lettering(blocks, physical: physical)
            + nestedHeadings(blocks, physical: physical) + charts(blocks, physical: physical, font: FontMetrics.family(document.font))
    }

    /// The page of the last anchor at or before `index` (the part a finding is in).
    static func nearestPage(_ blocks: [Block], before index: Int, _ physical: [String: Int]) -> Int {
        for block in blocks[...min(index, blocks.count - 1)].reversed() {
            if let anchor = Keeps.firstAnchor([block]) ?? signatureAnchor(block), let number = page(anchor, physical) { return number }
        }
        return 1
    }

    static func signatureAnchor(_ block: Block) -> String? {
        if case .signature(let signature) = block { return signature.anchor }
        return nil
    }

    /// A heading (below a chapter) with nothing under it before the next heading of its level
    /// or higher: a title over an empty part.
    static func emptyParts(_ blocks: [Block], physical: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        for (index, block) in blocks.enumerated() {
            guard case .heading(let heading) = block, heading.level > 1 else { continue }
            var empty = true
            for next in blocks.dropFirst(index + 1) {
                if case .heading(let other) = next, other.level <= heading.level { break }
                if case .heading = next { continue }
                if case .pageBreak = next { continue }
                empty = false
                break
            }
            if empty {
                findings.append(Finding(page: page(heading.anchor, physical) ?? nearestPage(blocks, before: index, physical), kind: .emptyPart,
                                        message: "\"\(normalized(heading.displayContent.plainText).prefix(60))\" has nothing under it"))
            }
        }
        return findings
    }

    /// The label a heading or run-in title starts with ("B.", "e.", "12."), if any.
    static func label(_ text: String) -> (kind: HeadingNumbering, position: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let dot = trimmed.firstIndex(of: "."), trimmed.index(after: dot) < trimmed.endIndex, trimmed[trimmed.index(after: dot)] == " " else { return nil }
        let label = trimmed[..<dot]
        guard !label.isEmpty, label.count <= 3 else { return nil }
        if let number = Int(label) { return (.decimal, number) }
        guard label.count == 1, let scalar = label.unicodeScalars.first else { return nil }
        if ("A"..."Z").contains(scalar) { return (.upperLetter, Int(scalar.value) - 64) }
        if ("a"..."z").contains(scalar) { return (.lowerLetter, Int(scalar.value) - 96) }
        return nil
    }

    /// Sibling parts whose letters or numbers do not run on (a, b, e): a part was left out
    /// but the letters were typed. Headings count by level; a bold title paragraph kept with
    /// what follows ("a. Perbandingan …" typed as a paragraph) counts as a level below all
    /// headings. A heading restarts the count of every deeper level.
    static func lettering(_ blocks: [Block], physical: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        let runIn = Heading.deepest + 1
        var last: [Int: (kind: HeadingNumbering, position: Int)] = [:]
        for (index, block) in blocks.enumerated() {
            let level: Int, text: String
            switch block {
            case .heading(let heading):
                level = heading.level
                text = heading.displayContent.plainText
                for deeper in last.keys where deeper > level { last[deeper] = nil }
                if level == 1 { last = [:] }
            case .paragraph(let paragraph) where paragraph.keepWithNext && Keeps.isBoldTitle(paragraph):
                level = runIn
                text = paragraph.content.plainText
            default:
                continue
            }
            guard let found = label(text) else { continue }
            if let previous = last[level], previous.kind == found.kind, found.position != previous.position + 1 {
                findings.append(Finding(page: nearestPage(blocks, before: index, physical), kind: .letteringGap,
                                        message: "\"\(normalized(text).prefix(50))\" follows part \(previous.kind.label(previous.position)): the lettering jumps"))
            } else if last[level] == nil, found.position != 1 {
                findings.append(Finding(page: nearestPage(blocks, before: index, physical), kind: .letteringGap,
                                        message: "\"\(normalized(text).prefix(50))\" is the first part at its level but is not lettered \(found.kind.label(1))"))
            }
            last[level] = found
        }
        return findings
    }

    /// A heading inside a table cell: readers (pandoc, python-docx, the navigation pane) do not
    /// see it as a heading of the document.
    static func nestedHeadings(_ blocks: [Block], physical: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        func visit(_ inner: [Block], _ index: Int) {
            for block in inner {
                switch block {
                case .heading(let heading):
                    findings.append(Finding(page: page(heading.anchor, physical) ?? nearestPage(blocks, before: index, physical), kind: .headingInTable,
                                            message: "\"\(normalized(heading.displayContent.plainText).prefix(60))\" is a heading inside a table"))
                case .table(let table): for row in table.rows { for cell in row.cells { visit(cell.blocks, index) } }
                case .list(let list): for item in list.items { visit(item, index) }
                case .keepTogether(let group): visit(group, index)
                default: continue
                }
            }
        }
        for (index, block) in blocks.enumerated() {
            switch block {
            case .table(let table): for row in table.rows { for cell in row.cells { visit(cell.blocks, index) } }
            case .list(let list): for item in list.items { for inner in item { if case .table(let table) = inner { for row in table.rows { for cell in row.cells { visit(cell.blocks, index) } } } } }
            default: continue
            }
        }
        return findings
    }

    /// A chart whose measured series hold no value (only the target bars), a value outside
    /// its axis (a negative capaian with an axis from 0 draws no bar), and an organisation
    /// chart whose text does not fit its boxes or is smaller than 8 pt.
    static func charts(_ blocks: [Block], physical: [String: Int], font: FontMetrics = .arial) -> [Finding] {
        var findings: [Finding] = []
        for (index, block) in blocks.enumerated() {
            switch block {
            case .chart(let chart):
                let number = page(chart.caption.anchor, physical) ?? nearestPage(blocks, before: index, physical)
                let name = "\"\(chart.caption.full.prefix(60))\""
                let measured = chart.series.filter(\.measured)
                if !measured.isEmpty, measured.allSatisfy({ $0.values.allSatisfy { $0 == nil } }) {
                    findings.append(Finding(page: number, kind: .emptyChart, message: "\(name) has no realisasi to show"))
                }
                let values = chart.series.flatMap(\.values).compactMap { $0 }
                if let low = values.min(), low < chart.axis.minimum {
                    findings.append(Finding(page: number, kind: .chartAxis, message: "\(name): the value \(low) is below the axis, which starts at \(chart.axis.minimum); its bar is not drawn"))
                }
                if let high = values.max(), high > chart.axis.maximum {
                    findings.append(Finding(page: number, kind: .chartAxis, message: "\(name): the value \(high) is above the axis, which ends at \(chart.axis.maximum)"))
                }
            case .orgChart(let chart):
                guard let drawing = chart.drawing else { continue }
                let number = page(chart.caption?.anchor, physical) ?? nearestPage(blocks, before: index, physical)
                for problem in OrgChartLayout.problems(drawing, font: font) {
                    findings.append(Finding(page: number, kind: .orgChartText, message: problem))
                }
            default:
                continue
            }
        }
        return findings
    }
}
