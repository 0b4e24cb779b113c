import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The two forms of the IKU document. The standard form (PermenPAN-RB 53/2014 and the IKU
/// manuals): per sasaran its key indicators with their definition, formula, unit, targets
/// per Renstra year, data source and who answers for them. The summary form of the Sulawesi
/// Barat seed: one row per sasaran, numbered across the divisions under each division's
/// heading, the sasaran's indicators numbered inside one cell and their targets in the next.
enum IkuTable {
    /// One group of rows: a division, or the office's own IKU (no heading then).
    struct Group {
        let kinerja: DivisiKinerja
        let heading: String?
    }

    static func groups(_ report: ComputedReport) -> [Group] {
        let units = IndikatorUtama.units(report)
        return units.map { Group(kinerja: $0, heading: units.count > 1 || !$0.divisi.id.isEmpty ? ($0.divisi.namaSingkat ?? $0.divisi.nama) : nil) }
    }

    /// Who answers for an indicator when the data names nobody: its division, or for the
    /// office's own IKU the head of office.
    static func penanggungJawab(_ indikator: Indikator, in kinerja: DivisiKinerja, signatories: Signatories) -> String {
        if let named = indikator.penanggungJawab, !named.isEmpty { return named }
        return kinerja.divisi.id.isEmpty ? signatories.jabatan(kinerja.perjanjian.pihakPertama) : kinerja.divisi.nama
    }

    /// The standard form. The targets of the Renstra years share one cell, a line per year
    /// ("2025: 3,60"): with a column per year the thirteen columns of a five-year Renstra
    /// need more than a landscape A4 page at 9 pt (each column costs its padding), and words
    /// would break.
    static func standar(_ report: ComputedReport, wording w: Wording, images: [String: Image]) -> Table? {
        let groups = groups(report)
        guard groups.contains(where: { !$0.kinerja.sasaran.isEmpty }) else { return nil }
        let years = IndikatorUtama.years(report)
        let tahun = report.data.instansi.tahun
        let tingkat = report.kantor != nil ? w.tingkatKantor : w.tingkat(groups[0].kinerja.divisi)
        let signatories = Signatories(wording: w)
        let columns = 9
        var rows = [
            TableRow(cells: [w[.kolomNo], tingkat.sasaran, w[.ikuIndikator], w[.ikuDefinisi], w[.ikuFormula], w[.kolomSatuan],
                             w[.ikuTarget], w[.ikuSumberData], w[.kolomPenanggungJawab]].map { Cells.header($0) }),
        ]
        var number = 0
        for group in groups {
            if let heading = group.heading {
                rows.append(TableRow(cells: [.text(heading, colSpan: columns, shading: Cells.groupFill, bold: true)], keepWithNext: true))
            }
            for sasaran in group.kinerja.sasaran where !sasaran.indikator.isEmpty {
                number += 1
                for (index, item) in sasaran.indikator.enumerated() {
                    let indikator = item.indikator
                    var cells: [TableCell] = []
                    if index == 0 {
                        cells.append(Cells.figure("\(number).", rowSpan: sasaran.indikator.count))
                        cells.append(Cells.text(sasaran.sasaran.nama, rowSpan: sasaran.indikator.count))
                    }
                    cells.append(Cells.text(indikator.nama))
                    cells.append(TableCell(blocks: Markdown.cell(indikator.definisiOperasional ?? "-", images: images)))
                    cells.append(Cells.text(indikator.formula ?? "-"))
                    cells.append(Cells.figure((indikator.satuan ?? "").isEmpty ? "-" : indikator.satuan!))
                    // The unit stands in its own column: a target prints its number alone,
                    // unless its cell carries another unit of its own ("11 Kab/Kota").
                    let row = IndikatorUtama.renstra(indikator.id, in: group.kinerja)
                    let targets = years.compactMap { year -> Block? in
                        let value: String
                        if let row, let cell = row.target[year] {
                            value = IndonesianFormat.cell(cell, satuan: nil, decimals: row.desimal ?? indikator.desimal)
                        } else if year == tahun {
                            value = indikator.target.map { IndonesianFormat.nilai($0, satuan: nil, decimals: indikator.desimal) } ?? item.targetTeks
                        } else {
                            return nil
                        }
                        return paragraph("\(year): \(value)", alignment: .left)
                    }
                    cells.append(TableCell(blocks: targets))
                    cells.append(Cells.text(indikator.sumberData ?? "-"))
                    cells.append(Cells.text(penanggungJawab(indikator, in: group.kinerja, signatories: signatories)))
                    rows.append(TableRow(cells: cells))
                }
            }
        }
        return Table(columnWidths: [0.6, 2.6, 2.8, 3.4, 2.8, 1.1, 1.5, 1.8, 1.8], headerRowCount: 1, rows: rows)
    }

    /// The summary form: NO, SASARAN, INDIKATOR, TARGET in capitals as the seed prints them,
    /// each division's heading in capitals, sasaran numbered 1, 2, 3 across the divisions.
    /// As in the seed, the first division's heading stands above the column headings: the
    /// table then repeats no header row on a new page (it would repeat that heading too).
    static func ringkas(_ report: ComputedReport, wording w: Wording) -> Table? {
        let groups = groups(report)
        guard groups.contains(where: { !$0.kinerja.sasaran.isEmpty }) else { return nil }
        let tingkat = report.kantor != nil ? w.tingkatKantor : w.tingkat(groups[0].kinerja.divisi)
        let header = TableRow(cells: [w[.kolomNo].uppercased(), tingkat.sasaran.uppercased(), tingkat.indikator.uppercased(), w[.kolomTarget].uppercased()].map { Cells.header($0) }, keepWithNext: true)
        var rows: [TableRow] = []
        var number = 0
        for group in groups {
            if let heading = group.heading {
                rows.append(TableRow(cells: [.text(heading.uppercased(), colSpan: 4, shading: Cells.groupFill, bold: true)], keepWithNext: true))
            }
            if rows.count <= 1 { rows.append(header) }
            // One row per indicator, the number and the sasaran spanning them (the seed shows
            // them as one cell): a target stays beside its own indicator however many lines
            // the indicator's name takes.
            for sasaran in group.kinerja.sasaran where !sasaran.indikator.isEmpty {
                number += 1
                let count = sasaran.indikator.count
                for (index, indikator) in sasaran.indikator.enumerated() {
                    var cells: [TableCell] = []
                    if index == 0 { cells += [Cells.figure("\(number)", rowSpan: count), Cells.text(sasaran.sasaran.nama, rowSpan: count)] }
                    cells += [TableCell(blocks: [paragraph(IndicatorLabel.numbered(indikator, index: index, of: count), alignment: .left)]),
                              TableCell(blocks: [paragraph(indikator.targetTeks, alignment: .center)], alignment: .center)]
                    rows.append(TableRow(cells: cells))
                }
            }
        }
        var table = Table(columnWidths: [0.6, 4, 6, 1.6], headerRowCount: groups[0].heading == nil ? 1 : 0, rows: rows)
        table.portrait = true
        return table
    }

    static func paragraph(_ text: String, alignment: Alignment) -> Block {
        .paragraph(Paragraph(content: [.text(text, [])], style: .tableText, alignment: alignment))
    }
}
