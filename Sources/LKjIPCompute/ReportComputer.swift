import LKjIPModel

/// Derives every figure of the report from validated data: revised agreements with their
/// budget totals, capaian by the office's rules, NILAI SS, the BAB III analyses, staffing
/// totals, UPT counts and budget percentages.
///
/// It assumes `DataValidator` has run: a dangling reference is skipped here, never trusted.
/// Problems only arithmetic can find (a sum too large to hold, an unknown `{{figure}}` in a
/// narrative) are returned as diagnostics with the rest.
public enum ReportComputer {
    public struct Result: Sendable {
        public let report: ComputedReport
        public let diagnostics: [Diagnostic]
    }

    /// `figures` names every figure a narrative may cite (the report's view, built by
    /// `LKjIPReport`, which owns the names): the citations are resolved with it and the report
    /// computed again on the resolved prose. Without it the prose is left as typed.
    public static func compute(_ data: ReportData, figures: ((ComputedReport) -> FigureCatalog)? = nil) -> Result {
        var problems: [Diagnostic] = []
        // Figures do not depend on narrative text, so they are computed once on the data as
        // typed; the citations are then resolved, and the report built on the resolved data.
        let raw = self.figures(data, problems: &problems)
        guard let figures else { return Result(report: raw, diagnostics: problems) }
        let catalog = figures(raw)
        var resolved = data
        problems += FigureCitations.resolve(&resolved, catalog: catalog)
        var ignored: [Diagnostic] = []
        let report = self.figures(resolved, problems: &ignored)
        return Result(report: report.with(figures: catalog), diagnostics: problems)
    }

