import LKjIPModel

/// Applies a PK's revisions in order of `nomor`, so that a later revision overrides an
/// earlier one and targets a revision does not mention keep their previous value. A revision
/// changes any target of the agreement (IKK, IKP, IKU; single, range, word or quarterly) and
/// any budget line. Whether an entry can be applied (the indicator exists, the kind of target
/// matches) was checked by the loader (`DataValidator.revisedTarget`); what cannot be applied
/// is skipped here, never guessed.
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
                if let (s, i) = Self.position(of: change.indikator, in: pk) {
                    Self.apply(change, to: &pk.sasaranKegiatan[s].indikator[i])
                    lastChange[change.indikator] = revisi
                } else if let (level, s, i) = Self.upperPosition(of: change.indikator, in: pk) {
                    if level == .iku { Self.apply(change, to: &pk.sasaranStrategis[s].indikator[i]) } else { Self.apply(change, to: &pk.sasaranProgram[s].indikator[i]) }
                    lastChange[change.indikator] = revisi
                }
            }
            for change in revisi.anggaran ?? [] {
                guard let k = pk.kegiatan.firstIndex(where: { $0.id == change.kegiatan }) else { continue }
                pk.kegiatan[k].anggaran = change.anggaran
            }
        }
        var perubahan: [PerubahanTargetEfektif] = []
        // IKU, then IKP, then IKK, each in agreement order, as the PK's lampiran lists them.
        for (level, revised, signed) in [(PerubahanTargetEfektif.Tingkat.iku, pk.sasaranStrategis, original.sasaranStrategis), (.ikp, pk.sasaranProgram, original.sasaranProgram)] {
            for (s, sasaran) in revised.enumerated() {
                for (i, indikator) in sasaran.indikator.enumerated() {
                    guard let id = indikator.id, let revisi = lastChange[id] else { continue }
                    let awal = Self.text(signed[s].indikator[i]), now = Self.text(indikator)
                    guard awal != now else { continue }
                    perubahan.append(PerubahanTargetEfektif(tingkat: level, id: id, nama: indikator.nama, sasaran: sasaran.nama,
                                                            targetAwal: awal, targetRevisi: now, alasan: revisi.alasan, nomor: revisi.nomor, tanggal: revisi.tanggal))
                }
            }
        }
        for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
            for (i, indikator) in sasaran.indikator.enumerated() {
                guard let revisi = lastChange[indikator.id] else { continue }
                let before = original.sasaranKegiatan[s].indikator[i]
                let quartersChanged = before.triwulan?.targets != indikator.triwulan?.targets
                let awal = quartersChanged ? IndikatorKinerja.targetWithQuarters(before) : IndikatorKinerja.target(before)
                let now = quartersChanged ? IndikatorKinerja.targetWithQuarters(indikator) : IndikatorKinerja.target(indikator)
                guard awal != now else { continue }
                perubahan.append(PerubahanTargetEfektif(tingkat: .ikk, id: indikator.id, nama: indikator.nama, sasaran: sasaran.nama,
                                                        targetAwal: awal, targetRevisi: now, alasan: revisi.alasan, nomor: revisi.nomor, tanggal: revisi.tanggal))
            }
        }
        self.perjanjian = pk
        self.latest = revisions.last
        self.perubahan = perubahan
    }

    /// The change to an IKK: the yearly target of its kind, and the quarters it names.
    static func apply(_ change: PerubahanTarget, to indikator: inout Indikator) {
        if let target = change.target, indikator.targetRentang == nil, indikator.targetTeks == nil { indikator.target = target }
        if let word = change.targetTeks, indikator.targetTeks != nil { indikator.targetTeks = word }
        if let range = change.targetRentang, indikator.targetRentang != nil, range.count == 2 { indikator.targetRentang = range }
        if let quarters = change.triwulan, var triwulan = indikator.triwulan {
            triwulan.tw1 = quarters.tw1 ?? triwulan.tw1
            triwulan.tw2 = quarters.tw2 ?? triwulan.tw2
            triwulan.tw3 = quarters.tw3 ?? triwulan.tw3
            triwulan.tw4 = quarters.tw4 ?? triwulan.tw4
            indikator.triwulan = triwulan
        }
    }

    /// The change to an IKU or IKP: its numeric or word target.
    static func apply(_ change: PerubahanTarget, to indikator: inout IndikatorPK) {
        if let target = change.target, indikator.targetTeks == nil { indikator.target = target }
        if let word = change.targetTeks, indikator.targetTeks != nil { indikator.targetTeks = word }
    }

    static func text(_ indikator: IndikatorPK) -> String { IndikatorKinerja.target(indikator) }

    static func position(of id: String, in pk: PerjanjianKinerja) -> (Int, Int)? {
        for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
            if let i = sasaran.indikator.firstIndex(where: { $0.id == id }) { return (s, i) }
        }
        return nil
    }

    /// Where an IKU (sasaran strategis) or IKP (sasaran program) with this id is.
    static func upperPosition(of id: String, in pk: PerjanjianKinerja) -> (PerubahanTargetEfektif.Tingkat, Int, Int)? {
        for (level, list) in [(PerubahanTargetEfektif.Tingkat.iku, pk.sasaranStrategis), (.ikp, pk.sasaranProgram)] {
            for (s, sasaran) in list.enumerated() {
                if let i = sasaran.indikator.firstIndex(where: { $0.id == id }) { return (level, s, i) }
            }
        }
        return nil
    }
}
