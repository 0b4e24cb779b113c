import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// BAB III A table a: sasaran, indicators, target, realisasi and capaian, each sasaran
/// spanning its indicators and each capaian shaded by its status. The sasaran and indicator
/// headers are the words of the signatory's PK level.
enum CapaianTable {
    /// A "Keterangan" column is added only when an indicator has a remark
    /// (`realisasi[].keterangan`).
    static func make(_ sasaran: [SasaranKinerja], tingkat: TingkatPK, wording w: Wording) -> Table {
        let remarks = sasaran.contains { $0.indikator.contains { !($0.keterangan ?? "").isEmpty } }
        let titles = [tingkat.sasaran, tingkat.indikator, w[.kolomTarget], w[.kolomRealisasi], w[.kolomCapaian]] + (remarks ? [w[.kolomKeterangan]] : [])
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
                cells.append(Cells.status(CapaianWords.capaian(indikator, w), indikator.status))
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
