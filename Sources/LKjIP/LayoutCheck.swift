import Foundation
import LKjIPDocument
import LKjIPDocx
import LKjIPLayout

/// `lkjip lint` (and every `build` that lays the document out): what an officer would fix by
/// hand before signing, with the page it is on. Two sources: the PDF LibreOffice laid out,
/// read back with poppler's `pdftotext -bbox-layout` (pages, lines, words and where they
/// stand), and the document model with the physical page of every bookmark (headings,
/// captions, signatures), so each finding names its page.
public enum LayoutCheck {
    public struct Finding: Equatable, CustomStringConvertible, Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            // Read from the pages.
            case brokenWord, lonelySignature, lonelyHeading, emptyPage, splitTable, detachedCaption, shortTableStart, clippedHeader, detachedKey, splitSpan
            // Read from the document model, placed on the page of their anchor.
            case emptyPart, letteringGap, headingInTable, emptyChart, chartAxis, orgChartText
        }
        public var page: Int
        public var kind: Kind
        public var message: String
        public var description: String { "page \(page): \(kind.rawValue): \(message)" }

        public init(page: Int, kind: Kind, message: String) {
            self.page = page
            self.kind = kind
            self.message = message
        }
    }

    /// A page of the PDF: its size and text blocks, each a list of lines of words.
    struct Page {
        var width: Double
        var height: Double
        var blocks: [[[Word]]]
        var words: [Word] { blocks.flatMap { $0.flatMap { $0 } } }
        var lines: [[Word]] { blocks.flatMap { $0 } }
        var isLandscape: Bool { width > height }
    }

    struct Word {
        var text: String
        var xMin: Double
        var yMin: Double
        var yMax: Double
    }

    public static func check(pdf: URL, document: Document, physical: [String: Int]) throws -> [Finding] {
        check(try read(pdf), document: document, physical: physical)
    }

    /// The findings on pages already read (`PDFText`), so that one reading of a layout
    /// serves the repairs and the check.
    static func check(_ pages: [Page], document: Document, physical: [String: Int]) -> [Finding] {
        var findings: [Finding] = []
        findings += brokenWords(pages, document: document)
        findings += lonelySignatures(pages, document: document, physical: physical).map(\.finding)
        findings += lonelyHeadings(pages, document: document, physical: physical)
        findings += emptyPages(pages, document: document, physical: physical)
        findings += tables(pages, document: document, physical: physical)
        let empty = Set(findings.filter { $0.kind == .emptyPage }.map(\.page))
        findings += spilledTables(pages, document: document, physical: physical).map(\.finding).filter { !empty.contains($0.page) }
        findings += chartKeys(pages, document: document, physical: physical)
        findings += splitSpans(pages, document: document, physical: physical).map(\.finding)
        findings += model(document, physical: physical)
        return findings.sorted { ($0.page, $0.kind.rawValue, $0.message) < ($1.page, $1.kind.rawValue, $1.message) }
    }

    /// What the layout pass changes after a look at the pages: the kept groups that left the
    /// page before them nearly blank (released, so their table may split), the signatures
    /// left alone on a page (their table's last rows are moved to them), and the tables whose
    /// last rows spilled onto a nearly empty page (set at the smallest size, to fit).
    public struct Repairs: Equatable, Sendable {
        public var pushedGroups: Set<String> = []
        public var lonelySignatures: Set<String> = []
        public var spilledTables: Set<String> = []
        /// Sections whose last paragraph left its last lines alone on the page before the
        /// next section (the paragraph is then kept whole).
        public var spilledSections: Set<Int> = []
        /// Tables (by caption anchor) and the rows where a spanning cell began at the foot of
        /// a page with its text on the next: the table breaks before those rows.
        public var splitSpans: [String: Set<Int>] = [:]
        public var isEmpty: Bool { pushedGroups.isEmpty && lonelySignatures.isEmpty && spilledTables.isEmpty && spilledSections.isEmpty && splitSpans.isEmpty }

        /// What is repaired, in words, for the note the build prints.
        public var summary: String {
            func count(_ number: Int, _ one: String, _ many: String) -> String? { number == 0 ? nil : "\(number) \(number == 1 ? one : many)" }
            return [count(pushedGroups.count, "kept group released", "kept groups released"),
                    count(lonelySignatures.count, "signature given rows to sign", "signatures given rows to sign"),
                    count(spilledTables.count, "table tightened", "tables tightened"),
                    count(spilledSections.count, "section end kept whole", "section ends kept whole"),
                    count(splitSpans.values.map(\.count).reduce(0, +), "sasaran moved to the page of its name", "sasaran moved to the pages of their names")].compactMap { $0 }.joined(separator: ", ")
        }

        /// Makes the changes; returns whether the document changed (and must be laid out again).
        public func apply(to document: inout Document) -> Bool {
            let released = Keeps.release(pushedGroups, in: &document)
            let moved = Keeps.moveSignedRows(lonelySignatures, in: &document)
            let tightened = DocumentLayout.tighten(spilledTables, in: &document)
            let whole = Keeps.keepLastParagraphWhole(spilledSections, in: &document)
            let spans = Keeps.breakBeforeRows(splitSpans, in: &document)
            return released || moved || tightened || whole || spans
        }
    }

    public static func repairs(pdf: URL, document: Document, physical: [String: Int]) throws -> Repairs {
        repairs(try read(pdf), document: document, physical: physical)
    }

    static func repairs(_ pages: [Page], document: Document, physical: [String: Int]) -> Repairs {
        var repairs = Repairs()
        repairs.lonelySignatures = Set(lonelySignatures(pages, document: document, physical: physical).compactMap(\.anchor))
        repairs.spilledTables = Set(spilledTables(pages, document: document, physical: physical).map(\.anchor))
        for split in splitSpans(pages, document: document, physical: physical) { repairs.splitSpans[split.anchor, default: []].insert(split.row) }
        let empty = Set(emptyPages(pages, document: document, physical: physical).map(\.page))
        guard !empty.isEmpty else { return repairs }
        // A nearly empty page right before a section: the end of that section's last paragraph.
        for index in document.sections.indices.dropFirst() {
            if let start = physical[DocxBookmarks.section(index)], empty.contains(start - 1), case .paragraph? = document.sections[index - 1].blocks.last {
                repairs.spilledSections.insert(index - 1)
            }
        }
        // A nearly empty page holding the last row of a table that started on an earlier page.
        let words = pages.map { compact($0.words.map(\.text).joined()) }
        for section in document.sections {
            for case .table(let table) in flattened(section.blocks) {
                guard let anchor = table.caption?.anchor, let start = page(anchor, physical), let last = table.rows.last.map(rowKey), !last.isEmpty else { continue }
                if empty.contains(where: { $0 > start && $0 <= start + 3 && $0 <= words.count && words[$0 - 1].contains(last) }) {
                    repairs.spilledTables.insert(anchor)
                }
            }
        }
        for section in document.sections {
            for block in section.blocks {
                guard case .keepTogether(let inner) = block, let anchor = Keeps.firstAnchor(inner),
                      let page = physical[DocxBookmarks.anchor(anchor)], empty.contains(page - 1) else { continue }
                repairs.pushedGroups.insert(anchor)
            }
        }
        return repairs
    }

    /// The page an anchor's bookmark landed on, when the layout pass measured it.
    static func page(_ anchor: String?, _ physical: [String: Int]) -> Int? {
        anchor.flatMap { physical[DocxBookmarks.anchor($0)] }
    }

    // MARK: - Reading the PDF

    static func read(_ pdf: URL) throws -> [Page] { try PDFText.read(pdf) }

    /// The words of a page without its page number (anything in the bottom tenth).
    static func body(_ page: Page) -> [Word] {
        page.words.filter { $0.yMin < page.height * 0.9 }
    }

    /// Text with every run of whitespace (and no-break space) as one space.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Text without any whitespace, so a phrase matches across line and cell breaks.
    static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{A0}" }.map(Character.init))
    }

    /// The blocks with every kept group opened, in reading order.
    static func flattened(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case .keepTogether(let inner) = block { return flattened(inner) }
            return [block]
        }
    }
}
