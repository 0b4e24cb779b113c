import LKjIPCompute
import LKjIPDocument
import LKjIPModel

extension ChartBuilder {
    /// The office's progress at the end of a quarter: for each division (and the office's
    /// own IKU), the mean capaian of its indicators up to the quarter against the 100% of
    /// their targets. No chart while no quarter has a capaian to show.
    func kemajuan(_ units: [DivisiTriwulan], names: [String]) -> Chart? {
        let w = wording
        let values = units.map { $0.nilai.map(IndonesianFormat.capaianValue) }
        let known = values.compactMap { $0 }
        guard !units.isEmpty, !known.isEmpty else { return nil }
        let axis = NiceAxis.make(maximum: known.max() ?? 100, minimum: known.min() ?? 0, title: w[.grafikSumbuCapaian], minimumTop: 100)
        return Chart(
            caption: Caption(.chart, ""),
            categories: units.indices.map { String($0 + 1) },
            key: names.enumerated().map { "\($0.offset + 1). \($0.element)" },
            series: [
                ChartSeries(name: w[.grafikTarget], values: units.map { _ in 100 }, color: Self.targetColor, measured: false),
                ChartSeries(name: w[.grafikCapaian], values: values, color: Self.capaianColor),
            ],
            axis: axis)
    }
}