    static func figures(_ data: ReportData, problems: inout [Diagnostic]) -> ComputedReport {
        let pejabat = Dictionary(data.pejabat.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let divisiById = Dictionary(data.organisasi.divisi.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let program = AnggaranProgram(data.anggaran.programKegiatan)
        let kantor = officeDivisi(data)
        var perjanjian: [PerjanjianEfektif] = []
        // An unknown pejabat has been reported by the loader; the agreement is still computed
        // (with an empty signatory) so that its figures exist and no citation of them is
        // reported as a second, false error. Such a run writes nothing.
        func signatory(_ id: String) -> Pejabat { pejabat[id] ?? Pejabat(id: id, nama: "", nip: "", jabatan: "") }
        // The head of office's own agreement comes first, as the LAMPIRAN prints it.
        for pk in data.perjanjian.filter(\.isKantor) + data.perjanjian.filter({ !$0.isKantor }) {
            guard let divisi = pk.isKantor ? kantor : divisiById[pk.divisi] else { continue }
            let first = signatory(pk.pihakPertama), second = signatory(pk.pihakKedua)
            let capaian = data.capaian.first { $0.divisi == pk.divisi }
            perjanjian.append(effective(pk, divisi: divisi, first: first, second: second, spending: capaian?.anggaranKegiatan ?? [], program: program, problems: &problems))
        }
        func measure(_ divisi: Divisi) -> DivisiKinerja? {
            let agreements = perjanjian.filter { $0.divisi.id == divisi.id }
            guard let measured = agreements.last else { return nil }
            let kepala = signatory(divisi.kepala)
            let capaian = data.capaian.first { $0.divisi == divisi.id }
            return DivisiComputer(data: data, divisi: divisi, kepala: kepala, measured: measured, agreements: agreements, capaian: capaian, program: program).compute()
        }
        let divisiKinerja = data.organisasi.divisi.compactMap(measure)
        let satker = data.organisasi.satker
        let upt = satker.filter { !$0.isKantor }
        var rows = data.anggaran.realisasi.map { ($0.tahun, $0.pagu, $0.realisasi) }
        // The report year of the office budget follows from its programmes when not typed.
        if !program.isEmpty, !rows.contains(where: { $0.0 == data.instansi.tahun }), let pagu = program.totalPagu, let spent = program.totalRealisasi {
            rows.append((data.instansi.tahun, pagu, spent))
        }
        return ComputedReport(
            data: data, kantor: measure(kantor), divisi: divisiKinerja, pegawai: rekapPegawai(satker, problems: &problems, data: data),
            satkerPerJenis: satkerPerJenis(upt, kinds: data.organisasi.jenisSatker), jumlahUpt: upt.count,
            anggaranKantor: RealisasiAnggaran.rows(rows), program: program,
            perjanjian: perjanjian, figures: FigureCatalog.empty)
    }

    /// The office itself as the owner of the head of office's own agreement: measured in
    /// BAB III like a division, under the office's name.
    static func officeDivisi(_ data: ReportData) -> Divisi {
        Divisi(id: "", nama: data.instansi.nama, kepala: data.instansi.kepala, tugas: "")
    }

    /// The agreement after its revisions, with programme lines summed from their kegiatan and
    /// lines named by a code taken from the office budget.
    static func effective(_ pk: PerjanjianKinerja, divisi: Divisi, first: Pejabat, second: Pejabat, spending: [RealisasiKegiatan], program: AnggaranProgram = .empty, problems: inout [Diagnostic]) -> PerjanjianEfektif {
        let applied = RevisionApplier(pk)
        let lines = applied.perjanjian.kegiatan
        var spent: [String: Int64] = [:]
        for row in spending where spent[row.kegiatan] == nil { spent[row.kegiatan] = row.realisasi }
        func spentOn(_ line: Kegiatan) -> Int64? { line.id.flatMap { spent[$0] } ?? line.kode.flatMap { spent[$0] } }
        var kegiatan: [KegiatanEfektif] = []
        for (index, line) in lines.enumerated() {
            if let kode = line.kode, let budget = program.line(kode: kode) {
                var named = line
                if named.nama.isEmpty { named.nama = budget.baris.nama }
                // The part of a shared line this PK answers for: the lines it names under it.
                let parts = (line.rincian ?? []).compactMap { program.line(kode: $0) }.filter { program.isInside($0, budget) }
                var pagu = budget.pagu, realisasi = budget.realisasi
                if line.rincian != nil {
                    pagu = CheckedSum.sum(parts.map(\.pagu)) ?? 0
                    realisasi = parts.contains { $0.realisasi == nil } ? nil : CheckedSum.sum(parts.compactMap(\.realisasi))
                }
                kegiatan.append(KegiatanEfektif(kegiatan: named, anggaran: pagu, anggaranTertulis: line.anggaran, realisasi: realisasi, tingkat: budget.tingkat))
            } else if line.isProgram {
                let children = lines[(index + 1)...].prefix { !$0.isProgram }
                let amounts = children.compactMap(\.anggaran)
                var amount = line.anggaran ?? 0
                if !children.isEmpty {
                    if let total = CheckedSum.sum(amounts) { amount = total } else {
                        problems.append(Diagnostic(.error, at: SourceLocation(file: pk.file, keyPath: "kegiatan[\(index)]"), "the kegiatan of this programme add up to more than lkjip can hold; check the anggaran"))
                    }
                }
                let childSpending = children.map(spentOn)
                let realisasi = childSpending.isEmpty || childSpending.contains(nil) ? nil : CheckedSum.sum(childSpending.compactMap { $0 })
                kegiatan.append(KegiatanEfektif(kegiatan: line, anggaran: amount, anggaranTertulis: children.isEmpty ? nil : line.anggaran, realisasi: realisasi))
            } else {
                kegiatan.append(KegiatanEfektif(kegiatan: line, anggaran: line.anggaran ?? 0, anggaranTertulis: nil, realisasi: spentOn(line)))
            }
        }
        let total = CheckedSum.sum(counted(kegiatan, program: program).map(\.anggaran)) ?? {
            problems.append(Diagnostic(.error, at: SourceLocation(file: pk.file, keyPath: "kegiatan"), "the anggaran of this Perjanjian Kinerja add up to more than lkjip can hold"))
            return 0
        }()
        return PerjanjianEfektif(
            perjanjian: applied.perjanjian, pihakPertama: first, pihakKedua: second, divisi: divisi,
            revisi: applied.latest, tanggal: applied.latest?.tanggal ?? pk.tanggal,
            kegiatan: kegiatan, totalAnggaran: total, perubahan: applied.perubahan)
    }

    /// The lines a PK's total adds: the kegiatan typed under programme lines (or the programme
    /// lines alone when nothing is under them), and each line of the office budget that does
    /// not lie under another line the PK lists.
    public static func counted(_ kegiatan: [KegiatanEfektif], program: AnggaranProgram) -> [KegiatanEfektif] {
        let typed = kegiatan.filter { !$0.dariAnggaran }
        let typedCounted = typed.contains { !$0.kegiatan.isProgram } ? typed.filter { !$0.kegiatan.isProgram } : typed
        let budget = kegiatan.filter(\.dariAnggaran).compactMap { line in line.kegiatan.kode.flatMap { program.line(kode: $0) }.map { (line, $0) } }
        var seen: Set<String> = []
        let budgetCounted = budget.filter { line, node in
            guard seen.insert(node.baris.kode).inserted else { return false }
            return !budget.contains { other in other.1.index != node.index && program.isInside(node, other.1) }
        }.map(\.0)
        return typedCounted + budgetCounted
    }

    static func rekapPegawai(_ satker: [Satker], problems: inout [Diagnostic], data: ReportData) -> RekapPegawai {
        let baris = satker.enumerated().map { BarisPegawai(nomor: $0.offset + 1, satker: $0.element, total: CheckedSum.saturating($0.element.lakiLaki, $0.element.perempuan)) }
        let laki = CheckedSum.sum(satker.map(\.lakiLaki)) ?? Int.max
        let perempuan = CheckedSum.sum(satker.map(\.perempuan)) ?? Int.max
        return RekapPegawai(baris: baris, lakiLaki: laki, perempuan: perempuan, total: CheckedSum.saturating(laki, perempuan))
    }

    /// Kinds in the order of `jenis_satker` (or of first appearance), kinds with none left out.
    static func satkerPerJenis(_ upt: [Satker], kinds: [JenisSatker]?) -> [JumlahJenisSatker] {
        var counts: [String: Int] = [:]
        var order: [String] = kinds?.map(\.id) ?? []
        for satker in upt {
            let jenis = satker.jenis.lowercased()
            counts[jenis, default: 0] += 1
            if !order.contains(jenis) { order.append(jenis) }
        }
        return order.compactMap { jenis in
            guard let jumlah = counts[jenis], jumlah > 0 else { return nil }
            let label = kinds?.first { $0.id == jenis }?.nama ?? jenis.uppercased()
            return JumlahJenisSatker(jenis: jenis, label: label, jumlah: jumlah)
        }
    }
}
