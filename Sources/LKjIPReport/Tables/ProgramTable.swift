import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// BAB III B for an office whose budget is written as programmes, kegiatan and sub kegiatan
/// (`anggaran.yaml` program_kegiatan): every line with its code, pagu, realisasi and their
/// percentage, each line under the line its code extends (the code shows the level; a
/// programme is bold), the total at the foot.
enum ProgramTable {
    static func make(_ program: AnggaranProgram, wording w: Wording) -> Table? {
        guard !program.isEmpty else { return nil }
        let levels = w.jenis.anggaran.isEmpty ? w[.kolomProgramKegiatan] : w.jenis.anggaran.joined(separator: " / ")
        var rows = [TableRow(cells: [w[.kolomKode], levels, w[.kolomPagu], w[.kolomRealisasi], w[.kolomPersen]].map { Cells.header($0) })]
        // A line with lines under it never ends a page: a programme or kegiatan row keeps
        // with the first row below it.
        let parents = Set(program.baris.compactMap(\.induk))
        for line in ordered(program) {
            let bold = line.tingkat == 0
            rows.append(TableRow(cells: [
                Cells.text(line.baris.kode, bold: bold), Cells.text(line.baris.nama, bold: bold),
                Cells.amount(IndonesianFormat.integer(line.pagu), bold: bold),
                Cells.amount(line.realisasi.map(IndonesianFormat.integer) ?? "-", bold: bold),
                Cells.figure(IndonesianFormat.persenAnggaran(line.serapan)),
            ], keepWithNext: parents.contains(line.index)))
        }
        let pagu = program.totalPagu ?? 0
        let spent = program.totalRealisasi
        rows.append(TableRow(cells: [
            .text(w[.barisJumlah], colSpan: 2, bold: true),
            Cells.amount(IndonesianFormat.integer(pagu), bold: true),
            Cells.amount(spent.map(IndonesianFormat.integer) ?? "-", bold: true),
            Cells.figure(IndonesianFormat.persenAnggaran(spent.flatMap { CapaianCalculator.persen(realisasi: $0, pagu: pagu) })),
        ]))
        // Portrait, as a DPA prints it: the names wrap rather than the page turning.
        var table = Table(columnWidths: [2.3, 5.2, 2.3, 2.3, 1.2], headerRowCount: 1, rows: rows)
        table.portrait = true
        return table
    }

    /// Each line followed by the lines under it, in the order the file lists them.
    static func ordered(_ program: AnggaranProgram) -> [BarisAnggaranEfektif] {
        var result: [BarisAnggaranEfektif] = []
        var children: [Int: [BarisAnggaranEfektif]] = [:]
        for line in program.baris { if let parent = line.induk { children[parent, default: []].append(line) } }
        func visit(_ line: BarisAnggaranEfektif, depth: Int) {
            guard depth <= program.baris.count else { return }
            result.append(line)
            for child in children[line.index] ?? [] { visit(child, depth: depth + 1) }
        }
        for root in program.puncak { visit(root, depth: 0) }
        return result
    }
}
