import LKjIPModel

/// Applies a PK's revisions in order of `nomor`, so that a later revision overrides an
/// earlier one and targets a revision does not mention keep their previous value.
struct RevisionApplier {
    let perjanjian: PerjanjianKinerja
    let latest: Revisi?
    let perubahan: [PerubahanTargetEfektif]
    let problems: [Diagnostic]

    init(_ original: PerjanjianKinerja, file: String, sources: SourceMap) {
        var pk = original
        var problems: [Diagnostic] = []
        var lastChange: [String: Revisi] = [:]
        let revisions = (original.revisi ?? []).enumerated().sorted { ($0.element.nomor, $0.offset) < ($1.element.nomor, $1.offset) }
        for (revisionIndex, revisi) in revisions {
            for (changeIndex, change) in (revisi.target ?? []).enumerated() {
                guard let (s, i) = Self.position(of: change.indikator, in: pk) else {
                    let keyPath = "revisi[\(revisionIndex)].target[\(changeIndex)].indikator"
                    problems.append(Diagnostic(.error, at: sources.location(file: file, keyPath: keyPath),
                                               "revision \(revisi.nomor) changes the target of unknown indikator `\(change.indikator)`; known: \(Self.indikatorIds(pk))"))
                    continue
                }
                pk.sasaranKegiatan[s].indikator[i].target = change.target
                lastChange[change.indikator] = revisi
            }
            for (changeIndex, change) in (revisi.anggaran ?? []).enumerated() {
                guard let k = pk.kegiatan.firstIndex(where: { $0.id == change.kegiatan }) else {
                    let keyPath = "revisi[\(revisionIndex)].anggaran[\(changeIndex)].kegiatan"
                    let known = pk.kegiatan.compactMap(\.id).map { "`\($0)`" }.joined(separator: ", ")
                    problems.append(Diagnostic(.error, at: sources.location(file: file, keyPath: keyPath),
                                               "revision \(revisi.nomor) changes the budget of unknown kegiatan `\(change.kegiatan)`; known: \(known.isEmpty ? "none (give kegiatan an id)" : known)"))
                    continue
                }
                pk.kegiatan[k].anggaran = change.anggaran
            }
        }
        var perubahan: [PerubahanTargetEfektif] = []
        for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
            for (i, indikator) in sasaran.indikator.enumerated() {
                let awal = original.sasaranKegiatan[s].indikator[i].target
                guard awal != indikator.target, let revisi = lastChange[indikator.id] else { continue }
                perubahan.append(PerubahanTargetEfektif(
                    indikator: indikator, sasaran: sasaran.nama, targetAwal: awal, targetRevisi: indikator.target,
                    alasan: revisi.alasan, nomor: revisi.nomor, tanggal: revisi.tanggal))
            }
        }
        self.perjanjian = pk
        self.latest = revisions.last?.element
        self.perubahan = perubahan
        self.problems = problems
    }

    static func position(of id: String, in pk: PerjanjianKinerja) -> (Int, Int)? {
        for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
            if let i = sasaran.indikator.firstIndex(where: { $0.id == id }) { return (s, i) }
        }
        return nil
    }

    static func indikatorIds(_ pk: PerjanjianKinerja) -> String {
        pk.sasaranKegiatan.flatMap(\.indikator).map { "`\($0.id)`" }.joined(separator: ", ")
    }
}
