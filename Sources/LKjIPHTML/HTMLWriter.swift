import Foundation
import LKjIPDocument

/// Writes the document model as one self-contained HTML file (inline CSS, pictures as data
/// URIs, charts and the organisation chart as inline SVG) that reads on screen and prints to
/// A4 with page numbers. Every string from the model is escaped. Anchors, caption numbers
/// and the contents come from the model (`DocumentNumbering`), never recounted here.
public enum HTMLWriter {
    public static func write(_ document: Document) -> String {
        var builder = HTMLBuilder(document: document)
        return builder.build()
    }
}

struct HTMLBuilder {
    let document: Document
    var out = ""

    init(document: Document) {
        self.document = document
    }

    mutating func build() -> String {
        out.reserveCapacity(1 << 20)
        out += "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(document.metadata.title.htmlEscaped)</title>\n"
        if !document.metadata.author.isEmpty { out += "<meta name=\"author\" content=\"\(document.metadata.author.htmlEscaped)\">\n" }
        out += "<style>\n\(HTMLStyle.css(document.page, font: fontFamily))\n</style>\n</head>\n<body>\n"
        for section in document.sections {
            var classes = ["section", section.orientation.rawValue, "numbering-\(section.pageNumbering.rawValue)"]
            if section.restartNumbering { classes.append("restart") }
            // A page section, not a thematic <section>: it has no heading of its own.
            out += "<div class=\"\(classes.joined(separator: " "))\">\n"
            for block in section.blocks { write(block) }
            out += "</div>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    mutating func write(_ block: Block) {
        switch block {
        case .heading(let heading):
            var classes = [heading.alignment.rawValue]
            if !heading.inTableOfContents { classes.append("no-toc") }
            out += "<h\(heading.level) id=\"\(heading.anchor.htmlEscaped)\" class=\"\(classes.joined(separator: " "))\">\(inlines(heading.displayContent))</h\(heading.level)>\n"
        case .paragraph(let paragraph):
            out += "<p class=\"\(paragraph.style.rawValue) \(paragraph.alignment.rawValue)\(paragraph.keepWithNext ? " keep" : "")\(paragraph.keepLines ? " whole" : "")\">\(inlines(paragraph.content))</p>\n"
        case .list(let list):
            writeList(list)
        case .table(let table):
            writeTable(table)
        case .pageBreak:
            out += "<div class=\"page-break\"></div>\n"
        case .contents(let toc):
            writeContents(toc)
        case .signature(let signature):
            writeSignature(signature)
        case .figure(let figure):
            writeFigure(figure)
        case .chart(let chart):
            writeChart(chart)
        case .gallery(let gallery):
            writeGallery(gallery)
        case .orgChart(let chart):
            writeOrgChart(chart)
        case .keepTogether(let blocks):
            out += "<div class=\"keep\">\n"
            for inner in blocks { write(inner) }
            out += "</div>\n"
        }
    }

    func inlines(_ content: [Inline]) -> String {
        var html = ""
        for inline in content {
            switch inline {
            case .lineBreak:
                html += "<br>"
            case .text(let text, let marks):
                var piece = text.htmlEscaped
                if marks.contains(.underline) { piece = "<u>\(piece)</u>" }
                if marks.contains(.italic) { piece = "<em>\(piece)</em>" }
                if marks.contains(.bold) { piece = "<strong>\(piece)</strong>" }
                html += piece
            }
        }
        return html
    }

    func img(_ image: Image) -> String {
        let size = "width:\(Points.css(image.widthPoints))pt;height:\(Points.css(image.heightPoints))pt"
        return "<img src=\"data:\(image.format.mimeType);base64,\(image.data.base64EncodedString())\" style=\"\(size)\" alt=\"\(image.description.htmlEscaped)\">"
    }

    /// The CSS font list of the document's font, with the metric-compatible fonts
    /// LibreOffice and Linux browsers substitute for the common office fonts.
    var fontFamily: String { HTMLStyle.fontFamily(document.font) }

    func captionText(_ caption: Caption) -> String {
        caption.full.htmlEscaped
    }
}

/// Numbers in CSS and SVG: at most two decimals, a decimal point, no locale.
enum Points {
    static func css(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e12 else { return "0" }
        let scaled = (value * 100).rounded() / 100
        if scaled == scaled.rounded() { return String(Int64(scaled)) }
        return String(format: "%.2f", scaled)
    }
}
