import Foundation
import LKjIPDocument
import LKjIPDocx

/// The checks that read the laid-out pages.
extension LayoutCheck {
    // MARK: - Words

    /// Every word of the document's table cells and text, for telling a broken word from two words.
    static func words(_ document: Document) -> (cells: Set<String>, all: Set<String>) {
        var cells: Set<String> = [], all: Set<String> = []
        func add(_ content: [Inline], cell: Bool) {
            for word in content.plainText.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }) {
                all.insert(String(word))
                if cell { cells.insert(String(word)) }
            }
        }
        func visit(_ blocks: [Block], cell: Bool) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): add(paragraph.content, cell: cell)
                case .heading(let heading): add(heading.displayContent, cell: cell)
                case .list(let list): for item in list.items { visit(item, cell: cell) }
                case .table(let table): for row in table.rows { for item in row.cells { visit(item.blocks, cell: true) } }
                case .keepTogether(let inner): visit(inner, cell: cell)
                default: continue
                }
            }
        }
        for section in document.sections { visit(section.blocks, cell: false) }
        return (cells, all)
    }

    /// A word of a table cell that LibreOffice split over two lines of the same block:
    /// neither piece is a word of the document, both together are.
    static func brokenWords(_ pages: [Page], document: Document) -> [Finding] {
        let (cells, all) = words(document)
        var findings: [Finding] = []
        for (index, page) in pages.enumerated() {
            for block in page.blocks {
                for (lineIndex, line) in block.enumerated() where lineIndex + 1 < block.count {
                    guard let last = line.last?.text, let next = block[lineIndex + 1].first?.text else { continue }
                    if last.hasSuffix("-") || last.hasSuffix("/") { continue }
                    // A word may run over three lines of a narrow cell ("Pema" / "syaraka" / "tan").
                    var pieces = [last, next]
                    if block[lineIndex + 1].count == 1, lineIndex + 2 < block.count, let third = block[lineIndex + 2].first?.text, !cells.contains(last + next) {
                        pieces.append(third)
                    }
                    let joined = pieces.joined()
                    if cells.contains(joined) && !pieces.allSatisfy(all.contains) {
                        findings.append(Finding(page: index + 1, kind: .brokenWord, message: "\"\(joined)\" is broken into \(pieces.map { "\"\($0)\"" }.joined(separator: " / "))"))
                    }
                }
            }
        }
        return findings
    }

    // MARK: - Signatures and headings

    static func signatureWords(_ block: SignatureBlock) -> Set<String> {
        var texts = [block.placeAndDate ?? "", block.electronic?.note ?? ""]
        for side in [block.left, block.right].compactMap({ $0 }) {
            texts += side.roleLines + [side.name, side.rank ?? "", side.identifier ?? ""]
        }
        return Set(texts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init) })
    }

    /// A signature block with (almost) nothing else on its page: at most two words that are
    /// not its own. Found on the page of its bookmark; a block without one (a PDF made
    /// elsewhere) is looked for on every page.
    static func lonelySignatures(_ pages: [Page], document: Document, physical: [String: Int]) -> [(finding: Finding, anchor: String?)] {
        var result: [(Finding, String?)] = []
        var unplaced: Set<String> = []
        func lonely(_ page: Page, _ words: Set<String>) -> Bool {
            let texts = body(page).map(\.text)
            guard texts.count >= 3, texts.contains(where: { $0.hasPrefix("NIP") }) else { return false }
            return texts.filter { !words.contains($0) }.count <= 2
        }
        for section in document.sections {
            for case .signature(let block) in flattened(section.blocks) {
                let words = signatureWords(block)
                guard let number = page(block.anchor, physical), number >= 1, number <= pages.count else {
                    unplaced.formUnion(words)
                    continue
                }
                if lonely(pages[number - 1], words) {
                    let who = [block.left?.name, block.right?.name].compactMap { $0 }.joined(separator: ", ")
                    result.append((Finding(page: number, kind: .lonelySignature, message: "the signature block (\(who)) stands alone on the page, apart from what it signs"), block.anchor))
                }
            }
        }
        if !unplaced.isEmpty {
            for (index, page) in pages.enumerated() where lonely(page, unplaced) {
                result.append((Finding(page: index + 1, kind: .lonelySignature, message: "a signature block stands alone on the page, apart from what it signs"), nil))
            }
        }
        return result
    }

    /// A heading that is the last text of its page: what it heads starts on the next page.
    /// The heading is found as the lowest line that starts it (a heading may wrap), then
    /// the lines that complete it; nothing below them (but the page number) means it is alone.
    static func lonelyHeadings(_ pages: [Page], document: Document, physical: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        for section in document.sections {
            let blocks = flattened(section.blocks)
            for (index, block) in blocks.enumerated() where index + 1 < blocks.count {
                guard case .heading(let heading) = block, let number = page(heading.anchor, physical), number >= 1, number <= pages.count else { continue }
                let page = pages[number - 1]
                let lines = page.lines.filter { !$0.isEmpty && $0[0].yMin < page.height * 0.9 }.sorted { $0[0].yMin < $1[0].yMin }
                let title = compact(heading.displayContent.plainText)
                guard !title.isEmpty, let start = lines.lastIndex(where: { line in
                    let text = compact(line.map(\.text).joined())
                    return !text.isEmpty && title.hasPrefix(text)
                }) else { continue }
                var covered = ""
                var end = start
                while end < lines.count {
                    covered += compact(lines[end].map(\.text).joined())
                    if covered.count >= title.count { break }
                    end += 1
                }
                guard covered.hasPrefix(title) || title.hasPrefix(covered) else { continue }
                let bottom = lines[min(end, lines.count - 1)].map(\.yMax).max() ?? 0
                if !lines.contains(where: { ($0.map(\.yMin).min() ?? 0) > bottom + 0.5 }) {
                    findings.append(Finding(page: number, kind: .lonelyHeading, message: "\"\(normalized(heading.displayContent.plainText).prefix(60))\" ends the page; what it heads starts on the next"))
                }
            }
        }
        return findings
    }

    // MARK: - Pages

    /// Below this share of the text area (about six lines of body text) a page is nearly empty.
    static let minimumFill = 0.15

    /// A blank page, or one whose text fills less than `minimumFill` of the text area, is only right
    /// before a new chapter, before a page the template breaks to on purpose, or before a
    /// section that restarts its numbering. Before a landscape section (or after one) it is
    /// a fault like anywhere else.
    static func emptyPages(_ pages: [Page], document: Document, physical: [String: Int]) -> [Finding] {
        var starts: Set<Int> = []
        for (index, section) in document.sections.enumerated() where section.restartNumbering || section.pageNumbering == .none {
            if let page = physical[DocxBookmarks.section(index)] { starts.insert(page) }
        }
        for section in document.sections {
            for case .heading(let heading) in flattened(section.blocks) where heading.level == 1 {
                if let page = page(heading.anchor, physical) { starts.insert(page) }
            }
        }
        for (name, page) in physical where name.hasPrefix(DocxBookmarks.pageBreakPrefix) { starts.insert(page) }
        var findings: [Finding] = []
        for (index, page) in pages.enumerated() where index + 1 < pages.count {
            let words = body(page)
            let number = index + 1
            if words.isEmpty {
                findings.append(Finding(page: number, kind: .emptyPage, message: "the page is blank"))
                continue
            }
            let top = document.page.top
            let textHeight = max(page.height - document.page.top - document.page.bottom, 1)
            let bottom = words.map(\.yMax).max() ?? 0
            let filled = (bottom - top) / textHeight
            if filled < minimumFill && !starts.contains(number + 1) {
                let landscape = pages[number].isLandscape != page.isLandscape ? " before a change of orientation" : ""
                findings.append(Finding(page: number, kind: .emptyPage, message: "the page is nearly empty (\(words.count) words, \(Int((filled * 100).rounded()))% of the text area)\(landscape) and no chapter starts after it"))
            }
        }
        return findings
    }

    // MARK: - Tables and charts

    /// A row as it appears in extracted text: its first cell of at least six characters (the
    /// indicator or sasaran a row is about, rarely repeated; a "1." or "-" says nothing), else
    /// its longest, without spaces, at most 24 characters (short enough to sit in one text
    /// block of the PDF).
    static func rowKey(_ row: TableRow) -> String {
        let texts = row.cells.map { cell in
            compact(cell.blocks.compactMap { block -> String? in
                if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
                return nil
            }.joined())
        }
        return String((texts.first { $0.count >= 6 } ?? texts.max { $0.count < $1.count } ?? "").prefix(24))
    }

    /// For every captioned table: the caption on the page of its first rows
    /// (`detachedCaption`), at least three body rows (or all) before the table leaves the page
    /// (`shortTableStart`), a table kept whole ending on its first page (`splitTable`), and
    /// every header cell printed in full on the first page and the next (`clippedHeader`).
    static func tables(_ pages: [Page], document: Document, physical: [String: Int]) -> [Finding] {
        let texts = pages.map { compact($0.words.map(\.text).joined()) }
        var findings: [Finding] = []
        for section in document.sections {
            for case .table(let table) in flattened(section.blocks) {
                guard let caption = table.caption, let number = page(caption.anchor, physical), number >= 1, number <= pages.count else { continue }
                let name = "\"\(caption.full.prefix(60))\""
                let here = texts[number - 1]
                let body = Array(table.rows.dropFirst(table.headerRowCount)).map(rowKey)
                guard let first = body.first(where: { !$0.isEmpty }) else { continue }
                guard here.contains(first) else {
                    findings.append(Finding(page: number, kind: .detachedCaption, message: "\(name) is not on the page of its table"))
                    continue
                }
                // The body rows the table starts with on this page (text is extracted column
                // by column, so each row is looked for on the whole page).
                var found = 0
                for key in body {
                    guard key.isEmpty || here.contains(key) else { break }
                    found += 1
                }
                let continues = found < body.count
                // "At the foot": the caption stands in the lower half of the page (a table
                // whose rows are each a third of a page may start with two at the top).
                let captionWords = normalized(caption.full).split(separator: " ").prefix(2).map(String.init)
                let captionTop = pages[number - 1].lines.first { line in line.map(\.text).starts(with: captionWords) }?.first?.yMin ?? 0
                if continues && found < min(3, body.count) && captionTop > pages[number - 1].height * 0.5 {
                    findings.append(Finding(page: number, kind: .shortTableStart, message: "\(name) starts with \(found) of its \(body.count) rows at the foot of the page"))
                }
                if continues && table.keepTogether {
                    findings.append(Finding(page: number, kind: .splitTable, message: "\(name) (\(table.rows.count) rows) is kept whole but continues on the next page"))
                }
                // Every word of every header cell is printed on the first page and, when the
                // table goes on, on the next (where the header repeats). A word may be broken
                // after a hyphen ("LAKI-" / "LAKI"), so the pieces are looked for.
                var checked = [number]
                if continues && number < pages.count && table.headerRowCount > 0 { checked.append(number + 1) }
                for row in table.rows.prefix(table.headerRowCount) {
                    for cell in row.cells {
                        let text = normalized(cell.blocks.compactMap { block -> String? in
                            if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
                            return nil
                        }.joined(separator: " "))
                        let pieces = text.split(separator: " ").flatMap { word in
                            word.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
                        }
                        for shown in checked {
                            let words = pages[shown - 1].words.map(\.text)
                            if let missing = pieces.first(where: { piece in !words.contains { $0.contains(piece) } }) {
                                findings.append(Finding(page: shown, kind: .clippedHeader, message: "header cell \"\(text.prefix(40))\" of \(name) is not printed in full (\"\(missing)\" is cut)"))
                            }
                        }
                    }
                }
            }
        }
        return findings
    }

    /// A table whose last one or two rows spilled onto a page holding nothing else (after the
    /// repeated header): the page is as good as empty, whatever share of it the rows fill.
    static func spilledTables(_ pages: [Page], document: Document, physical: [String: Int]) -> [(finding: Finding, anchor: String)] {
        let texts = pages.map { compact($0.words.map(\.text).joined()) }
        var result: [(Finding, String)] = []
        for section in document.sections {
            for case .table(let table) in flattened(section.blocks) {
                guard let caption = table.caption, let anchor = caption.anchor, let start = page(anchor, physical), start >= 1, start < pages.count else { continue }
                let body = Array(table.rows.dropFirst(table.headerRowCount))
                guard body.count > 2, let lastKey = body.last.map(rowKey), !lastKey.isEmpty else { continue }
                guard let end = ((start + 1)...min(start + 6, pages.count)).last(where: { texts[$0 - 1].contains(lastKey) }) else { continue }
                let onPage = body.suffix(3).map(rowKey).filter { !$0.isEmpty && texts[end - 1].contains($0) }
                guard onPage.count <= 2, !texts[end - 1].contains(rowKey(body[body.count - 3])) else { continue }
                // Nothing else: the page's text is the repeated header and those rows.
                let header = table.rows.prefix(table.headerRowCount).map { row in row.cells.map { cell in compact(cell.blocks.compactMap { block -> String? in
                    if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
                    return nil
                }.joined()) }.joined() }.joined()
                let rows = body.suffix(onPage.count).map { row in row.cells.map { cell in compact(cell.blocks.compactMap { block -> String? in
                    if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
                    return nil
                }.joined()) }.joined() }.joined()
                guard Double(texts[end - 1].count) <= Double(header.count + rows.count) * 1.1 + 12 else { continue }
                result.append((Finding(page: end, kind: .emptyPage, message: "the page holds only the last \(onPage.count == 1 ? "row" : "\(onPage.count) rows") of \"\(caption.full.prefix(60))\""), anchor))
            }
        }
        return result
    }

    /// A cell spanning rows (a sasaran over its indicators) that begins at the foot of a page
    /// while its text stands on the next: LibreOffice moves a merged cell's text to where it
    /// fits, so the first rows stand beside an empty cell (`splitSpan`). With the table's
    /// caption anchor and the row the span starts at, for the repair (a break before it).
    static func splitSpans(_ pages: [Page], document: Document, physical: [String: Int]) -> [(finding: Finding, anchor: String, row: Int)] {
        let texts = pages.map { compact($0.words.map(\.text).joined()) }
        func text(_ cell: TableCell) -> String {
            compact(cell.blocks.compactMap { block -> String? in
                if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
                return nil
            }.joined())
        }
        var result: [(Finding, String, Int)] = []
        for section in document.sections {
            for case .table(let table) in flattened(section.blocks) {
                guard let caption = table.caption, let anchor = caption.anchor, let start = page(anchor, physical), start >= 1, start <= pages.count else { continue }
                var from = start
                for (index, row) in table.rows.enumerated() where index >= table.headerRowCount {
                    guard let span = row.cells.first(where: { $0.rowSpan > 1 }) else { continue }
                    let spanKey = String(text(span).prefix(24))
                    guard spanKey.count >= 6, let rowKey = row.cells.filter({ $0.rowSpan == 1 }).map(text).first(where: { $0.count >= 6 }).map({ String($0.prefix(24)) }),
                          let rowPage = (from...min(start + 40, pages.count)).first(where: { texts[$0 - 1].contains(rowKey) }) else { continue }
                    from = rowPage
                    guard !texts[rowPage - 1].contains(spanKey), rowPage < pages.count, texts[rowPage].contains(spanKey) else { continue }
                    let name = normalized(span.blocks.compactMap { block -> String? in
                        if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
                        return nil
                    }.joined(separator: " ")).prefix(50)
                    result.append((Finding(page: rowPage, kind: .splitSpan, message: "\"\(name)\" of \"\(caption.full.prefix(60))\" begins at the foot of the page but its text is printed on the next"), anchor, index))
                }
            }
        }
        return result
    }

    /// The key under a chart (the names of its numbered categories) on the chart's page.
    static func chartKeys(_ pages: [Page], document: Document, physical: [String: Int]) -> [Finding] {
        let texts = pages.map { compact($0.words.map(\.text).joined()) }
        var findings: [Finding] = []
        for section in document.sections {
            for case .chart(let chart) in flattened(section.blocks) where !chart.key.isEmpty {
                guard let number = page(chart.caption.anchor, physical), number >= 1, number <= pages.count else { continue }
                let missing = chart.key.filter { !texts[number - 1].contains(String(compact($0).prefix(24))) }
                if !missing.isEmpty {
                    findings.append(Finding(page: number, kind: .detachedKey, message: "\(missing.count) of the \(chart.key.count) lines of the key of \"\(chart.caption.full.prefix(60))\" are not on the chart's page"))
                }
            }
        }
        return findings
    }
}
