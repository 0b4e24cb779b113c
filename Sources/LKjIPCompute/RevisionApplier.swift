import LKjIPModel

/// Applies a PK's revisions in order of `nomor`, so that a later revision overrides an
/// earlier one and targets a revision does not mention keep their previous value. References
/// were checked by the loader (`DataValidator`); unknown ones are skipped here.
struct RevisionApplier {
    let perjanjian: PerjanjianKinerja
    let latest: Revisi?
    let perubahan: [PerubahanTargetEfektif]

    init(_ original: PerjanjianKinerja) {
        var pk = original
        var lastChange: [String: Revisi] = [:]
        let revisions = (original.revisi ?? []).enumerated().sorted { ($0.element.nomor, $0.offset) < ($1.element.nomor, $1.offset) }.map(\.element)
        for revisi in revisions {
            for change in revisi.target ?? [] {
                guard let (s, i) = Self.position(of: change.indikator, in: pk) else { continue }
                pk.sasaranKegiatan[s].indikator[i].target = change.target
                lastChange[change.indikator] = revisi
            }
            for change in revisi.anggaran ?? [] {
                guard let k = pk.kegiatan.firstIndex(where: { $0.id == change.kegiatan }) else { continue }
                pk.kegiatan[k].anggaran = change.anggaran
            }
        }
        var perubahan: [PerubahanTargetEfektif] = []
        for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
            for (i, indikator) in sasaran.indikator.enumerated() {
                guard let awal = original.sasaranKegiatan[s].indikator[i].target, let now = indikator.target,
                      awal.value != now.value, let revisi = lastChange[indikator.id] else { continue }
                perubahan.append(PerubahanTargetEfektif(
                    indikator: indikator, sasaran: sasaran.nama, targetAwal: awal, targetRevisi: now,
                    alasan: revisi.alasan, nomor: revisi.nomor, tanggal: revisi.tanggal))
            }
        }
        self.perjanjian = pk
        self.latest = revisions.last
        self.perubahan = perubahan
    }

    static func position(of id: String, in pk: PerjanjianKinerja) -> (Int, Int)? {
        for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
            if let i = sasaran.indikator.firstIndex(where: { $0.id == id }) { return (s, i) }
        }
        return nil
    }
}
