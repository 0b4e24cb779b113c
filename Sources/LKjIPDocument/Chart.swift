/// A bar chart of a few series over categories (target vs realisasi per indicator, pagu vs
/// realisasi per year). The DOCX writer emits a native, editable DrawingML chart; the HTML
/// writer draws the same numbers as inline SVG.
public struct Chart: Equatable, Sendable {
    /// Numbered caption printed under the chart ("Grafik 3.1 ...").
    public var caption: String
    public var categories: [String]
    public var series: [ChartSeries]

    public init(caption: String, categories: [String], series: [ChartSeries]) {
        self.caption = caption
        self.categories = categories
        self.series = series
    }
}

public struct ChartSeries: Equatable, Sendable {
    public var name: String
    /// One value per category; nil leaves a gap (no realisasi).
    public var values: [Double?]
    /// Bar colour as six hex digits.
    public var color: String

    public init(name: String, values: [Double?], color: String) {
        self.name = name
        self.values = values
        self.color = color
    }
}
