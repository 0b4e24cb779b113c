import Foundation
import LKjIPDocument
import LKjIPDocx
import LKjIPLayout

/// `lkjip lint`: reads the PDF LibreOffice laid out back with poppler's
/// `pdftotext -bbox-layout` and reports, with page numbers, what an officer would otherwise
/// fix by hand in Word: words broken inside table cells, signature blocks alone on a page,
/// blank or near-empty pages that are not a chapter or section end, tables the layout kept
/// whole that split anyway, and captions apart from their table.
public enum LayoutCheck {
    public struct Finding: Equatable, CustomStringConvertible, Sendable {
        public enum Kind: String, Sendable { case brokenWord, lonelySignature, emptyPage, splitTable, detachedCaption }
        public var page: Int
        public var kind: Kind
        public var message: String
        public var description: String { "page \(page): \(kind.rawValue): \(message)" }
    }

    /// A page of the PDF: its text blocks, each a list of lines of words.
    struct Page {
        var height: Double
        var blocks: [[[Word]]]
        var words: [Word] { blocks.flatMap { $0.flatMap { $0 } } }
    }

    struct Word {
        var text: String
        var yMin: Double
        var yMax: Double
    }

    public static func check(pdf: URL, document: Document, physical: [String: Int]) throws -> [Finding] {
        let pages = try read(pdf)
        var findings: [Finding] = []
        findings += brokenWords(pages, document: document)
        findings += lonelySignatures(pages, document: document)
        findings += emptyPages(pages, document: document, physical: physical)
        findings += splitTables(pages, document: document, physical: physical)
        return findings.sorted { ($0.page, $0.kind.rawValue) < ($1.page, $1.kind.rawValue) }
    }

    /// The kept groups that left the page before them nearly empty: a group kept whole
    /// (a short table with its caption, say) that did not fit the rest of a page moved on and
    /// left that page almost blank. The same rule as `emptyPages`, so a build that releases
    /// these groups (they may then split) passes `lkjip lint`.
    static func pushedGroups(pdf: URL, document: Document, physical: [String: Int]) throws -> Set<String> {
        let pages = try read(pdf)
        let empty = Set(emptyPages(pages, document: document, physical: physical).map(\.page))
        guard !empty.isEmpty else { return [] }
        var pushed: Set<String> = []
        for section in document.sections {
            for block in section.blocks {
                guard case .keepTogether(let inner) = block, let anchor = Keeps.firstAnchor(inner),
                      let page = physical[DocxBookmarks.anchor(anchor)], empty.contains(page - 1) else { continue }
                pushed.insert(anchor)
            }
        }
        return pushed
    }

