import LKjIPDocument

/// Writes `word/document.xml` from the model. Blocks are written with a `Scope` (the width
/// and text colour of where they stand), and what other parts must know about (lists,
/// images, charts) goes into the `PartRegistry`.
struct BodyWriter {
    var out = XMLBuffer()
    /// A page break waiting for the next paragraph, which gets `pageBreakBefore`: a break
    /// paragraph of its own would land on a new page when the page before is exactly full,
    /// and leave that page blank.
    var pendingPageBreak = false
    /// A table was just closed. Word needs a paragraph between two tables (or merges them),
    /// and the empty line is the gap after a table; it is left out before a page break, where
    /// it would be the only thing on an otherwise blank page when the table ends at the foot
    /// of a page.
    var pendingSeparator = false
    /// The table just closed keeps with what follows (its last rows go with a signature, or
    /// it is not the last block of a kept group): the separator keeps with the next too.
    var pendingSeparatorKeeps = false
    static let separator = "<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:p>"
    /// The spacing and run size of an empty paragraph that only carries structure (a section
    /// break, the paragraph Word needs after a table at a section's end): one point high.
    static let hairline = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr>"
    static let keptSeparator = "<w:p><w:pPr><w:keepNext/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:p>"
    let registry: PartRegistry
    let document: Document
    let options: DocxOptions

    /// What changes with nesting: the width available (twips), the text colour inside dark
    /// cells, the font size of table text, the list level and indentation, and whether what
    /// is written keeps with the next block (a member of a kept group that is not its last).
    struct Scope {
        var textWidth: Int
        var runColor: String?
        var fontSize: Double?
        var listLevel = 0
        var indent = 0
        var inCell = false
        var keepNext = false
    }

    static let namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""

    init(document: Document, registry: PartRegistry, options: DocxOptions) {
        self.document = document
        self.registry = registry
        self.options = options
    }

    mutating func write() throws -> [UInt8] {
        out = XMLBuffer(capacity: 1 << 21)
        out += XMLText.declaration + "<w:document \(Self.namespaces)><w:body>"
        var numbered = false
        for (index, section) in document.sections.enumerated() {
            let scope = Scope(textWidth: Units.twips(document.page.textWidth(section.orientation)))
            // The section is written into a buffer of its own so that its first paragraph can
            // be found and marked without searching (or shifting) the whole document.
            var before = XMLBuffer()
            swap(&before, &out)
            // A section that opens with a table gets an empty, hairline paragraph first:
            // LibreOffice does not apply a new page size (landscape back to portrait) to a
            // page that starts inside a table, and the section's bookmark needs a paragraph.
            if let first = section.blocks.first, Self.startsWithTable(first) {
                out += "<w:p><w:pPr>\(Self.hairline)</w:pPr></w:p>"
            }
            for block in section.blocks { try write(block, scope) }
            pendingPageBreak = false
            // A section break paragraph right after a table loses its section properties in
            // LibreOffice (the next pages keep the table's orientation): the separator stays,
            // a hairline, so that a table filling its page does not push it (and the section
            // break after it) onto a blank page of their own.
            if pendingSeparator {
                pendingSeparator = false
                out += "<w:p><w:pPr>\(Self.hairline)</w:pPr></w:p>"
            }
            markSectionStart(index)
            swap(&before, &out)
            out.append(before)
            numbered = numbered || section.pageNumbering != .none
            var properties = sectionProperties(section, afterNumbered: numbered)
            if let reference = options.reference {
                // The reference's header rules: none on the cover, its first-page kop on the
                // first page after the cover, its default header on every other page.
                let firstBody = document.sections.firstIndex { $0.pageNumbering != .none } == index
                let rules = reference.sectionHeaders(cover: section.pageNumbering == .none, firstBody: firstBody)
                properties.headers = rules.headers
                if rules.titlePage {
                    properties.titlePage = true
                    // The first page keeps the page number of the section.
                    if let footer = properties.footers.first { properties.footers.append(("first", footer.id)) }
                }
            }
            if index < document.sections.count - 1 {
                out += "<w:p><w:pPr>\(Self.hairline)\(properties.xml)</w:pPr></w:p>"
            } else {
                out += properties.xml
            }
        }
        if document.sections.isEmpty { out += sectionProperties(Section(), afterNumbered: false).xml }
        out += "</w:body></w:document>"
        return out.bytes
    }

