import LKjIPCompute
import LKjIPDocument

/// Budget tables (BAB III A table c and BAB III B): pagu, realisasi and capaian per year.
enum AnggaranTable {
    static func make(_ rows: [RealisasiAnggaran], yearPrefix: String = "Tahun ") -> Table {
        var table = [TableRow(cells: [Cells.header("Kinerja Keuangan Satker")] + rows.map { Cells.header("\(yearPrefix)\($0.tahun)") })]
        table.append(TableRow(cells: [Cells.label("PAGU")] + rows.map { Cells.amount(IndonesianFormat.rupiah($0.pagu)) }))
        table.append(TableRow(cells: [Cells.label("REALISASI")] + rows.map { Cells.amount(IndonesianFormat.rupiah($0.realisasi)) }))
        table.append(TableRow(cells: [Cells.label("CAPAIAN")] + rows.map { Cells.figure(IndonesianFormat.persenAnggaran($0.persen)) }))
        return Table(columnWidths: [2.2] + rows.map { _ in 2.4 }, headerRowCount: 1, rows: table)
    }
}
