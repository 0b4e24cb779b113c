import LKjIPCompute
import LKjIPDocument

/// Budget tables (BAB III A table c and BAB III B): pagu, realisasi and capaian per year.
/// Amounts are printed without "Rp" and the unit stands in the row label ("PAGU (Rp)"), so
/// four years of eleven-digit amounts fit a portrait page at a readable size.
enum AnggaranTable {
    static func make(_ rows: [RealisasiAnggaran], yearPrefix: String = "Tahun ") -> Table {
        var table = [TableRow(cells: [Cells.header("Kinerja Keuangan Satker")] + rows.map { Cells.header("\(yearPrefix)\($0.tahun)") })]
        table.append(TableRow(cells: [Cells.label("PAGU (Rp)")] + rows.map { Cells.amount(IndonesianFormat.integer($0.pagu)) }))
        table.append(TableRow(cells: [Cells.label("REALISASI (Rp)")] + rows.map { Cells.amount(IndonesianFormat.integer($0.realisasi)) }))
        table.append(TableRow(cells: [Cells.label("CAPAIAN")] + rows.map { Cells.figure(IndonesianFormat.persenAnggaran($0.persen)) }))
        return Table(columnWidths: [2.2] + rows.map { _ in 2.4 }, headerRowCount: 1, rows: table)
    }
}
