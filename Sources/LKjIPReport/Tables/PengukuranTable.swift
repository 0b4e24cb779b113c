import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The pengukuran kinerja of one division at the end of a quarter: per sasaran and
/// indicator, target and realisasi up to the quarter, the capaian between them (shaded by
/// status, as in BAB III), the yearly target for reference, and the quarter's causes and
/// follow-up.
enum PengukuranTable {
    static func make(_ unit: DivisiTriwulan, triwulan: String, tingkat: TingkatPK, wording w: Wording, images: [String: Image]) -> Table? {
        guard unit.sasaran.contains(where: { !$0.indikator.isEmpty }) else { return nil }
        let names = ["triwulan": triwulan]
        var rows = [TableRow(cells: [w[.kolomNo], tingkat.sasaran, tingkat.indikator, w.format(.twTarget, names), w.format(.twRealisasi, names),
                                     w[.kolomCapaian], w[.kolomTargetTahunan], w[.twPenyebab], w[.twTindakLanjut]].map { Cells.header($0) })]
        for (position, sasaran) in unit.sasaran.enumerated() where !sasaran.indikator.isEmpty {
            for (index, item) in sasaran.indikator.enumerated() {
                let indikator = item.indikator.indikator
                var cells: [TableCell] = []
                if index == 0 {
                    cells.append(Cells.figure("\(position + 1).", rowSpan: sasaran.indikator.count))
                    cells.append(Cells.text(sasaran.sasaran.sasaran.nama, rowSpan: sasaran.indikator.count))
                }
                cells.append(Cells.text(IndicatorLabel.numbered(item.indikator, index: index, of: sasaran.indikator.count)))
                if item.tahunan {
                    // The year's cells exactly as table a of BAB III prints them.
                    cells.append(Cells.figure(item.indikator.targetTeks))
                    cells.append(Cells.figure(item.indikator.realisasiText))
                    cells.append(Cells.status(CapaianWords.capaian(item.indikator, w), item.status))
                } else {
                    cells.append(Cells.figure(IndonesianFormat.nilai(item.target, satuan: indikator.satuan, decimals: indikator.desimal)))
                    cells.append(Cells.figure(IndonesianFormat.nilai(item.realisasi, satuan: indikator.satuan, decimals: indikator.desimal)))
                    cells.append(Cells.status(IndonesianFormat.capaian(item.capaian), item.status))
                }
                cells.append(Cells.figure(item.indikator.targetTeks))
                cells.append(text(item.analisis?.penyebab, images: images))
                cells.append(text(item.analisis?.tindakLanjut, images: images))
                rows.append(TableRow(cells: cells))
            }
        }
        return Table(columnWidths: [0.6, 2.6, 3.2, 1.3, 1.3, 1.1, 1.3, 2.8, 2.8], headerRowCount: 1, rows: rows)
    }

    static func text(_ markdown: String?, images: [String: Image]) -> TableCell {
        guard let markdown, !markdown.trimmingWhitespace().isEmpty else { return Cells.figure("-") }
        return TableCell(blocks: Markdown.cell(markdown, images: images))
    }
}
