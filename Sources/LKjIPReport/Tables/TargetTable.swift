import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// Target tables of a Perjanjian Kinerja (IKU, IKP, IKK) and of BAB II B: No., sasaran,
/// indicators and targets, each sasaran spanning its indicators.
enum TargetTable {
    struct Row {
        var sasaran: String
        var indikator: [(nama: String, target: String)]
    }

    static func make(sasaranHeader: String, indikatorHeader: String, rows: [Row], numberRow: Bool) -> Table {
        var table = [TableRow(cells: ["No.", sasaranHeader, indikatorHeader, "Target"].map { Cells.header($0) })]
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

    static func iku(_ sasaran: [SasaranPK], header: String, indikatorHeader: String) -> Table {
        make(sasaranHeader: header, indikatorHeader: indikatorHeader, rows: sasaran.map { item in
            Row(sasaran: item.nama, indikator: item.indikator.map { ($0.nama, $0.targetTeks ?? IndonesianFormat.nilai($0.target, satuan: $0.satuan, decimals: $0.desimal)) })
        }, numberRow: true)
    }

    static func ikk(_ sasaran: [Sasaran], numberRow: Bool) -> Table {
        make(sasaranHeader: "Sasaran Kegiatan", indikatorHeader: "Indikator Kinerja Kegiatan", rows: sasaran.map { item in
            Row(sasaran: item.nama, indikator: item.indikator.map { ($0.nama, IndikatorKinerja.target($0)) })
        }, numberRow: numberRow)
    }
}

/// The budget table of a Perjanjian Kinerja: programme lines (their sum computed) in bold,
/// kegiatan under them, and the total.
enum KegiatanTable {
    static func make(_ pk: PerjanjianEfektif) -> Table {
        var rows = [TableRow(cells: [Cells.header("Program / Kegiatan"), Cells.header("Anggaran")])]
        for line in pk.kegiatan {
            let bold = line.kegiatan.isProgram
            rows.append(TableRow(cells: [Cells.text(line.kegiatan.nama, bold: bold), Cells.amount(IndonesianFormat.rupiah(line.anggaran) + ",-", bold: bold)]))
        }
        rows.append(TableRow(cells: [Cells.text("Jumlah", bold: true), Cells.amount(IndonesianFormat.rupiah(pk.totalAnggaran) + ",-", bold: true)]))
        var result = Table(columnWidths: [6, 2.6], headerRowCount: 1, rows: rows)
        result.portrait = true
        return result
    }
}

/// BAB III D: the capaian of one division as the e-Performance application lists it.
enum EPerformanceTable {
    static func make(_ sasaran: [SasaranKinerja]) -> Table {
        var rows = [TableRow(cells: ["No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target (1 Tahun)", "Realisasi", "Capaian"].map { Cells.header($0) })]
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
                cells.append(Cells.status(indikator.capaianText, indikator.status))
                rows.append(TableRow(cells: cells))
            }
        }
        return Table(columnWidths: [0.8, 3.5, 4.5, 1.4, 1.4, 1.3], headerRowCount: 1, rows: rows)
    }
}

/// Targets changed by revisions: the division, signed target, final target, and the revision
/// that set it (with its reason).
enum PerubahanTargetTable {
    static func make(_ changes: [(divisi: String, change: PerubahanTargetEfektif)]) -> Table {
        var rows = [TableRow(cells: ["No", "Divisi", "Indikator", "Target Awal", "Target Revisi", "Revisi dan Alasan"].map { Cells.header($0) })]
        for (index, item) in changes.enumerated() {
            let change = item.change
            let tanggal = (try? IndonesianFormat.date(iso: change.tanggal)) ?? change.tanggal
            rows.append(TableRow(cells: [
                Cells.figure("\(index + 1)"), Cells.text(item.divisi),
                Cells.text(change.tingkat == .ikk ? change.nama : "\(change.tingkat.rawValue): \(change.nama)"),
                Cells.figure(change.targetAwal),
                Cells.figure(change.targetRevisi),
                Cells.text("Revisi \(IndonesianFormat.roman(change.nomor)), \(tanggal): \(change.alasan)"),
            ]))
        }
        return Table(columnWidths: [0.6, 2, 4, 1.4, 1.4, 3.5], headerRowCount: 1, rows: rows)
    }
}
