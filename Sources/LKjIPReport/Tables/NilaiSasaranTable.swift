import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The e-Performance "Indikator Sasaran" table: one row per sasaran with NILAI SS and its status.
enum NilaiSasaranTable {
    static func make(_ sasaran: [SasaranKinerja], tingkat: TingkatPK, wording w: Wording) -> Table {
        let titles = [w[.nilaiSsKode], w[.nilaiSsNama], w.format(.nilaiSsJumlah, ["singkatan": tingkat.singkatan]), w[.nilaiSsNilai], w[.nilaiSsStatus]]
        var rows = [TableRow(cells: titles.map { Cells.header($0) })]
        for item in sasaran {
            rows.append(TableRow(cells: [
                Cells.figure(item.kode), Cells.text(item.sasaran.nama), Cells.figure(String(item.jumlahIndikator)),
                Cells.figure(IndonesianFormat.capaian(item.nilai)), Cells.status(CapaianWords.status(item.status, w), item.status),
            ]))
        }
        return Table(columnWidths: [1.2, 5, 1.3, 1.3, 1.6], headerRowCount: 1, rows: rows)
    }
}
