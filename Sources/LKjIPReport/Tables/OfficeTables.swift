import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// BAB I B: employees per satker with computed totals.
enum PegawaiTable {
    static func make(_ rekap: RekapPegawai, wording w: Wording) -> Table {
        var rows = [
            TableRow(cells: [Cells.header(w[.pegawaiNo], rowSpan: 2), Cells.header(w[.pegawaiNama], rowSpan: 2), Cells.header(w[.pegawaiJenisKelamin], colSpan: 2), Cells.header(w[.pegawaiJumlah], rowSpan: 2)]),
            TableRow(cells: [Cells.header(w[.pegawaiLakiLaki]), Cells.header(w[.pegawaiPerempuan])]),
        ]
        for row in rekap.baris {
            rows.append(TableRow(cells: [
                Cells.figure(String(row.nomor)), Cells.text(row.satker.nama),
                Cells.amount(IndonesianFormat.integer(Int64(row.satker.lakiLaki))), Cells.amount(IndonesianFormat.integer(Int64(row.satker.perempuan))),
                Cells.amount(IndonesianFormat.integer(Int64(row.total))),
            ]))
        }
        rows.append(TableRow(cells: [
            .text(w[.pegawaiTotal], colSpan: 2, alignment: .center, bold: true),
            Cells.amount(IndonesianFormat.integer(Int64(rekap.lakiLaki)), bold: true), Cells.amount(IndonesianFormat.integer(Int64(rekap.perempuan)), bold: true),
            Cells.amount(IndonesianFormat.integer(Int64(rekap.total)), bold: true),
        ]))
        var result = Table(columnWidths: [0.7, 6, 1.5, 1.5, 1.3], headerRowCount: 2, rows: rows)
        result.portrait = true
        return result
    }
}

/// BAB III C 1: SMART DJA scores per satker.
enum SmartDjaTable {
    static func make(_ rows: [NilaiSmart], wording w: Wording) -> Table {
        var table = [TableRow(cells: [w[.kolomNo], w[.smartSatker], w[.smartKode], w[.smartNilai], w[.smartKeterangan]].map { Cells.header($0) })]
        for (index, row) in rows.enumerated() {
            table.append(TableRow(cells: [Cells.figure("\(index + 1)"), Cells.text(row.satker), Cells.figure(row.kode), Cells.figure(IndonesianFormat.number(row.nilai.value, decimals: 2)), Cells.text(row.keterangan ?? "")]))
        }
        return Table(columnWidths: [0.7, 4, 1.6, 1.5, 2], headerRowCount: 1, rows: table)
    }
}

/// BAB III C 2: IKPA aspects and indicators with their scores and weights.
enum IkpaTable {
    static func make(_ aspects: [AspekIkpa], wording w: Wording) -> Table {
        var rows = [TableRow(cells: [w[.ikpaAspekIndikator], w[.ikpaNilai], w[.ikpaBobot]].map { Cells.header($0) })]
        for aspect in aspects {
            rows.append(TableRow(cells: [.text(w.format(.ikpaAspek, ["aspek": aspect.aspek.uppercased()]), colSpan: 3, shading: Cells.groupFill, bold: true)]))
            for item in aspect.indikator {
                rows.append(TableRow(cells: [Cells.label(item.nama), Cells.figure(IndonesianFormat.number(item.nilai.value, decimals: 2)), Cells.figure(item.bobot.map { IndonesianFormat.number($0.value) + "%" } ?? "-")]))
            }
        }
        return Table(columnWidths: [4, 1.5, 1.5], headerRowCount: 1, rows: rows)
    }

    /// The explanation of each indicator of one aspect, name beside text.
    static func uraian(_ aspect: AspekIkpa, images: [String: Image]) -> Table {
        Table(columnWidths: [2, 6], rows: aspect.indikator.filter { !($0.uraian ?? "").isEmpty }.map { item in
            TableRow(cells: [Cells.label(item.nama), TableCell(blocks: Markdown.cell(item.uraian ?? "", images: images))])
        })
    }
}

/// The key to the status colours used in capaian cells.
enum LegendTable {
    static func make(wording w: Wording) -> Table {
        Table(columnWidths: [0.8, 5], rows: CapaianStatus.allCases.compactMap { status in
            guard let fill = status.shading else { return nil }
            return TableRow(cells: [.text(" ", shading: fill), Cells.text(CapaianWords.status(status, w))])
        }, borders: true, keepTogether: true)
    }
}
