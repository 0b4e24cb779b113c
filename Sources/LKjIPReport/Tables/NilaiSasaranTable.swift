import LKjIPCompute
import LKjIPDocument

/// The e-Performance "Indikator Sasaran" table: one row per sasaran with NILAI SS and its status.
enum NilaiSasaranTable {
    static func make(_ sasaran: [SasaranKinerja]) -> Table {
        var rows = [TableRow(cells: ["KODE SS", "NAMA SS", "JUMLAH IKK", "NILAI SS", "STATUS SS"].map { Cells.header($0) })]
        for item in sasaran {
            rows.append(TableRow(cells: [
                Cells.figure(item.kode), Cells.text(item.sasaran.nama), Cells.figure(String(item.jumlahIndikator)),
                Cells.figure(IndonesianFormat.capaian(item.nilai)), Cells.status(item.status.label, item.status),
            ]))
        }
        return Table(columnWidths: [1.2, 5, 1.3, 1.3, 1.6], headerRowCount: 1, rows: rows)
    }
}
