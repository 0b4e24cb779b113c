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

    mutating func writeChart(_ chart: Chart) {
        out += "<figure class=\"chart\"\(chart.caption.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? "")>\(ChartSVG.svg(chart))"
        out += "<figcaption>\(captionText(chart.caption))</figcaption></figure>\n"
        if !chart.key.isEmpty {
            out += "<ol class=\"chart-key\">" + chart.key.map { "<li>\($0.htmlEscaped)</li>" }.joined() + "</ol>\n"
        }
    }

    mutating func writeOrgChart(_ chart: OrgChart) {
        guard let drawing = chart.drawing else { return }
        out += "<figure class=\"org\"\(chart.caption?.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? "")>"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Points.css(drawing.width)) \(Points.css(drawing.height))\" width=\"100%\" role=\"img\" aria-label=\"\((chart.caption?.full ?? "Struktur Organisasi").htmlEscaped)\">"
        for line in drawing.lines {
            out += "<line x1=\"\(Points.css(line.x1))\" y1=\"\(Points.css(line.y1))\" x2=\"\(Points.css(line.x2))\" y2=\"\(Points.css(line.y2))\" stroke=\"#404040\" stroke-width=\"1\"\(line.dashed ? " stroke-dasharray=\"4 3\"" : "")/>"
        }
        for box in drawing.boxes {
            let dark = Shading.isDark(box.fill)
            out += "<rect x=\"\(Points.css(box.x))\" y=\"\(Points.css(box.y))\" width=\"\(Points.css(box.width))\" height=\"\(Points.css(box.height))\" fill=\"#\(box.fill)\" stroke=\"#1F4E79\" stroke-width=\"0.75\"/>"
            out += "<foreignObject x=\"\(Points.css(box.x))\" y=\"\(Points.css(box.y))\" width=\"\(Points.css(box.width))\" height=\"\(Points.css(box.height))\"><div xmlns=\"http://www.w3.org/1999/xhtml\" class=\"org-box\" style=\"font-size:\(Points.css(box.fontSize))px;color:\(dark ? "#fff" : "#000")\"><b>\(box.title.htmlEscaped)</b>\(box.detail.map { "<br>\($0.htmlEscaped)" } ?? "")</div></foreignObject>"
        }
        out += "</svg>"
        if let caption = chart.caption { out += "<figcaption>\(captionText(caption))</figcaption>" }
        out += "</figure>\n"
    }
}

/// The HTML form of a chart: a clustered column chart as inline SVG, drawn from the same
/// numbers, axis range, ticks and tick labels as the DOCX chart part (all from the model).
enum ChartSVG {
    static func svg(_ chart: Chart) -> String {
        let width = 640.0, height = 280.0
        let left = 62.0, right = 12.0, top = 12.0, bottom = 48.0
        let plotHeight = height - top - bottom
        let plotWidth = width - left - right
        let maximum = chart.axis.maximum > 0 ? chart.axis.maximum : 1
        func y(_ value: Double) -> Double { top + (1 - min(max(value, 0), maximum) / maximum) * plotHeight }
        let groups = max(chart.categories.count, 1)
        let groupWidth = plotWidth / Double(groups)
        let barWidth = groupWidth * 0.8 / Double(max(chart.series.count, 1))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Points.css(width)) \(Points.css(height))\" width=\"100%\" role=\"img\" aria-label=\"\(chart.caption.full.htmlEscaped)\">"
        for (index, label) in chart.axis.labels.enumerated() {
            let value = Double(index) * chart.axis.majorUnit
            guard value <= maximum * 1.0001 else { break }
            let position = Points.css(y(value))
            svg += "<line x1=\"\(Points.css(left))\" y1=\"\(position)\" x2=\"\(Points.css(width - right))\" y2=\"\(position)\" stroke=\"#d9d9d9\"/><text x=\"\(Points.css(left - 4))\" y=\"\(Points.css(y(value) + 3))\" font-size=\"9\" text-anchor=\"end\">\(label.htmlEscaped)</text>"
        }
        svg += "<text transform=\"translate(11 \(Points.css(top + plotHeight / 2))) rotate(-90)\" font-size=\"9\" text-anchor=\"middle\">\(chart.axis.title.htmlEscaped)</text>"
        svg += "<line x1=\"\(Points.css(left))\" y1=\"\(Points.css(y(0)))\" x2=\"\(Points.css(width - right))\" y2=\"\(Points.css(y(0)))\" stroke=\"#000\"/>"
        for (index, category) in chart.categories.enumerated() {
            let x0 = left + Double(index) * groupWidth + groupWidth * 0.1
            for (position, series) in chart.series.enumerated() {
                guard index < series.values.count, let value = series.values[index] else { continue }
                let top = y(value), bar = y(0) - y(value)
                svg += "<rect x=\"\(Points.css(x0 + Double(position) * barWidth))\" y=\"\(Points.css(top))\" width=\"\(Points.css(barWidth))\" height=\"\(Points.css(bar))\" fill=\"#\(series.color.htmlEscaped)\"/>"
            }
            svg += "<text x=\"\(Points.css(x0 + groupWidth * 0.4))\" y=\"\(Points.css(height - bottom + 13))\" font-size=\"9\" text-anchor=\"middle\">\(category.htmlEscaped)</text>"
        }
        for (position, series) in chart.series.enumerated() {
            let x = left + Double(position) * 140
            svg += "<rect x=\"\(Points.css(x))\" y=\"\(Points.css(height - 18))\" width=\"10\" height=\"10\" fill=\"#\(series.color.htmlEscaped)\"/><text x=\"\(Points.css(x + 14))\" y=\"\(Points.css(height - 9))\" font-size=\"10\">\(series.name.htmlEscaped)</text>"
        }
        return svg + "</svg>"
    }
}
