/// Assigns every anchor and caption number of a document once (after `DocumentOutline` has
/// left out the empty parts and numbered the headings), walking nested blocks too
/// (a table inside a list item, a heading in a cell), and records the contents entries. Both
/// writers only read the result, so DAFTAR ISI, DAFTAR TABEL and the captions agree.
///
/// Captions are numbered per chapter ("Tabel 3.2" is the second table after the heading
/// with `chapter: 3`); outside chapters (front matter, LAMPIRAN) plainly ("Tabel 5").
/// Anchors are ASCII, start with a letter, are at most 36 characters and unique, so they are
/// valid Word bookmark names and HTML ids as they are.
public enum DocumentNumbering {
    /// `captionWords` are the printed words before caption numbers ("Tabel"), by kind.
    public static func apply(_ document: inout Document, captionWords: [CaptionKind: String] = [:]) {
        DocumentOutline.apply(&document)
        var state = State()
        state.words = captionWords
        for s in document.sections.indices {
            document.sections[s].blocks = state.visit(document.sections[s].blocks)
        }
        document.contents = state.contents
    }

    struct State {
        var chapter: Int?
        var counters: [CaptionKind: Int] = [:]
        var plain: [CaptionKind: Int] = [:]
        var used: Set<String> = []
        var contents: [ContentsEntry] = []
        var signatures = 0
        var words: [CaptionKind: String] = [:]

        mutating func visit(_ blocks: [Block]) -> [Block] {
            var result: [Block] = []
            result.reserveCapacity(blocks.count)
            for block in blocks { result.append(visit(block)) }
            return result
        }

        mutating func visit(_ block: Block) -> Block {
            switch block {
            case .heading(var heading):
                if heading.level == 1 {
                    chapter = heading.chapter
                    counters = [:]
                }
                heading.anchor = unique(heading.anchor)
                if heading.inTableOfContents {
                    contents.append(ContentsEntry(kind: .heading(level: heading.level), text: heading.displayContent.plainText.replacingOccurrences(of: "\n", with: " "), anchor: heading.anchor))
                }
                return .heading(heading)
            case .table(var table):
                if let caption = table.caption { table.caption = number(caption) }
                for r in table.rows.indices {
                    for c in table.rows[r].cells.indices {
                        table.rows[r].cells[c].blocks = visit(table.rows[r].cells[c].blocks)
                    }
                }
                return .table(table)
            case .list(var list):
                var items: [[Block]] = []
                for item in list.items { items.append(visit(item)) }
                list.items = items
                return .list(list)
            case .chart(var chart):
                chart.caption = number(chart.caption)
                return .chart(chart)
            case .figure(var figure):
                if let caption = figure.caption { figure.caption = number(caption) }
                return .figure(figure)
            case .gallery(var gallery):
                for i in gallery.items.indices {
                    if let caption = gallery.items[i].caption { gallery.items[i].caption = number(caption) }
                }
                return .gallery(gallery)
            case .orgChart(var chart):
                if let caption = chart.caption { chart.caption = number(caption) }
                return .orgChart(chart)
            case .keepTogether(let blocks):
                return .keepTogether(visit(blocks))
            case .signature(var signature):
                signatures += 1
                signature.anchor = unique("ttd-\(signatures)")
                return .signature(signature)
            case .paragraph, .pageBreak, .contents:
                return block
            }
        }

        mutating func number(_ caption: Caption) -> Caption {
            var caption = caption
            caption.word = words[caption.kind]
            if let chapter {
                counters[caption.kind, default: 0] += 1
                caption.number = "\(chapter).\(counters[caption.kind]!)"
            } else {
                plain[caption.kind, default: 0] += 1
                caption.number = "\(plain[caption.kind]!)"
            }
            caption.anchor = unique("\(caption.kind.sequence.lowercased())-\(caption.number!.replacingOccurrences(of: ".", with: "-"))")
            contents.append(ContentsEntry(kind: .caption(caption.kind), text: caption.full, anchor: caption.anchor!))
            return caption
        }

        mutating func unique(_ raw: String) -> String {
            var base = ""
            for scalar in raw.lowercased().unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { base.unicodeScalars.append(scalar) }
                else if !base.isEmpty, base.last != "-" { base.append("-") }
            }
            while base.hasSuffix("-") { base.removeLast() }
            if base.isEmpty || !(base.first?.isLetter ?? false) { base = "h-" + base }
            base = String(base.prefix(32))
            var anchor = base
            var suffix = 2
            while used.contains(anchor) { anchor = "\(base)-\(suffix)"; suffix += 1 }
            used.insert(anchor)
            return anchor
        }
    }
}
