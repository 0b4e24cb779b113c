import Foundation
import LKjIPDocument

extension HTMLBuilder {
    mutating func writeFigure(_ figure: Figure) {
        out += "<figure class=\"image\"\(figure.caption?.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? "")>\(img(figure.image))"
        if let caption = figure.caption { out += "<figcaption>\(captionText(caption))</figcaption>" }
        out += "</figure>\n"
    }

    mutating func writeGallery(_ gallery: Gallery) {
        out += "<div class=\"gallery\" style=\"grid-template-columns: repeat(\(gallery.columns), 1fr)\">\n"
        for item in gallery.items { writeFigure(item) }
        out += "</div>\n"
    }

    /// The chart as inline SVG (the drawing the .docx carries as its fallback picture), its
    /// caption, and its key in one block that print keeps on one page. The key
    /// lines carry their own numbers ("1. Persentase …"), so the list adds none.
    mutating func writeChart(_ chart: Chart) {
        out += "<div class=\"chart-block\"><figure class=\"chart\"\(chart.caption.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? "")>\(ChartSVG.svg(chart, fontFamily: fontFamily))"
        out += "<figcaption>\(captionText(chart.caption))</figcaption></figure>"
        if !chart.key.isEmpty {
            out += "<ul class=\"chart-key\">" + chart.key.map { "<li>\($0.htmlEscaped)</li>" }.joined() + "</ul>"
        }
        out += "</div>\n"
    }

    /// The organisation chart as the SVG drawn from its layout: the wrapped lines the layout
    /// measured, so no text is clipped at any zoom.
    mutating func writeOrgChart(_ chart: OrgChart) {
        guard let drawing = chart.drawing else { return }
        out += "<figure class=\"org\"\(chart.caption?.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? "")>"
        out += OrgChartSVG.svg(drawing, label: chart.caption?.full ?? "Struktur Organisasi", fontFamily: fontFamily)
        if let caption = chart.caption { out += "<figcaption>\(captionText(caption))</figcaption>" }
        out += "</figure>\n"
    }
}