    /// A bookmark in the first paragraph of every section lets a layout pass find the page
    /// the section starts on, from which page numbers restart. (A bookmark between
    /// paragraphs is attached to the paragraph before by some readers, a page too early.)
    mutating func markSectionStart(_ index: Int) {
        let id = registry.nextBookmarkId()
        let mark = "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(DocxBookmarks.section(index))\"/><w:bookmarkEnd w:id=\"\(id)\"/>"
        guard let paragraph = out.firstOffset(of: "<w:p>") else { return }
        var insertion = paragraph + 5
        if out.firstOffset(of: "<w:pPr>", from: insertion) == insertion, let end = out.firstOffset(of: "</w:pPr>", from: insertion) {
            insertion = end + 8
        }
        out.insert(mark, at: insertion)
    }

    func sectionProperties(_ section: Section, afterNumbered: Bool) -> SectionProperties {
        let page = document.page
        let portrait = section.orientation == .portrait
        var properties = SectionProperties(
            pageWidth: Units.twips(portrait ? page.width : page.height), pageHeight: Units.twips(portrait ? page.height : page.width),
            landscape: !portrait, marginTop: Units.twips(page.top), marginRight: Units.twips(page.right),
            marginBottom: Units.twips(page.bottom), marginLeft: Units.twips(page.left))
        switch section.pageNumbering {
        case .none:
            if afterNumbered { properties.footers = [("default", "rIdFooterEmpty")] }
        case .lowerRoman:
            properties.footers = [("default", "rIdFooterPage")]
            properties.pageNumberFormat = "lowerRoman"
        case .decimal:
            properties.footers = [("default", "rIdFooterPage")]
            properties.pageNumberFormat = "decimal"
        }
        properties.restartNumbering = section.restartNumbering
        return properties
    }

    static func startsWithTable(_ block: Block) -> Bool {
        switch block {
        case .heading, .paragraph, .list, .pageBreak, .contents, .figure, .chart, .orgChart: return false
        case .keepTogether(let blocks): return blocks.first.map(startsWithTable) ?? false
        case .table, .signature, .gallery: return true
        }
    }

    /// Ends a table; the separator paragraph follows with the next block, if any.
    mutating func closeTable(keepsWithNext: Bool = false) {
        out += "</w:tbl>"
        pendingSeparator = true
        pendingSeparatorKeeps = keepsWithNext
    }

    mutating func flushSeparator() {
        guard pendingSeparator else { return }
        pendingSeparator = false
        if !pendingPageBreak { out += pendingSeparatorKeeps ? Self.keptSeparator : Self.separator }
    }

    mutating func write(_ block: Block, _ scope: Scope) throws {
        if case .pageBreak = block {} else { flushSeparator() }
        switch block {
        case .heading, .paragraph, .pageBreak:
            break
        default:
            if pendingPageBreak {
                out += "<w:p><w:pPr><w:pageBreakBefore/>\(Self.hairline)</w:pPr>\(takePageBreak())</w:p>"
            }
        }
        switch block {
        case .heading(let heading):
            var pPr = ParagraphProperties()
            pPr.pageBreakBefore = pendingPageBreak
            let mark = takePageBreak()
            pPr.style = heading.inTableOfContents ? "Heading\(heading.level)" : "HeadingNoToc"
            pPr.justification = Self.justification(heading.alignment)
            let id = registry.nextBookmarkId()
            out += "<w:p>\(pPr.xml)\(mark)<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(PartRegistry.bookmark(heading.anchor))\"/>\(try runs(heading.displayContent, scope))<w:bookmarkEnd w:id=\"\(id)\"/></w:p>"
        case .paragraph(let paragraph):
            try writeParagraph(paragraph, scope)
        case .list(let list):
            try ListWriter.write(list, scope, into: &self)
        case .table(let table):
            try TableWriter.write(table, scope, into: &self)
        case .pageBreak:
            pendingPageBreak = true
        case .contents(let toc):
            try ContentsWriter.write(toc, scope, into: &self)
        case .signature(let signature):
            try SignatureWriter.write(signature, scope, into: &self)
        case .figure(let figure):
            try DrawingWriter.figure(figure, scope, into: &self)
        case .chart(let chart):
            try DrawingWriter.chart(chart, scope, into: &self)
        case .gallery(let gallery):
            try GalleryWriter.write(gallery, scope, into: &self)
        case .orgChart(let chart):
            try OrgChartWriter.write(chart, scope, into: &self)
        case .keepTogether(let blocks):
            // Native keeps: each member keeps with the next; the last one keeps with what
            // follows only when the group itself must (a group inside a group).
            for (index, member) in blocks.enumerated() {
                var inner = scope
                inner.keepNext = scope.keepNext || index < blocks.count - 1
                try write(member, inner)
            }
        }
    }

