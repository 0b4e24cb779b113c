import Foundation
import LKjIPDocument

/// The HTML form of a chart: a clustered column chart as inline SVG, drawn from the same
/// numbers as the DOCX chart part (scaling values to pixels is layout, not computation).
enum ChartSVG {
    static func svg(_ chart: Chart) -> String {
        let width = 640.0, height = 280.0
        let left = 48.0, right = 12.0, top = 12.0, bottom = 56.0
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let high = max(values.max() ?? 1, 0)
        let low = min(values.min() ?? 0, 0)
        let span = max(high - low, 1e-9) * 1.1
        let plotHeight = height - top - bottom
        let plotWidth = width - left - right
        func y(_ value: Double) -> Double { top + (high * 1.1 - value) / span * plotHeight }
        let groups = max(chart.categories.count, 1)
        let groupWidth = plotWidth / Double(groups)
        let barWidth = groupWidth * 0.8 / Double(max(chart.series.count, 1))
        var svg = String(format: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" role=\"img\" aria-label=\"%@\">", width, height, chart.caption.htmlEscaped)
        for step in 0...4 {
            let value = low + (high * 1.1 - low) * Double(step) / 4
            svg += String(format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"end\">%@</text>", left, y(value), width - right, y(value), left - 4, y(value) + 3, label(value))
        }
        svg += String(format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>", left, y(0), width - right, y(0))
        for (index, category) in chart.categories.enumerated() {
            let x0 = left + Double(index) * groupWidth + groupWidth * 0.1
            for (position, series) in chart.series.enumerated() {
                guard index < series.values.count, let value = series.values[index] else { continue }
                let top = min(y(value), y(0)), bar = abs(y(value) - y(0))
                svg += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#%@\"><title>%@: %@</title></rect>", x0 + Double(position) * barWidth, top, barWidth, bar, series.color.htmlEscaped, series.name.htmlEscaped, label(value))
            }
            svg += String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">%@</text>", x0 + groupWidth * 0.4, height - bottom + 14, category.htmlEscaped)
        }
        for (position, series) in chart.series.enumerated() {
            let x = left + Double(position) * 140
            svg += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"#%@\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\">%@</text>", x, height - 18, series.color.htmlEscaped, x + 14, height - 9, series.name.htmlEscaped)
        }
        return svg + "</svg>"
    }

    /// Axis and tooltip numbers in Indonesian style (decimal comma).
    static func label(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
