import LKjIPCompute
import LKjIPDocument

/// Budget tables (BAB III A table c and BAB III B): pagu, realisasi and capaian per year.
/// Amounts are printed without "Rp" and the unit stands in the row label ("PAGU (Rp)"), so
/// four years of eleven-digit amounts fit a portrait page at a readable size.
enum AnggaranTable {
    /// `yearWord`: the column heads say "Tahun 2023" (unit tables) or "2023" (the office's).
    static func make(_ rows: [RealisasiAnggaran], wording w: Wording, yearWord: Bool = true) -> Table {
        var table = [TableRow(cells: [Cells.header(w[.anggaranJudul])] + rows.map { Cells.header(yearWord ? w.format(.anggaranTahun, ["tahun": String($0.tahun)]) : String($0.tahun)) })]
        table.append(TableRow(cells: [Cells.label(w[.anggaranPagu])] + rows.map { Cells.amount(IndonesianFormat.integer($0.pagu)) }))
        table.append(TableRow(cells: [Cells.label(w[.anggaranRealisasi])] + rows.map { Cells.amount(IndonesianFormat.integer($0.realisasi)) }))
        table.append(TableRow(cells: [Cells.label(w[.anggaranCapaian])] + rows.map { Cells.figure(IndonesianFormat.persenAnggaran($0.persen)) }))
        return Table(columnWidths: [2.2] + rows.map { _ in 2.4 }, headerRowCount: 1, rows: table)
    }
}
