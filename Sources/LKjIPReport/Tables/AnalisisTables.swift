import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The computed analyses of PermenPAN-RB 53/2014 for a unit, one table each:
/// (2) against earlier years, (3) against the Renstra end target, (4) against a national
/// standard, (6) efficiency, (7) the supporting kegiatan and their budget.
struct AnalisisTables {
    let tingkat: TingkatPK
    let wording: Wording

    /// Analyses 2, 3 and 4 side by side per indicator: the report year's realisasi, its
    /// change from the year before, the share of the Renstra end target reached, and the
    /// national standard where one is set.
    func perbandingan(_ sasaran: [SasaranKinerja], tahun: Int) -> Table? {
        let w = wording
        let indicators = sasaran.flatMap(\.indikator)
        guard indicators.contains(where: { $0.riwayat != nil || $0.renstra != nil || $0.standar != nil }) else { return nil }
        let endYear = indicators.compactMap { $0.renstra?.tahunAkhir }.max()
        var rows = [TableRow(cells: [
            Cells.header(tingkat.indikator), Cells.header(w.format(.perbandinganRealisasi, ["tahun": String(tahun)])), Cells.header(w[.perbandinganSebelumnya]),
            Cells.header(w.format(.perbandinganTargetRenstra, ["tahun": endYear.map(String.init) ?? ""])), Cells.header(w[.perbandinganCapaianRenstra]),
            Cells.header(w[.perbandinganStandar]),
        ])]
        for (index, item) in indicators.enumerated() {
            let renstraTarget = item.renstra?.targetAkhirTeks ?? "-"
            var standar = "-"
            if let comparison = item.standar {
                let value = IndonesianFormat.nilai(comparison.standar.nilai, satuan: item.indikator.satuan, decimals: item.indikator.desimal)
                let verdict = comparison.memenuhi.map { $0 ? w[.standarMemenuhi] : w[.standarBelumMemenuhi] } ?? "-"
                standar = "\(value) (\(verdict))"
            }
            rows.append(TableRow(cells: [
                Cells.label("\(index + 1). \(item.indikator.nama)"),
                Cells.figure(item.realisasiText),
                Cells.figure(item.riwayat?.tren.map { CapaianWords.tren($0, w) } ?? "-"),
                Cells.figure(renstraTarget),
                Cells.figure(item.renstra.map { CapaianWords.renstra($0, w) } ?? "-"),
                Cells.figure(standar),
            ]))
        }
        return Table(columnWidths: [4.2, 1.5, 2, 1.5, 1.5, 1.8], headerRowCount: 1, rows: rows)
    }

    /// Analysis 6: NILAI SS against the share of the budget spent.
    func efisiensi(_ sasaran: [SasaranKinerja]) -> Table? {
        let w = wording
        let measured = sasaran.filter { $0.efisiensi != nil }
        guard !measured.isEmpty else { return nil }
        var rows = [TableRow(cells: [tingkat.sasaran, w[.efisiensiCapaian], w[.efisiensiSerapan], w[.efisiensiSelisih], w[.kolomStatus]].map { Cells.header($0) })]
        for item in measured {
            guard let efisiensi = item.efisiensi else { continue }
            rows.append(TableRow(cells: [
                Cells.label(item.sasaran.nama),
                Cells.figure(IndonesianFormat.capaian(efisiensi.capaian)),
                Cells.figure(IndonesianFormat.percent(efisiensi.serapan, decimals: 2)),
                Cells.figure(efisiensi.selisih.map { w.format(.poin, ["angka": IndonesianFormat.number($0, decimals: 2)]) } ?? "-"),
                Cells.figure(CapaianWords.efisiensi(efisiensi, w)),
            ]))
        }
        return Table(columnWidths: [4.5, 1.6, 1.6, 1.3, 1.6], headerRowCount: 1, rows: rows, keepTogether: false)
    }

    /// Analysis 7: the kegiatan behind each sasaran, with anggaran and, when reported, spending.
    func kegiatan(_ sasaran: [SasaranKinerja]) -> Table? {
        let w = wording
        guard sasaran.contains(where: { !$0.kegiatan.isEmpty }) else { return nil }
        var rows = [TableRow(cells: [tingkat.sasaran, w[.kolomProgramKegiatan], w[.kolomAnggaran], w[.kolomRealisasi], w[.kolomSerapan]].map { Cells.header($0) })]
        for item in sasaran where !item.kegiatan.isEmpty {
            for (index, line) in item.kegiatan.enumerated() {
                var cells: [TableCell] = []
                if index == 0 { cells.append(Cells.text(item.sasaran.nama, rowSpan: item.kegiatan.count)) }
                cells.append(Cells.text(line.kegiatan.nama, bold: line.kegiatan.isProgram))
                cells.append(Cells.amount(IndonesianFormat.rupiah(line.anggaran)))
                cells.append(Cells.amount(line.realisasi.map(IndonesianFormat.rupiah) ?? "-"))
                cells.append(Cells.figure(IndonesianFormat.persenAnggaran(line.serapan)))
                rows.append(TableRow(cells: cells))
            }
        }
        return Table(columnWidths: [3.2, 3.8, 2.2, 2.2, 1.3], headerRowCount: 1, rows: rows)
    }

    /// Quarterly targets and realisasi of the indicators that have them.
    func triwulan(_ sasaran: [SasaranKinerja]) -> Table? {
        let w = wording
        let indicators = sasaran.flatMap(\.indikator).filter { $0.indikator.triwulan != nil }
        guard !indicators.isEmpty else { return nil }
        let quarters = [w[.tw1], w[.tw2], w[.tw3], w[.tw4]]
        var rows = [
            TableRow(cells: [Cells.header(tingkat.indikator, rowSpan: 2), Cells.header(w[.kolomTarget], colSpan: 4), Cells.header(w[.kolomRealisasi], colSpan: 4), Cells.header(w[.kolomTahunan], rowSpan: 2)]),
            TableRow(cells: (quarters + quarters).map { Cells.header($0) }),
        ]
        for item in indicators {
            let satuan = item.indikator.satuan, desimal = item.indikator.desimal
            let targets = item.indikator.triwulan?.targets ?? []
            let values = item.triwulan ?? [nil, nil, nil, nil]
            var cells = [Cells.label(item.indikator.nama)]
            cells += targets.map { Cells.figure(IndonesianFormat.nilai($0, satuan: satuan, decimals: desimal)) }
            cells += values.map { Cells.figure(IndonesianFormat.nilai($0, satuan: satuan, decimals: desimal)) }
            cells.append(Cells.figure(item.realisasiText))
            rows.append(TableRow(cells: cells))
        }
        return Table(columnWidths: [3.6] + Array(repeating: 1.0, count: 8) + [1.3], headerRowCount: 2, rows: rows)
    }
}
