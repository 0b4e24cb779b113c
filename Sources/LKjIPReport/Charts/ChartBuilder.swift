import LKjIPCompute
import LKjIPModel
import LKjIPDocument

/// The two chart kinds of BAB III: capaian per indicator (one unit: percent), and pagu
/// against realisasi per year (one unit: Rupiah, in juta or miliar). Their captions are the
/// templates' (`<insert ref=… caption=…>`); their keys and axes are the wording's.
struct ChartBuilder {
    let wording: Wording

    static let targetColor = "A6A6A6"
    static let capaianColor = "1F4E79"
    static let realisasiAnggaranColor = "00B050"

    /// Capaian of every numeric indicator against the 100% of its target. Categories are
    /// numbered; the key under the chart names the indicators. No chart without a capaian to
    /// show (target bars alone say nothing); a negative capaian is drawn below the axis.
    func capaian(_ sasaran: [SasaranKinerja]) -> Chart? {
        let w = wording
        let indicators = sasaran.flatMap(\.indikator).filter { $0.indikator.targetTeks == nil }
        // Each bar is the printed capaian (whole percent), so the chart data agrees with the table.
        let values = indicators.map { $0.capaian.map(IndonesianFormat.capaianValue) }
        let known = values.compactMap { $0 }
        guard !indicators.isEmpty, !known.isEmpty else { return nil }
        let axis = NiceAxis.make(maximum: known.max() ?? 100, minimum: known.min() ?? 0, title: w[.grafikSumbuCapaian], minimumTop: 100)
        return Chart(
            caption: Caption(.chart, ""),
            categories: indicators.indices.map { String($0 + 1) },
            key: indicators.enumerated().map { "\($0.offset + 1). \($0.element.indikator.nama)" },
            series: [
                ChartSeries(name: w[.grafikTarget], values: indicators.map { _ in 100 }, color: Self.targetColor, measured: false),
                ChartSeries(name: w[.grafikCapaian], values: values, color: Self.capaianColor),
            ],
            axis: axis)
    }

    /// Pagu and realisasi per year; amounts in juta Rupiah, or miliar above ten miliar (ribu
    /// or Rupiah for very small amounts, so that the axis steps are whole numbers). No chart
    /// when no year has a realisasi.
    func anggaran(_ rows: [RealisasiAnggaran]) -> Chart? {
        let w = wording
        guard !rows.isEmpty, rows.contains(where: { $0.realisasi != 0 }) else { return nil }
        let top = Double(rows.map { max($0.pagu, $0.realisasi) }.max() ?? 0)
        let (divisor, unit) = top >= 1e10 ? (1e9, w[.grafikMiliar]) : top >= 5e6 ? (1e6, w[.grafikJuta]) : top >= 5e3 ? (1e3, w[.grafikRibu]) : (1, "")
        func scaled(_ value: Int64) -> Double { (Double(value) / divisor * 100).rounded() / 100 }
        return Chart(
            caption: Caption(.chart, ""),
            categories: rows.map { String($0.tahun) },
            series: [
                ChartSeries(name: w[.grafikPagu], values: rows.map { scaled($0.pagu) }, color: Self.targetColor, measured: false),
                ChartSeries(name: w[.grafikRealisasi], values: rows.map { scaled($0.realisasi) }, color: Self.realisasiAnggaranColor),
            ],
            axis: NiceAxis.make(maximum: top / divisor, title: unit.isEmpty ? w[.grafikRupiah] : w.format(.grafikRupiahSatuan, ["satuan": unit])))
    }
}
