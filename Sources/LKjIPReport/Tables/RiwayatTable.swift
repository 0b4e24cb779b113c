import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// BAB III A table b: realisasi over the years. Linked rows carry the report year's
/// realisasi (computed) and the trend (analysis 2).
enum RiwayatTable {
    static func make(_ unit: UnitKinerjaHasil, tingkat: TingkatPK, wording w: Wording) -> Table {
        let years = unit.tahunRiwayat
        let hasTrend = unit.riwayat.contains { $0.tren != nil }
        var header = [Cells.header(tingkat.indikator)] + years.map { Cells.header(String($0)) }
        if hasTrend { header.append(Cells.header(w[.kolomTren])) }
        header.append(Cells.header(w[.kolomKeterangan]))
        var rows = [TableRow(cells: header), Cells.numbers(header.count)]
        for (index, row) in unit.riwayat.enumerated() {
            var cells = [Cells.label("\(index + 1). \(row.nama)")]
            cells += years.map { Cells.figure(IndonesianFormat.cell(row.nilai[$0], satuan: row.satuan, decimals: row.desimal)) }
            if hasTrend { cells.append(Cells.figure(row.tren.map { CapaianWords.tren($0, w) } ?? "-")) }
            cells.append(Cells.text(row.keterangan ?? ""))
            rows.append(TableRow(cells: cells))
        }
        let widths = [4.5] + years.map { _ in 1.4 } + (hasTrend ? [1.8] : []) + [3.5]
        return Table(columnWidths: widths, headerRowCount: 2, rows: rows)
    }
}
