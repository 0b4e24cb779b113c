import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The Rencana Aksi of one agreement: per sasaran and indicator, the yearly target, the
/// quarterly targets (the indicator's own `triwulan`, with how they add up), and each action
/// with its steps, who carries it out and its budget.
enum RencanaAksiTable {
    static func make(_ pk: PerjanjianEfektif, tingkat: TingkatPK, wording w: Wording) -> Table {
        let signatories = Signatories(wording: w)
        let plans = Dictionary((pk.perjanjian.rencanaAksi ?? []).map { ($0.indikator, $0.aksi) }, uniquingKeysWith: { first, _ in first })
        var rows = [
            TableRow(cells: [Cells.header(w[.kolomNo], rowSpan: 2), Cells.header(tingkat.sasaran, rowSpan: 2), Cells.header(tingkat.indikator, rowSpan: 2),
                             Cells.header(w[.kolomTargetTahunan], rowSpan: 2), Cells.header(w[.raTargetTriwulan], colSpan: 4),
                             Cells.header(w[.raRencanaAksi], rowSpan: 2), Cells.header(w[.kolomPenanggungJawab], rowSpan: 2), Cells.header(w[.kolomAnggaran], rowSpan: 2)]),
            TableRow(cells: [w[.tw1], w[.tw2], w[.tw3], w[.tw4]].map { Cells.header($0) }),
        ]
        for (position, sasaran) in pk.perjanjian.sasaranKegiatan.enumerated() where !sasaran.indikator.isEmpty {
            let spans = sasaran.indikator.map { max(plans[$0.id]?.count ?? 0, 1) }
            for (index, indikator) in sasaran.indikator.enumerated() {
                let actions = plans[indikator.id] ?? []
                let defaultResponsible = indikator.penanggungJawab ?? (pk.perjanjian.isKantor ? signatories.jabatan(pk.pihakPertama) : pk.divisi.nama)
                for row in 0..<spans[index] {
                    var cells: [TableCell] = []
                    if index == 0 && row == 0 {
                        let total = spans.reduce(0, +)
                        cells.append(Cells.figure("\(position + 1).", rowSpan: total))
                        cells.append(Cells.text(sasaran.nama, rowSpan: total))
                    }
                    if row == 0 {
                        let span = spans[index]
                        var blocks = [paragraph(indikator.nama)]
                        if let quarters = indikator.triwulan { blocks.append(paragraph(w.format(.raSifatTarget, ["sifat": sifat(quarters.agregasi, w)]), italic: true)) }
                        cells.append(TableCell(blocks: blocks, rowSpan: span))
                        cells.append(Cells.figure(IndikatorKinerja.target(indikator), rowSpan: span))
                        let targets = indikator.triwulan?.targets ?? [nil, nil, nil, nil]
                        for target in targets {
                            cells.append(Cells.figure(IndonesianFormat.nilai(target, satuan: indikator.satuan, decimals: indikator.desimal), rowSpan: span))
                        }
                    }
                    if row < actions.count {
                        let action = actions[row]
                        var blocks = [paragraph(action.uraian)]
                        for (step, text) in (action.subAksi ?? []).enumerated() { blocks.append(paragraph("\(letter(step)). \(text)")) }
                        cells.append(TableCell(blocks: blocks))
                        cells.append(Cells.text(action.penanggungJawab ?? defaultResponsible))
                        cells.append(Cells.amount(amount(action, pk).map(IndonesianFormat.rupiah) ?? "-"))
                    } else {
                        cells.append(Cells.figure("-"))
                        cells.append(Cells.text(defaultResponsible))
                        cells.append(Cells.amount("-"))
                    }
                    rows.append(TableRow(cells: cells))
                }
            }
        }
        // Without any action the action and budget columns hold "-" only: the sasaran and
        // indicators take their room, so the rows stay short on the landscape page.
        let planned = !(pk.perjanjian.rencanaAksi ?? []).allSatisfy { $0.aksi.isEmpty }
        let widths = planned ? [0.6, 2.4, 2.8, 1.2, 1, 1, 1, 1, 3.4, 1.8, 1.8] : [0.6, 3.0, 4.2, 1.2, 0.9, 0.9, 0.9, 0.9, 0.8, 4.2, 0.8]
        return Table(columnWidths: widths, headerRowCount: 2, rows: rows)
    }

    /// The budget of an action: the amount of the PK's budget line it names (after the
    /// latest revision), or its own.
    static func amount(_ action: Aksi, _ pk: PerjanjianEfektif) -> Int64? {
        if let name = action.kegiatan { return pk.kegiatan.first { $0.kegiatan.isNamed(name) }?.anggaran }
        return action.anggaran
    }

    /// How the quarterly targets add up, in the wording: the indicator's `agregasi`.
    static func sifat(_ agregasi: Agregasi, _ w: Wording) -> String {
        switch agregasi {
        case .akhir: return w[.raKumulatif]
        case .jumlah: return w[.raPerTriwulan]
        case .rata_rata: return w[.raRataRata]
        }
    }

    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < letters.count ? String(letters[index]) : String(index + 1)
    }

    static func paragraph(_ text: String, italic: Bool = false) -> Block {
        .paragraph(Paragraph(content: [.text(text, italic ? .italic : [])], style: .tableText, alignment: .left))
    }
}
