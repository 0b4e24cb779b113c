import Foundation
import LKjIPDocument

/// Writes `word/document.xml` from the model, collecting what other parts must know about:
/// list instances for numbering.xml and images for the media folder and relationships.
struct BodyWriter {
    var out = ""
    var lists: [(kind: ListKind, start: Int)] = []
    var media: [(id: String, path: String, image: Image)] = []
    /// Chart parts, written as `word/charts/chartN.xml`.
    var charts: [(id: String, path: String, chart: Chart)] = []
    var bookmarkId = 0
    var drawingId = 0
    var usedBookmarks: Set<String> = []
    /// Every top-level heading with its bookmark, known before writing so the TOC can list them.
    var headings: [(heading: Heading, bookmark: String)] = []
    var headingIndex = 0
    /// Captioned tables and charts, for DAFTAR TABEL / DAFTAR GRAFIK and caption bookmarks.
    var captions: [CaptionIndex.Entry] = []
    var tableCaptions = 0
    var textWidth = PageGeometry.textWidth(.portrait)
    /// Text colour of runs being written (white inside dark table cells).
    var runColor: String?

    static let namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""

    mutating func document(_ document: Document) throws -> String {
        out = PackageParts.header + "<w:document \(Self.namespaces)><w:body>"
        headings = []
        for section in document.sections {
            for case .heading(let heading) in section.blocks {
                headings.append((heading, bookmarkName(heading.anchor)))
            }
        }
        headingIndex = 0
        captions = CaptionIndex.entries(document)
        for (index, section) in document.sections.enumerated() {
            textWidth = PageGeometry.textWidth(section.orientation)
            for block in section.blocks { try write(block, indent: 0) }
            if index < document.sections.count - 1 {
                out += "<w:p><w:pPr>\(PageGeometry.sectionProperties(section))</w:pPr></w:p>"
            } else {
                out += PageGeometry.sectionProperties(section)
            }
        }
        if document.sections.isEmpty { out += PageGeometry.sectionProperties(Section()) }
        out += "</w:body></w:document>"
        return out
    }

    mutating func write(_ block: Block, indent: Int, listLevel: Int = 0) throws {
        switch block {
        case .heading(let heading):
            let style = heading.inTableOfContents ? "Heading\(heading.level)" : "HeadingNoToc"
            let name: String
            if headingIndex < headings.count, headings[headingIndex].heading == heading {
                name = headings[headingIndex].bookmark
                headingIndex += 1
            } else {
                name = bookmarkName(heading.anchor)
            }
            let id = bookmarkId
            bookmarkId += 1
            out += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(justification(heading.alignment))</w:pPr>"
            out += "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(name)\"/>\(try runs(heading.content))<w:bookmarkEnd w:id=\"\(id)\"/></w:p>"
        case .paragraph(let paragraph):
            try writeParagraph(paragraph, indent: indent)
        case .list(let list):
            try writeList(list, level: listLevel)
        case .table(let table):
            try TableWriter.write(table, into: &self)
        case .pageBreak:
            out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        case .tableOfContents(let toc):
            if let kind = toc.captions {
                try TableOfContentsWriter.writeCaptions(captions.filter { $0.kind == kind }, into: &self)
            } else {
                try TableOfContentsWriter.write(toc, headings: headings, into: &self)
            }
        case .signature(let signature):
            try SignatureWriter.write(signature, into: &self)
        case .image(let image):
            out += "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\(try drawing(image))</w:p>"
        case .chart(let chart):
            try writeChart(chart)
        }
    }

