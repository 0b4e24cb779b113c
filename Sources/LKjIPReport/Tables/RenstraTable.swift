import LKjIPCompute
import LKjIPDocument

/// BAB III A table d: Renstra medium-term targets and realisasi so far, with the progress
/// toward the end target of linked rows (analysis 3).
enum RenstraTable {
    static func make(_ unit: UnitKinerjaHasil, tahun: Int) -> Table {
        let targets = unit.tahunTargetRenstra
        let realisasi = unit.tahunRealisasiRenstra
        let hasProgress = unit.renstra.contains { $0.progres != nil }
        var first: [TableCell] = [Cells.header("Indikator Kinerja Kegiatan", rowSpan: 2)]
        if !targets.isEmpty { first.append(Cells.header("Target Jangka Menengah", colSpan: targets.count)) }
        if !realisasi.isEmpty { first.append(Cells.header("Realisasi Kinerja", colSpan: realisasi.count)) }
        if hasProgress { first.append(Cells.header("Capaian thd Target \(targets.last.map(String.init) ?? "Akhir")", rowSpan: 2)) }
        let second = (targets + realisasi).map { Cells.header(String($0)) }
        var rows = [TableRow(cells: first), TableRow(cells: second), Cells.numbers(1 + targets.count + realisasi.count + (hasProgress ? 1 : 0))]
        for row in unit.renstra {
            var cells = [Cells.label(row.nama)]
            cells += targets.map { Cells.figure(IndonesianFormat.cell(row.target[$0], satuan: row.satuanTarget ?? row.satuan, decimals: row.desimal)) }
            cells += realisasi.map { Cells.figure(IndonesianFormat.cell(row.realisasi[$0], satuan: row.satuan, decimals: row.desimal)) }
            if hasProgress { cells.append(Cells.figure(row.progres.map { IndonesianFormat.capaian($0.capaian) } ?? "-")) }
            rows.append(TableRow(cells: cells))
        }
        let widths = [4.0] + (targets + realisasi).map { _ in 1.1 } + (hasProgress ? [1.4] : [])
        return Table(columnWidths: widths, headerRowCount: 3, rows: rows)
    }
}
