import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// BAB III A table d: Renstra medium-term targets and realisasi so far, with the progress
/// toward the end target of linked rows (analysis 3). Each row's unit stands once in a
/// "Satuan" column (`UnitColumn`), so that ten year columns stay wide enough for their figures.
enum RenstraTable {
    static func make(_ unit: UnitKinerjaHasil, tahun: Int, tingkat: TingkatPK, wording w: Wording) -> Table {
        let targets = unit.tahunTargetRenstra
        let realisasi = unit.tahunRealisasiRenstra
        let hasProgress = unit.renstra.contains { $0.progres != nil }
        let units = unit.renstra.map { row in
            UnitColumn(targets.map { (row.target[$0], row.satuanTarget ?? row.satuan) } + realisasi.map { (row.realisasi[$0], row.satuan) })
        }
        let hasUnits = units.contains { !$0.label.isEmpty }
        var first: [TableCell] = [Cells.header(tingkat.indikator, rowSpan: 2)]
        if hasUnits { first.append(Cells.header(w[.kolomSatuan], rowSpan: 2)) }
        if !targets.isEmpty { first.append(Cells.header(w[.renstraTarget], colSpan: targets.count)) }
        if !realisasi.isEmpty { first.append(Cells.header(w[.renstraRealisasi], colSpan: realisasi.count)) }
        if hasProgress { first.append(Cells.header(targets.last.map { w.format(.renstraCapaian, ["tahun": String($0)]) } ?? w[.renstraCapaianAkhir], rowSpan: 2)) }
        let second = (targets + realisasi).map { Cells.header(String($0)) }
        var rows = [TableRow(cells: first), TableRow(cells: second), Cells.numbers(1 + (hasUnits ? 1 : 0) + targets.count + realisasi.count + (hasProgress ? 1 : 0))]
        for (row, column) in zip(unit.renstra, units) {
            var cells = [Cells.label(row.nama)]
            if hasUnits { cells.append(Cells.figure(column.label.isEmpty ? "-" : column.label)) }
            cells += targets.map { Cells.figure(column.text(row.target[$0], fallback: row.satuanTarget ?? row.satuan, decimals: row.desimal)) }
            cells += realisasi.map { Cells.figure(column.text(row.realisasi[$0], fallback: row.satuan, decimals: row.desimal)) }
            if hasProgress { cells.append(Cells.figure(row.progres.map { CapaianWords.renstra($0, w) } ?? "-")) }
            rows.append(TableRow(cells: cells))
        }
        let widths = [4.0] + (hasUnits ? [1.4] : []) + (targets + realisasi).map { _ in 1.1 } + (hasProgress ? [1.4] : [])
        return Table(columnWidths: widths, headerRowCount: 3, rows: rows)
    }
}