    mutating func writeParagraph(_ paragraph: Paragraph, indent: Int, numbering: (id: Int, level: Int)? = nil, extraProperties: String = "") throws {
        var properties = "<w:pStyle w:val=\"\(StylesPart.styleId(paragraph.style))\"/>"
        if paragraph.keepWithNext { properties += "<w:keepNext/>" }
        if let numbering { properties += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>" }
        if indent > 0 && numbering == nil { properties += "<w:ind w:left=\"\(indent)\"/>" }
        properties += extraProperties
        properties += justification(paragraph.alignment)
        out += "<w:p><w:pPr>\(properties)</w:pPr>\(try runs(paragraph.content))</w:p>"
    }

    mutating func writeList(_ list: List, level: Int) throws {
        lists.append((list.kind, list.start))
        let numId = lists.count
        let indent = 360 * (level + 1) + 60
        for item in list.items {
            var numbered = false
            for block in item {
                switch block {
                case .paragraph(let paragraph) where !numbered:
                    try writeParagraph(paragraph, indent: indent, numbering: (numId, min(level, 8)))
                    numbered = true
                case .paragraph(let paragraph):
                    try writeParagraph(paragraph, indent: indent)
                case .list(let nested):
                    if !numbered {
                        try writeParagraph(Paragraph(content: []), indent: indent, numbering: (numId, min(level, 8)))
                        numbered = true
                    }
                    try writeList(nested, level: level + 1)
                default:
                    try write(block, indent: indent, listLevel: level + 1)
                }
            }
            if item.isEmpty { try writeParagraph(Paragraph(content: []), indent: indent, numbering: (numId, min(level, 8))) }
        }
    }

    func justification(_ alignment: Alignment) -> String {
        switch alignment {
        case .left: return "<w:jc w:val=\"left\"/>"
        case .center: return "<w:jc w:val=\"center\"/>"
        case .right: return "<w:jc w:val=\"right\"/>"
        case .justify: return "<w:jc w:val=\"both\"/>"
        }
    }

    func runs(_ content: [Inline], forceBold: Bool = false) throws -> String {
        var xml = ""
        for inline in content {
            switch inline {
            case .lineBreak:
                xml += "<w:r><w:br/></w:r>"
            case .text(let text, let marks):
                var properties = ""
                if marks.contains(.bold) || forceBold { properties += "<w:b/>" }
                if marks.contains(.italic) { properties += "<w:i/>" }
                if let runColor { properties += "<w:color w:val=\"\(runColor)\"/>" }
                if marks.contains(.underline) { properties += "<w:u w:val=\"single\"/>" }
                xml += "<w:r>\(properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")<w:t xml:space=\"preserve\">\(try XMLText.escape(text))</w:t></w:r>"
            }
        }
        return xml
    }

    /// Word bookmark names: a letter or underscore first, at most 40 characters, unique.
    mutating func bookmarkName(_ anchor: String) -> String {
        let cleaned = String(anchor.map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII ? $0 : "_" })
        var name = String(("_" + cleaned).prefix(36))
        var suffix = 2
        let base = name
        while usedBookmarks.contains(name) { name = "\(base)_\(suffix)"; suffix += 1 }
        usedBookmarks.insert(name)
        return name
    }

    /// A native chart: its own part and relationship, an inline graphic frame, and the
    /// numbered caption below it (kept on the chart's page).
    mutating func writeChart(_ chart: Chart) throws {
        let index = charts.count + 1
        let id = "rIdChart\(index)"
        charts.append((id, "charts/chart\(index).xml", chart))
        drawingId += 1
        let cx = textWidth * 635, cy = 2_520_000
        out += "<w:p><w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(drawingId)\" name=\"Grafik \(index)\" descr=\"\(try XMLText.escape(chart.caption))\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"\(id)\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
        try writeCaption(chart.caption, bookmark: "_grafik_\(index)", keepNext: false)
    }

    /// A caption paragraph with a bookmark, the target of DAFTAR TABEL / DAFTAR GRAFIK.
    mutating func writeCaption(_ caption: String, bookmark: String, keepNext: Bool) throws {
        let id = bookmarkId
        bookmarkId += 1
        out += "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/>\(keepNext ? "<w:keepNext/>" : "")<w:jc w:val=\"center\"/></w:pPr>"
        out += "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(bookmark)\"/><w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(caption))</w:t></w:r><w:bookmarkEnd w:id=\"\(id)\"/></w:p>"
    }

    /// An inline picture: relationship, media part and DrawingML, sized from the model.
    mutating func drawing(_ image: Image) throws -> String {
        // The same scan (a signature used on three pages) is stored once and referenced again.
        let index: Int
        let id: String
        if let existing = media.firstIndex(where: { $0.image.data == image.data }) {
            index = existing + 1
            id = media[existing].id
        } else {
            index = media.count + 1
            id = "rIdImage\(index)"
            media.append((id, "media/image\(index).\(image.format.fileExtension)", image))
        }
        drawingId += 1
        let cx = Int(image.widthPoints * 12700), cy = Int(image.heightPoints * 12700)
        let description = try XMLText.escape(image.description)
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(drawingId)\" name=\"Gambar \(drawingId)\" descr=\"\(description)\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"\(drawingId)\" name=\"image\(index).\(image.format.fileExtension)\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"\(id)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }
}
