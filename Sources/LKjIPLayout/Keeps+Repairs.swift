import LKjIPDocument

/// What the layout pass changes once it has seen the pages (`LayoutCheck.Repairs`).
extension Keeps {
    /// Unwraps the groups whose first anchor is in `anchors`, so their blocks flow (and their
    /// table may split) like any other; returns whether anything changed.
    @discardableResult
    public static func release(_ anchors: Set<String>, in document: inout Document) -> Bool {
        var changed = false
        for index in document.sections.indices {
            var blocks: [Block] = []
            for block in document.sections[index].blocks {
                if case .keepTogether(let inner) = block, let anchor = firstAnchor(inner), anchors.contains(anchor) {
                    blocks += inner.map { block in
                        guard case .table(var table) = block else { return block }
                        table.keepTogether = false
                        return .table(table)
                    }
                    changed = true
                } else {
                    blocks.append(block)
                }
            }
            document.sections[index].blocks = blocks
        }
        return changed
    }

    /// Moves the last rows of the table a lonely signature signs onto the signature's page.
    /// LibreOffice keeps a table's last rows with the next block only while the table has not
    /// split yet; a table already running over a page leaves the signature alone. Then the
    /// kept tail becomes a table of its own, with the header rows repeated as on any
    /// continued page, on a new page with the signature. Returns whether anything changed.
    @discardableResult
    public static func moveSignedRows(_ anchors: Set<String>, in document: inout Document) -> Bool {
        var changed = false
        for s in document.sections.indices {
            var blocks = document.sections[s].blocks
            var index = 0
            while index < blocks.count {
                defer { index += 1 }
                guard let anchor = signatureAnchor(blocks[index]), anchors.contains(anchor), index > 0 else { continue }
                // The signed table, alone or as the last member of a kept group (a short table
                // with the title above it, on a page too short for the signature as well).
                var group: [Block]?
                var signed: Table?
                switch blocks[index - 1] {
                case .table(let table): signed = table
                case .keepTogether(let inner):
                    if case .table(let table)? = inner.last { signed = table; group = Array(inner.dropLast()) }
                default: break
                }
                guard let table = signed, table.keepTrailingRows > 0 else { continue }
                // The kept rows, or, when they reach back to the first body row (a cell
                // spanning the whole body, as a Rencana Aksi's one sasaran over its
                // indicators), the last rows alone, the spanning cells continued on the
                // signature's page.
                var count = table.keepTrailingRows
                if table.rows.count - count <= table.headerRowCount {
                    count = min(LayoutSettings().trailingRows, table.rows.count - table.headerRowCount - 1)
                }
                guard count > 0 else { continue }
                let (headRows, tailRows) = split(table, at: table.rows.count - count)
                var head = table
                head.rows = headRows
                head.keepTrailingRows = 0
                head.keepTogether = false
                var tail = table
                tail.caption = nil
                tail.rows = Array(table.rows.prefix(table.headerRowCount)) + tailRows
                tail.keepTrailingRows = tail.rows.count
                tail.keepLeadingRows = 0
                tail.keepTogether = true
                let before: Block = group.map { .keepTogether($0 + [.table(head)]) } ?? .table(head)
                blocks.replaceSubrange((index - 1)...(index - 1), with: [before, .pageBreak, .table(tail)])
                index += 2
                changed = true
            }
            document.sections[s].blocks = blocks
        }
        return changed
    }

    /// The rows of `table` before and from row `at`. A cell spanning rows across the split is
    /// cut in two: the part above keeps the rows above, and the cell is continued, with its
    /// content, at the first row below (so a sasaran is named again on the next page).
    static func split(_ table: Table, at split: Int) -> (head: [TableRow], tail: [TableRow]) {
        var head = Array(table.rows[..<split])
        var tail = Array(table.rows[split...])
        guard !tail.isEmpty else { return (head, tail) }
        let placed = TableLayout.placed(table)
        var continued: [(column: Int, cell: TableCell)] = []
        for (row, column, cell) in placed where row < split && row + cell.rowSpan > split {
            // The cell's position among its row's cells: those placed left of it.
            let index = placed.filter { $0.row == row && $0.column < column }.count
            head[row].cells[index].rowSpan = split - row
            var rest = cell
            rest.rowSpan = row + cell.rowSpan - split
            continued.append((column, rest))
        }
        guard !continued.isEmpty else { return (head, tail) }
        let first = placed.filter { $0.row == split }
        var cells: [(column: Int, cell: TableCell)] = first.map { ($0.column, $0.cell) } + continued
        cells.sort { $0.column < $1.column }
        tail[0].cells = cells.map(\.cell)
        return (head, tail)
    }

    /// Keeps the last paragraph of each of `sections` whole (at most a third of a page of
    /// text, about 12 lines): its last lines no longer stand alone on a page before the next
    /// section (a change of orientation), the whole paragraph goes there instead.
    @discardableResult
    public static func keepLastParagraphWhole(_ sections: Set<Int>, in document: inout Document) -> Bool {
        var changed = false
        for index in sections where index < document.sections.count {
            guard case .paragraph(var paragraph)? = document.sections[index].blocks.last, !paragraph.keepLines, lineEstimate(paragraph) <= 12 else { continue }
            paragraph.keepLines = true
            document.sections[index].blocks[document.sections[index].blocks.count - 1] = .paragraph(paragraph)
            changed = true
        }
        return changed
    }

    /// The anchor of a signature block, or of the signature a kept group ends with.
    static func signatureAnchor(_ block: Block) -> String? {
        switch block {
        case .signature(let signature): return signature.anchor
        case .keepTogether(let inner): return inner.last.flatMap(signatureAnchor)
        default: return nil
        }
    }
}

extension Keeps {
    /// Breaks each table named in `rows` (by caption anchor) onto a new page before each of
    /// the given body rows: the rows a spanning cell (a sasaran) begins at when LibreOffice
    /// left them at the foot of a page with the cell's text on the next. The rows after a
    /// break form a table of their own with the header rows repeated; the signature keeps of
    /// the table stay with its last piece. Returns whether anything changed.
    @discardableResult
    public static func breakBeforeRows(_ rows: [String: Set<Int>], in document: inout Document) -> Bool {
        guard !rows.isEmpty else { return false }
        var changed = false
        func pieces(_ table: Table, at breaks: [Int]) -> [Block] {
            var result: [Block] = []
            var rest = table
            var offset = 0
            for row in breaks.sorted() {
                let at = row - offset
                guard at > rest.headerRowCount, at < rest.rows.count else { continue }
                let (head, tail) = split(rest, at: at)
                var first = rest
                first.rows = head
                first.keepTrailingRows = 0
                first.keepTogether = false
                result += [.table(first), .pageBreak]
                var next = rest
                next.caption = nil
                next.keepTogether = false
                next.rows = Array(rest.rows.prefix(rest.headerRowCount)) + tail
                offset += at - rest.headerRowCount
                rest = next
                changed = true
            }
            return result + [.table(rest)]
        }
        func visit(_ blocks: [Block]) -> [Block] {
            blocks.flatMap { block -> [Block] in
                switch block {
                case .table(let table):
                    guard let anchor = table.caption?.anchor, let breaks = rows[anchor] else { return [block] }
                    return pieces(table, at: Array(breaks))
                case .keepTogether(let inner):
                    return [.keepTogether(visit(inner))]
                default:
                    return [block]
                }
            }
        }
        for index in document.sections.indices {
            document.sections[index].blocks = visit(document.sections[index].blocks)
        }
        return changed
    }
}
