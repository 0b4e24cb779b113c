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

    public static func compute(_ data: ReportData) -> Result {
        var problems: [Diagnostic] = []
        // Figures do not depend on narrative text, so they are computed once on the data as
        // typed; the citations are then resolved, and the report built on the resolved data.
        let raw = figures(data, problems: &problems)
        let catalog = FigureCatalog(raw)
        var resolved = data
        problems += FigureCitations.resolve(&resolved, catalog: catalog)
        var ignored: [Diagnostic] = []
        let report = figures(resolved, problems: &ignored)
        return Result(report: ComputedReport(
            data: resolved, divisi: report.divisi, pegawai: report.pegawai, satkerPerJenis: report.satkerPerJenis,
            jumlahUpt: report.jumlahUpt, anggaranKantor: report.anggaranKantor, perjanjian: report.perjanjian,
            figures: catalog), diagnostics: problems)
    }

    static func figures(_ data: ReportData, problems: inout [Diagnostic]) -> ComputedReport {
        let pejabat = Dictionary(data.pejabat.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let divisiById = Dictionary(data.organisasi.divisi.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var perjanjian: [PerjanjianEfektif] = []
        // An unknown pejabat has been reported by the loader; the agreement is still computed
        // (with an empty signatory) so that its figures exist and no citation of them is
        // reported as a second, false error. Such a run writes nothing.
        func signatory(_ id: String) -> Pejabat { pejabat[id] ?? Pejabat(id: id, nama: "", nip: "", jabatan: "") }
        for pk in data.perjanjian {
            guard let divisi = divisiById[pk.divisi] else { continue }
            let first = signatory(pk.pihakPertama), second = signatory(pk.pihakKedua)
            let capaian = data.capaian.first { $0.divisi == pk.divisi }
            perjanjian.append(effective(pk, divisi: divisi, first: first, second: second, spending: capaian?.anggaranKegiatan ?? [], problems: &problems))
        }
        var divisiKinerja: [DivisiKinerja] = []
        for divisi in data.organisasi.divisi {
            let agreements = perjanjian.filter { $0.divisi.id == divisi.id }
            guard let measured = agreements.last else { continue }
            let kepala = signatory(divisi.kepala)
            let capaian = data.capaian.first { $0.divisi == divisi.id }
            divisiKinerja.append(DivisiComputer(data: data, divisi: divisi, kepala: kepala, measured: measured, agreements: agreements, capaian: capaian).compute())
        }
        let satker = data.organisasi.satker
        let upt = satker.filter { $0.jenis.lowercased() != JumlahJenisSatker.kanwil }
        return ComputedReport(
            data: data, divisi: divisiKinerja, pegawai: rekapPegawai(satker, problems: &problems, data: data),
            satkerPerJenis: satkerPerJenis(upt, kinds: data.organisasi.jenisSatker), jumlahUpt: upt.count,
            anggaranKantor: RealisasiAnggaran.rows(data.anggaran.realisasi.map { ($0.tahun, $0.pagu, $0.realisasi) }),
            perjanjian: perjanjian, figures: FigureCatalog.empty)
    }

    /// The agreement after its revisions, with programme lines summed from their kegiatan.
    static func effective(_ pk: PerjanjianKinerja, divisi: Divisi, first: Pejabat, second: Pejabat, spending: [RealisasiKegiatan], problems: inout [Diagnostic]) -> PerjanjianEfektif {
        let applied = RevisionApplier(pk)
        let lines = applied.perjanjian.kegiatan
        let spent = Dictionary(spending.map { ($0.kegiatan, $0.realisasi) }, uniquingKeysWith: { first, _ in first })
        var kegiatan: [KegiatanEfektif] = []
        for (index, line) in lines.enumerated() {
            if line.isProgram {
                let children = lines[(index + 1)...].prefix { !$0.isProgram }
                let amounts = children.compactMap(\.anggaran)
                var amount = line.anggaran ?? 0
                if !children.isEmpty {
                    if let total = CheckedSum.sum(amounts) { amount = total } else {
                        problems.append(Diagnostic(.error, at: SourceLocation(file: pk.file, keyPath: "kegiatan[\(index)]"), "the kegiatan of this programme add up to more than lkjip can hold; check the anggaran"))
                    }
                }
                let childSpending = children.map { $0.id.flatMap { spent[$0] } }
                let realisasi = childSpending.isEmpty || childSpending.contains(nil) ? nil : CheckedSum.sum(childSpending.compactMap { $0 })
                kegiatan.append(KegiatanEfektif(kegiatan: line, anggaran: amount, anggaranTertulis: children.isEmpty ? nil : line.anggaran, realisasi: realisasi))
            } else {
                kegiatan.append(KegiatanEfektif(kegiatan: line, anggaran: line.anggaran ?? 0, anggaranTertulis: nil, realisasi: line.id.flatMap { spent[$0] }))
            }
        }
        let counted = kegiatan.contains { !$0.kegiatan.isProgram } ? kegiatan.filter { !$0.kegiatan.isProgram } : kegiatan
        let total = CheckedSum.sum(counted.map(\.anggaran)) ?? {
            problems.append(Diagnostic(.error, at: SourceLocation(file: pk.file, keyPath: "kegiatan"), "the anggaran of this Perjanjian Kinerja add up to more than lkjip can hold"))
            return 0
        }()
        return PerjanjianEfektif(
            perjanjian: applied.perjanjian, pihakPertama: first, pihakKedua: second, divisi: divisi,
            revisi: applied.latest, tanggal: applied.latest?.tanggal ?? pk.tanggal,
            kegiatan: kegiatan, totalAnggaran: total, perubahan: applied.perubahan)
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
