import LKjIPCompute
import LKjIPDocument

/// BAB III A table a: Sasaran Kegiatan, IKK, target, realisasi and capaian, each sasaran
/// spanning its indicators and each capaian shaded by its status.
enum CapaianTable {
    /// A "Keterangan" column is added only when an indicator has a remark
    /// (`realisasi[].keterangan`).
    static func make(_ sasaran: [SasaranKinerja]) -> Table {
        let remarks = sasaran.contains { $0.indikator.contains { !($0.keterangan ?? "").isEmpty } }
        let titles = ["Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian"] + (remarks ? ["Keterangan"] : [])
        var rows = [
            TableRow(cells: titles.map { Cells.header($0) }),
            Cells.numbers(titles.count),
        ]
        for item in sasaran {
            for (index, indikator) in item.indikator.enumerated() {
                var cells: [TableCell] = []
                if index == 0 { cells.append(Cells.text(item.sasaran.nama, rowSpan: max(item.indikator.count, 1))) }
                cells.append(Cells.text(IndicatorLabel.numbered(indikator, index: index, of: item.indikator.count)))
                cells.append(Cells.figure(indikator.targetTeks))
                cells.append(Cells.figure(indikator.realisasiText))
                cells.append(Cells.status(indikator.capaianText, indikator.status))
                if remarks { cells.append(TableCell(blocks: Markdown.cell(indikator.keterangan ?? "", images: [:]))) }
                rows.append(TableRow(cells: cells))
            }
        }
        return Table(columnWidths: [3.5, 4.5, 1.4, 1.4, 1.3] + (remarks ? [2.5] : []), headerRowCount: 2, rows: rows)
    }
}

/// "1. Persentase ..." when a sasaran has several indicators, the plain name otherwise.
enum IndicatorLabel {
    static func numbered(_ indikator: IndikatorKinerja, index: Int, of count: Int) -> String {
        count > 1 ? "\(index + 1). \(indikator.indikator.nama)" : indikator.indikator.nama
    }
}
