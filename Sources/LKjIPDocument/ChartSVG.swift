/// A chart drawn as SVG from the model alone: the same numbers, axis range, ticks and tick
/// labels as the native chart. One drawing for every reader: the HTML shows it inline, and
/// the DOCX carries it as the fallback picture of its native chart (for readers that do not
/// draw charts: pandoc, mammoth, docx2python).
public enum ChartSVG {
    public static let width = 640.0
    public static let height = 280.0
    static let left = 62.0, right = 12.0, top = 12.0, bottom = 48.0

    /// `fontFamily`: the CSS font list the text is set in (the document's font).
    public static func svg(_ chart: Chart, fontFamily: String = SVGText.defaultFont) -> String {
        let plotHeight = height - top - bottom
        let plotWidth = width - left - right
        let minimum = min(chart.axis.minimum, 0)
        let maximum = chart.axis.maximum > minimum ? chart.axis.maximum : minimum + 1
        func y(_ value: Double) -> Double { top + (maximum - min(max(value, minimum), maximum)) / (maximum - minimum) * plotHeight }
        let groups = max(chart.categories.count, 1)
        let groupWidth = plotWidth / Double(groups)
        let barWidth = groupWidth * 0.8 / Double(max(chart.series.count, 1))
        let n = SVGText.number
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" role=\"img\" aria-label=\"\(SVGText.escape(chart.caption.full))\" font-family=\"\(SVGText.escape(fontFamily))\">"
        for (index, label) in chart.axis.labels.enumerated() {
            let value = minimum + Double(index) * chart.axis.majorUnit
            guard value <= maximum + abs(maximum) * 0.0001 else { break }
            let position = n(y(value))
            svg += "<line x1=\"\(n(left))\" y1=\"\(position)\" x2=\"\(n(width - right))\" y2=\"\(position)\" stroke=\"#d9d9d9\"/><text x=\"\(n(left - 4))\" y=\"\(n(y(value) + 3))\" font-size=\"9\" text-anchor=\"end\">\(SVGText.escape(label))</text>"
        }
        svg += "<text transform=\"translate(11 \(n(top + plotHeight / 2))) rotate(-90)\" font-size=\"9\" text-anchor=\"middle\">\(SVGText.escape(chart.axis.title))</text>"
        let zero = y(0)
        for (index, category) in chart.categories.enumerated() {
            let x0 = left + Double(index) * groupWidth + groupWidth * 0.1
            for (position, series) in chart.series.enumerated() {
                guard index < series.values.count, let value = series.values[index], value.isFinite else { continue }
                // A bar runs from the zero line to its value, down for a negative value.
                let end = y(value)
                svg += "<rect x=\"\(n(x0 + Double(position) * barWidth))\" y=\"\(n(min(end, zero)))\" width=\"\(n(barWidth))\" height=\"\(n(abs(zero - end)))\" fill=\"#\(SVGText.escape(series.color))\"/>"
            }
            svg += "<text x=\"\(n(x0 + groupWidth * 0.4))\" y=\"\(n(height - bottom + 13))\" font-size=\"9\" text-anchor=\"middle\">\(SVGText.escape(category))</text>"
        }
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(zero))\" x2=\"\(n(width - right))\" y2=\"\(n(zero))\" stroke=\"#000\"/>"
        for (position, series) in chart.series.enumerated() {
            let x = left + Double(position) * 140
            svg += "<rect x=\"\(n(x))\" y=\"\(n(height - 18))\" width=\"10\" height=\"10\" fill=\"#\(SVGText.escape(series.color))\"/><text x=\"\(n(x + 14))\" y=\"\(n(height - 9))\" font-size=\"10\">\(SVGText.escape(series.name))</text>"
        }
        return svg + "</svg>"
    }
}

/// An organisation chart drawn as SVG from its layout (`OrgDrawing`): the boxes, lines and
/// the text lines the layout wrapped, so the text is exactly where the layout measured it
/// and never clipped. The HTML shows it inline; the DOCX carries it as the fallback picture
/// of its native drawing.
public enum OrgChartSVG {
    public static func svg(_ drawing: OrgDrawing, label: String, fontFamily: String = SVGText.defaultFont) -> String {
        let n = SVGText.number
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(drawing.width)) \(n(drawing.height))\" width=\"100%\" role=\"img\" aria-label=\"\(SVGText.escape(label))\" font-family=\"\(SVGText.escape(fontFamily))\">"
        for line in drawing.lines {
            out += "<line x1=\"\(n(line.x1))\" y1=\"\(n(line.y1))\" x2=\"\(n(line.x2))\" y2=\"\(n(line.y2))\" stroke=\"#404040\" stroke-width=\"1\"\(line.dashed ? " stroke-dasharray=\"4 3\"" : "")/>"
        }
        for box in drawing.boxes {
            let color = Shading.isDark(box.fill) ? "#fff" : "#000"
            out += "<rect x=\"\(n(box.x))\" y=\"\(n(box.y))\" width=\"\(n(box.width))\" height=\"\(n(box.height))\" fill=\"#\(SVGText.escape(box.fill))\" stroke=\"#1F4E79\" stroke-width=\"0.75\"/>"
            let lines = box.titleLines.map { ($0, true) } + box.detailLines.map { ($0, false) }
            let leading = box.fontSize * box.lineHeight
            // The block of lines is centred in the box; each baseline sits at 0.8 of its line.
            var baseline = box.y + (box.height - Double(lines.count) * leading) / 2 + leading * 0.8
            // A line ends with a space (not drawn: SVG strips it) so that text taken from the
            // drawing keeps its word boundaries ("Divisi" / "Pemasyarakatan").
            for (index, (text, bold)) in lines.enumerated() {
                let end = index < lines.count - 1 ? " " : ""
                out += "<text x=\"\(n(box.x + box.width / 2))\" y=\"\(n(baseline))\" font-size=\"\(n(box.fontSize))\" text-anchor=\"middle\" fill=\"\(color)\"\(bold ? " font-weight=\"bold\"" : "")>\(SVGText.escape(text))\(end)</text>"
                baseline += leading
            }
        }
        return out + "</svg>"
    }
}

/// Text and numbers in SVG: markup characters escaped, coordinates with at most two
/// decimals and a decimal point whatever the locale.
public enum SVGText {
    /// The document's font, with the metric-compatible font LibreOffice substitutes for it.
    public static let defaultFont = "Arial, 'Liberation Sans', sans-serif"

    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public static func number(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e12 else { return "0" }
        let hundredths = Int64((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + String(whole) }
        return sign + String(whole) + "." + (fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
    }
}