    mutating func writeParagraph(_ paragraph: Paragraph, _ scope: Scope, numbering: (id: Int, level: Int)? = nil, extra: (inout ParagraphProperties) -> Void = { _ in }) throws {
        flushSeparator()
        var pPr = ParagraphProperties()
        pPr.style = StylesPart.styleId(paragraph.style)
        pPr.keepNext = paragraph.keepWithNext || scope.keepNext
        pPr.keepLines = paragraph.keepLines
        pPr.pageBreakBefore = pendingPageBreak
        let mark = takePageBreak()
        pPr.numbering = numbering
        if scope.indent > 0 && numbering == nil { pPr.indentLeft = scope.indent }
        pPr.justification = Self.justification(paragraph.alignment)
        extra(&pPr)
        out.append(literal: "<w:p>")
        pPr.write(into: &out)
        out += mark
        try writeRuns(paragraph.content, scope, into: &out)
        out.append(literal: "</w:p>")
    }

    /// Consumes a waiting page break; returns the bookmark that marks where it lands (a layout
    /// check does not count the page before a break the template asked for as too empty).
    mutating func takePageBreak() -> String {
        guard pendingPageBreak else { return "" }
        pendingPageBreak = false
        let id = registry.nextBookmarkId()
        registry.pageBreaks += 1
        return "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(DocxBookmarks.pageBreak(registry.pageBreaks))\"/><w:bookmarkEnd w:id=\"\(id)\"/>"
    }

    static func justification(_ alignment: Alignment) -> ParagraphProperties.Justification {
        switch alignment {
        case .left: return .left
        case .center: return .center
        case .right: return .right
        case .justify: return .both
        }
    }

    func runs(_ content: [Inline], _ scope: Scope, forceBold: Bool = false) throws -> String {
        var xml = XMLBuffer()
        try writeRuns(content, scope, forceBold: forceBold, into: &xml)
        return xml.string
    }

    func writeRuns(_ content: [Inline], _ scope: Scope, forceBold: Bool = false, into xml: inout XMLBuffer) throws {
        for inline in content {
            switch inline {
            case .lineBreak:
                xml.append(literal: "<w:r><w:br/></w:r>")
            case .text(let text, let marks):
                let properties = RunProperties(bold: marks.contains(.bold) || forceBold, italic: marks.contains(.italic),
                                               color: scope.runColor, size: scope.fontSize, underline: marks.contains(.underline))
                xml.append(literal: "<w:r>")
                properties.write(into: &xml)
                xml.append(literal: "<w:t xml:space=\"preserve\">")
                try xml.append(escaped: text)
                xml.append(literal: "</w:t></w:r>")
            }
        }
    }

    /// A caption paragraph with its bookmark, the target of DAFTAR TABEL / GRAFIK / GAMBAR.
    /// Above a table it keeps with the table; below a chart or picture it does not. Its
    /// number is a SEQ field ("Tabel 3." then `SEQ Tabel`), the first of each chapter (and of
    /// the plainly numbered captions) restarting the count (`\r 1`): LibreOffice recomputes
    /// SEQ fields when it opens a file and knows no chapter reset (`\s`) without outline
    /// numbering. The cached result is the model's number; Word can renumber the captions and
    /// rebuild the lists.
    mutating func writeCaption(_ caption: Caption, keepNext: Bool) throws {
        var pPr = ParagraphProperties()
        pPr.style = "Caption"
        pPr.keepNext = keepNext
        let id = registry.nextBookmarkId()
        let name = caption.anchor.map(PartRegistry.bookmark) ?? "_caption_\(id)"
        var label = "<w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(caption.full))</w:t></w:r>"
        if let number = caption.number, let position = number.split(separator: ".").last {
            let chapter = number.dropLast(position.count)
            label = "<w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(caption.label)) \(try XMLText.escape(String(chapter)))</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> SEQ \(caption.kind.sequence)\(position == "1" ? " \\r 1" : "") \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>\(try XMLText.escape(String(position)))</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> \(try XMLText.escape(caption.text))</w:t></w:r>"
        }
        out += "<w:p>\(pPr.xml)<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(name)\"/>\(label)<w:bookmarkEnd w:id=\"\(id)\"/></w:p>"
    }
}
