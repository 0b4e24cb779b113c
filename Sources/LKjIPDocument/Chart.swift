/// A bar chart of a few series over categories (target vs realisasi per indicator, pagu vs
/// realisasi per year). The DOCX writer emits a native, editable DrawingML chart; the HTML
/// writer draws the same numbers as inline SVG. Everything the two draw alike (axis range,
/// ticks, tick labels, category labels) is decided before the writers, in `axis`.
public struct Chart: Equatable, Sendable {
    public var caption: Caption
    /// Short category labels under the bars ("1", "2", or "2021").
    public var categories: [String]
    /// Full names of numbered categories, printed as a key under the chart.
    public var key: [String]
    public var series: [ChartSeries]
    public var axis: ValueAxis

    public init(caption: Caption, categories: [String], key: [String] = [], series: [ChartSeries], axis: ValueAxis) {
        self.caption = caption
        self.categories = categories
        self.key = key
        self.series = series
        self.axis = axis
    }
}

public struct ChartSeries: Equatable, Sendable {
    public var name: String
    /// One value per category, already in the axis unit (juta Rupiah, percent); nil leaves a gap.
    public var values: [Double?]
    /// Bar colour as six hex digits.
    public var color: String
    /// A measured series (realisasi, capaian); false for the reference it is read against
    /// (target, pagu). A chart whose measured series hold no value says nothing.
    public var measured: Bool

    public init(name: String, values: [Double?], color: String, measured: Bool = true) {
        self.name = name
        self.values = values
        self.color = color
        self.measured = measured
    }
}

/// The value axis: from 0 (or below, to show negative values), in steps of 1, 2 or 5 times a
/// power of ten, one unit only.
public struct ValueAxis: Equatable, Sendable {
    /// "Persen (%)", "Rupiah (juta)".
    public var title: String
    /// 0, or a negative multiple of `majorUnit` when a value is below zero.
    public var minimum: Double = 0
    public var maximum: Double
    public var majorUnit: Double
    /// Tick labels in Indonesian form ("-20", "0", "2.000"), from `minimum` up.
    public var labels: [String]
    /// Excel/Word number format of the tick labels. It prints Indonesian digit grouping with
    /// literal characters ("[>=1000]#\\.##0;0"), never the reader's locale separators.
    public var numberFormat: String

    public init(title: String, minimum: Double = 0, maximum: Double, majorUnit: Double, labels: [String], numberFormat: String) {
        self.title = title
        self.minimum = minimum
        self.maximum = maximum
        self.majorUnit = majorUnit
        self.labels = labels
        self.numberFormat = numberFormat
    }
}
