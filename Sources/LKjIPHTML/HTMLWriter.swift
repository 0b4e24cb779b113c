import Foundation
import LKjIPDocument

/// Writes the document model as one self-contained HTML file (inline CSS, images as data
/// URIs) that reads on screen and prints to A4. Every string from the model is escaped.
public enum HTMLWriter {
    public static func write(_ document: Document) -> String {
        var writer = HTMLBuilder(document: document)
        return writer.build()
    }
}

struct HTMLBuilder {
    let document: Document
    var out = ""
    var anchors: [String: String] = [:]

    init(document: Document) {
        self.document = document
    }

    mutating func build() -> String {
        assignAnchors()
        out += "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(document.metadata.title.htmlEscaped)</title>\n"
        if !document.metadata.author.isEmpty { out += "<meta name=\"author\" content=\"\(document.metadata.author.htmlEscaped)\">\n" }
        out += "<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n"
        for section in document.sections {
            out += "<section class=\"section \(section.orientation.rawValue)\" data-numbering=\"\(section.pageNumbering.rawValue)\">\n"
            for block in section.blocks { write(block) }
            out += "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// Unique ids: a repeated anchor gets -2, -3 in document order.
    mutating func assignAnchors() {
        var used: Set<String> = []
        var index = 0
        func visit(_ blocks: [Block]) {
            for block in blocks {
                if case .heading(let heading) = block {
                    var anchor = heading.anchor.isEmpty ? "bagian" : heading.anchor
                    var suffix = 2
                    while used.contains(anchor) { anchor = "\(heading.anchor)-\(suffix)"; suffix += 1 }
                    used.insert(anchor)
                    anchors["\(index)"] = anchor
                    index += 1
                }
            }
        }
        for section in document.sections { visit(section.blocks) }
        headingCounter = 0
    }

    var headingCounter = 0
    var tableCaptions = 0
    var chartCaptions = 0

    mutating func nextAnchor() -> String {
        defer { headingCounter += 1 }
        return anchors["\(headingCounter)"] ?? "bagian-\(headingCounter)"
    }

    mutating func write(_ block: Block) {
        switch block {
        case .heading(let heading):
            let anchor = nextAnchor()
            var classes = [heading.alignment.rawValue]
            if !heading.inTableOfContents { classes.append("no-toc") }
            out += "<h\(heading.level) id=\"\(anchor.htmlEscaped)\" class=\"\(classes.joined(separator: " "))\">\(inlines(heading.content))</h\(heading.level)>\n"
        case .paragraph(let paragraph):
            out += "<p class=\"\(paragraph.style.rawValue) \(paragraph.alignment.rawValue)\">\(inlines(paragraph.content))</p>\n"
        case .list(let list):
            writeList(list)
        case .table(let table):
            writeTable(table)
        case .pageBreak:
            out += "<div class=\"page-break\"></div>\n"
        case .tableOfContents(let toc):
            writeTableOfContents(toc)
        case .signature(let signature):
            writeSignature(signature)
        case .image(let image):
            out += "<figure class=\"image\">\(img(image))</figure>\n"
        case .chart(let chart):
            chartCaptions += 1
            out += "<figure class=\"chart\" id=\"grafik-\(chartCaptions)\">\(ChartSVG.svg(chart))<figcaption>\(chart.caption.htmlEscaped)</figcaption></figure>\n"
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
        let size = String(format: "width:%.1fpt;height:%.1fpt", image.widthPoints, image.heightPoints)
        return "<img src=\"data:\(image.format.mimeType);base64,\(image.data.base64EncodedString())\" style=\"\(size)\" alt=\"\(image.description.htmlEscaped)\">"
    }
}