    static func read(_ pdf: URL) throws -> [Page] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-bbox-layout", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw LKjIPError.usage("lint needs poppler's pdftotext: apt-get install -y poppler-utils") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var pages: [Page] = []
        var block: [[Word]] = []
        var line: [Word] = []
        for raw in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("<page ") {
                pages.append(Page(height: attribute("height", text) ?? 842, blocks: []))
            } else if text.hasPrefix("<word ") {
                guard let open = text.firstIndex(of: ">"), let close = text.range(of: "</word>", options: .backwards) else { continue }
                let content = unescape(String(text[text.index(after: open)..<close.lowerBound]))
                line.append(Word(text: content, yMin: attribute("yMin", text) ?? 0, yMax: attribute("yMax", text) ?? 0))
            } else if text.hasPrefix("</line>") {
                block.append(line)
                line = []
            } else if text.hasPrefix("</block>") {
                if !pages.isEmpty { pages[pages.count - 1].blocks.append(block) }
                block = []
            }
        }
        return pages
    }

    static func attribute(_ name: String, _ tag: String) -> Double? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<end])
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    // MARK: - What the model says

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
                    let joined = last + next
                    if cells.contains(joined) && !(all.contains(last) && all.contains(next)) {
                        findings.append(Finding(page: index + 1, kind: .brokenWord, message: "\"\(joined)\" is broken into \"\(last)\" / \"\(next)\""))
                    }
                }
            }
        }
        return findings
    }

    /// The words of the signature blocks; a page with nothing else is a lonely signature.
    static func lonelySignatures(_ pages: [Page], document: Document) -> [Finding] {
        var signatureWords: Set<String> = []
        for section in document.sections {
            // Signatures inside kept groups count too (the layout pass groups every one).
            for case .signature(let block) in flattened(section.blocks) {
                var texts = [block.placeAndDate ?? ""]
                for side in [block.left, block.right].compactMap({ $0 }) {
                    texts += side.roleLines + [side.name, side.rank ?? "", side.identifier ?? ""]
                }
                for text in texts { for word in text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) { signatureWords.insert(String(word)) } }
            }
        }
        var findings: [Finding] = []
        for (index, page) in pages.enumerated() {
            let words = body(page).map(\.text)
            guard words.count >= 3, words.contains(where: { $0.hasPrefix("NIP") }) else { continue }
            let foreign = words.filter { !signatureWords.contains($0) }.count
            if foreign <= 2 {
                findings.append(Finding(page: index + 1, kind: .lonelySignature, message: "a signature block stands alone on the page"))
            }
        }
        return findings
    }

    /// The blocks with every kept group opened, in reading order.
    static func flattened(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case .keepTogether(let inner) = block { return flattened(inner) }
            return [block]
        }
    }

    /// The words of a page without its page number (the last line near the bottom).
    static func body(_ page: Page) -> [Word] {
        page.words.filter { $0.yMin < page.height * 0.9 }
    }

    /// A page with (almost) nothing on it is only right before a new section or chapter.
    static func emptyPages(_ pages: [Page], document: Document, physical: [String: Int]) -> [Finding] {
        var starts: Set<Int> = []
        for index in document.sections.indices { if let page = physical[DocxBookmarks.section(index)] { starts.insert(page) } }
        for entry in document.contents {
            if case .heading(let level) = entry.kind, level == 1, let page = physical[DocxBookmarks.anchor(entry.anchor)] { starts.insert(page) }
        }
        var findings: [Finding] = []
        for (index, page) in pages.enumerated() where index + 1 < pages.count {
            let words = body(page)
            let number = index + 1
            if words.isEmpty {
                findings.append(Finding(page: number, kind: .emptyPage, message: "the page is blank"))
                continue
            }
            let bottom = words.map(\.yMax).max() ?? 0
            let top = words.map(\.yMin).min() ?? 0
            let filled = (bottom - top) / page.height
            if filled < 0.12 && !starts.contains(number + 1) {
                findings.append(Finding(page: number, kind: .emptyPage, message: "the page is nearly empty (\(words.count) words) and no section or chapter starts after it"))
            }
        }
        return findings
    }

    /// A captioned table kept whole by the layout whose caption, first row and last row are
    /// not all on one page; and any caption not on the page of its table's first row.
    static func splitTables(_ pages: [Page], document: Document, physical: [String: Int]) -> [Finding] {
        let texts = pages.map { page in normalized(page.words.map(\.text).joined(separator: " ")) }
        var findings: [Finding] = []
        func visit(_ blocks: [Block], grouped: Bool) {
            for block in blocks {
                if case .keepTogether(let inner) = block { visit(inner, grouped: true); continue }
                guard case .table(let table) = block, let caption = table.caption, let anchor = caption.anchor,
                      let page = physical[DocxBookmarks.anchor(anchor)], page >= 1, page <= pages.count else { continue }
                guard let first = table.rows.first.map(rowText), let last = table.rows.last.map(rowText), !first.isEmpty, !last.isEmpty else { continue }
                let here = texts[page - 1]
                if !here.contains(first) {
                    findings.append(Finding(page: page, kind: .detachedCaption, message: "\"\(caption.full.prefix(60))\" is not on the page of its table"))
                    continue
                }
                guard !here.contains(last) else { continue }
                // A table the layout kept whole must not split. One it let split (taller than
                // most of a page, or released because keeping it would have left the page
                // before it blank) may.
                if grouped {
                    findings.append(Finding(page: page, kind: .splitTable, message: "\"\(caption.full.prefix(60))\" (\(table.rows.count) rows) continues on the next page"))
                }
            }
        }
        for section in document.sections { visit(section.blocks, grouped: false) }
        return findings
    }


    /// The first words of a row's first non-empty cell, as they appear in extracted text.
    static func rowText(_ row: TableRow) -> String {
        for cell in row.cells {
            let text = cell.blocks.compactMap { block -> String? in
                if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
                return nil
            }.joined(separator: " ")
            let words = normalized(text).split(separator: " ").prefix(3)
            if !words.isEmpty { return words.joined(separator: " ") }
        }
        return ""
    }

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
