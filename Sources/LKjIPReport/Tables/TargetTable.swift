import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// Target tables of a Perjanjian Kinerja (IKU, IKP, the measured level) and of BAB II B:
/// No., sasaran, indicators and targets, each sasaran spanning its indicators.
enum TargetTable {
    struct Row {
        var sasaran: String
        var indikator: [(nama: String, target: String)]
    }

    static func make(sasaranHeader: String, indikatorHeader: String, rows: [Row], numberRow: Bool, wording w: Wording) -> Table {
        var table = [TableRow(cells: [w[.kolomNoUrut], sasaranHeader, indikatorHeader, w[.kolomTarget]].map { Cells.header($0) })]
        if numberRow { table.append(Cells.numbers(4, parenthesised: true)) }
        for (position, row) in rows.enumerated() {
            let span = max(row.indikator.count, 1)
            for (index, item) in row.indikator.enumerated() {
                var cells: [TableCell] = []
                if index == 0 {
                    cells.append(Cells.figure("\(position + 1).", rowSpan: span))
                    cells.append(Cells.text(row.sasaran, rowSpan: span))
                }
                cells.append(Cells.text(row.indikator.count > 1 ? "\(index + 1). \(item.nama)" : item.nama))
                cells.append(Cells.figure(item.target))
                table.append(TableRow(cells: cells))
            }
        }
        var result = Table(columnWidths: [0.8, 4, 5, 1.6], headerRowCount: numberRow ? 2 : 1, rows: table)
        result.portrait = true
        return result
    }

    /// The IKU or IKP of the level above, printed in the PK's lampiran.
    static func iku(_ sasaran: [SasaranPK], header: String, indikatorHeader: String, wording: Wording) -> Table {
        make(sasaranHeader: header, indikatorHeader: indikatorHeader, rows: sasaran.map { item in
            Row(sasaran: item.nama, indikator: item.indikator.map { ($0.nama, $0.targetTeks ?? IndonesianFormat.nilai($0.target, satuan: $0.satuan, decimals: $0.desimal)) })
        }, numberRow: true, wording: wording)
    }

    /// The measured sasaran with the words of the signatory's level.
    static func measured(_ sasaran: [Sasaran], tingkat: TingkatPK, numberRow: Bool, wording: Wording) -> Table {
        make(sasaranHeader: tingkat.sasaran, indikatorHeader: tingkat.indikator, rows: sasaran.map { item in
            Row(sasaran: item.nama, indikator: item.indikator.map { ($0.nama, IndikatorKinerja.target($0)) })
        }, numberRow: numberRow, wording: wording)
    }
}

/// The budget table of a Perjanjian Kinerja: its lines with their amounts and the total.
/// Lines typed in the PK print as before (programme lines bold, the kegiatan under them); a
/// PK that lists lines of the office budget by code prints them under the name of their
/// level ("Program" for a head of office, "Kegiatan" for a Kepala Bidang).
enum KegiatanTable {
    static func make(_ pk: PerjanjianEfektif, wording w: Wording) -> Table {
        let levels = Set(pk.kegiatan.map { $0.tingkat ?? -1 })
        let header = levels.count == 1 ? pk.kegiatan.first?.tingkat.flatMap(w.tingkatAnggaran) ?? w[.kolomProgramKegiatan] : w[.kolomProgramKegiatan]
        let top = levels.filter { $0 >= 0 }.min()
        var rows = [TableRow(cells: [Cells.header(header), Cells.header(w[.kolomAnggaran])])]
        for line in pk.kegiatan {
            // Bold: a programme line typed in the PK, or the top level of a PK that lists
            // several levels of the office budget.
            let bold = line.kegiatan.isProgram || (levels.count > 1 && line.tingkat != nil && line.tingkat == top)
            rows.append(TableRow(cells: [Cells.text(label(line), bold: bold), Cells.amount(IndonesianFormat.rupiah(line.anggaran) + ",-", bold: bold)]))
        }
        rows.append(TableRow(cells: [Cells.text(w[.barisJumlah], bold: true), Cells.amount(IndonesianFormat.rupiah(pk.totalAnggaran) + ",-", bold: true)]))
        var result = Table(columnWidths: [6, 2.6], headerRowCount: 1, rows: rows)
        result.portrait = true
        return result
    }

    /// A line of the office budget prints with its code, as a DPA or DIPA does.
    static func label(_ line: KegiatanEfektif) -> String {
        guard line.dariAnggaran, let kode = line.kegiatan.kode else { return line.kegiatan.nama }
        return "\(kode) \(line.kegiatan.nama)"
    }
}

/// BAB III D: the capaian of one division as the e-Performance application lists it.
enum EPerformanceTable {
    static func make(_ sasaran: [SasaranKinerja], tingkat: TingkatPK, wording w: Wording) -> Table {
        var rows = [TableRow(cells: [w[.kolomNo], tingkat.sasaran, tingkat.indikator, w[.kolomTargetTahunan], w[.kolomRealisasi], w[.kolomCapaian]].map { Cells.header($0) })]
        for (position, item) in sasaran.enumerated() {
            let span = max(item.indikator.count, 1)
            for (index, indikator) in item.indikator.enumerated() {
                var cells: [TableCell] = []
                if index == 0 {
                    cells.append(Cells.figure("\(position + 1).", rowSpan: span))
                    cells.append(Cells.text(item.sasaran.nama, rowSpan: span))
                }
                cells.append(Cells.text(IndicatorLabel.numbered(indikator, index: index, of: item.indikator.count)))
                cells.append(Cells.figure(indikator.targetTeks))
                cells.append(Cells.figure(indikator.realisasiText))
                cells.append(Cells.status(CapaianWords.capaian(indikator, w), indikator.status))
                rows.append(TableRow(cells: cells))
            }
        }
        return Table(columnWidths: [0.8, 3.5, 4.5, 1.4, 1.4, 1.3], headerRowCount: 1, rows: rows)
    }
}

/// Targets changed by revisions: the division, signed target, final target, and the revision
/// that set it (with its reason).
enum PerubahanTargetTable {
    static func make(_ changes: [(divisi: String, change: PerubahanTargetEfektif)], wording w: Wording) -> Table {
        var rows = [TableRow(cells: [w[.kolomNo], w[.perubahanBagian], w[.perubahanIndikator], w[.perubahanTargetAwal], w[.perubahanTargetRevisi], w[.perubahanRevisi]].map { Cells.header($0) })]
        for (index, item) in changes.enumerated() {
            let change = item.change
            let tanggal = (try? IndonesianFormat.date(iso: change.tanggal)) ?? change.tanggal
            rows.append(TableRow(cells: [
                Cells.figure("\(index + 1)"), Cells.text(item.divisi),
                Cells.text(change.tingkat == .ikk ? change.nama : "\(change.tingkat.rawValue): \(change.nama)"),
                Cells.figure(change.targetAwal),
                Cells.figure(change.targetRevisi),
                Cells.text(w.format(.perubahanBaris, ["nomor": IndonesianFormat.roman(change.nomor), "tanggal": tanggal, "alasan": change.alasan])),
            ]))
        }
        return Table(columnWidths: [0.6, 2, 4, 1.4, 1.4, 3.5], headerRowCount: 1, rows: rows)
    }
}
