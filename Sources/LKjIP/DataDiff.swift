import Foundation
import LKjIPCompute
import LKjIPModel

/// `lkjip diff`: what changed between two versions of the data that matters for the signed
/// documents: targets, budgets and signatories. Narrative edits are not listed.
public enum DataDiff {
    public struct Change: Equatable, CustomStringConvertible {
        public var kind: String
        public var subject: String
        public var old: String
        public var new: String

        public var description: String { "\(kind)\t\(subject)\t\(old) -> \(new)" }
    }

    public static func compare(old: ComputedReport, new: ComputedReport) -> [Change] {
        var changes: [Change] = []
        changes += pejabat(old.data.pejabat, new.data.pejabat)
        let oldPK = Dictionary(old.perjanjian.map { ($0.perjanjian.divisi, $0) }, uniquingKeysWith: { first, _ in first })
        let newPK = Dictionary(new.perjanjian.map { ($0.perjanjian.divisi, $0) }, uniquingKeysWith: { first, _ in first })
        for divisi in Set(oldPK.keys).union(newPK.keys).sorted() {
            switch (oldPK[divisi], newPK[divisi]) {
            case let (before?, after?):
                changes += targets(divisi, before, after)
                changes += anggaran(divisi, before, after)
                if before.pihakPertama.id != after.pihakPertama.id {
                    changes.append(Change(kind: "pihak_pertama", subject: divisi, old: before.pihakPertama.id, new: after.pihakPertama.id))
                }
                if before.tanggal != after.tanggal {
                    changes.append(Change(kind: "tanggal", subject: divisi, old: before.tanggal, new: after.tanggal))
                }
            case (nil, _?):
                changes.append(Change(kind: "perjanjian", subject: divisi, old: "-", new: "ditambahkan"))
            case (_?, nil):
                changes.append(Change(kind: "perjanjian", subject: divisi, old: "ada", new: "dihapus"))
            case (nil, nil):
                break
            }
        }
        return changes
    }

    static func pejabat(_ old: [Pejabat], _ new: [Pejabat]) -> [Change] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        for id in Set(before.keys).union(after.keys).sorted() {
            let a = before[id], b = after[id]
            for (field, x, y) in [("nama", a?.nama, b?.nama), ("nip", a?.nip, b?.nip), ("jabatan", a?.jabatan, b?.jabatan)] where x != y {
                changes.append(Change(kind: "pejabat", subject: "\(id).\(field)", old: x ?? "-", new: y ?? "-"))
            }
        }
        return changes
    }

    static func targets(_ divisi: String, _ old: PerjanjianEfektif, _ new: PerjanjianEfektif) -> [Change] {
        func index(_ pk: PerjanjianEfektif) -> [String: Indikator] {
            var map: [String: Indikator] = [:]
            for sasaran in pk.perjanjian.sasaranKegiatan {
                for indikator in sasaran.indikator { map[indikator.id] = indikator }
            }
            return map
        }
        let before = index(old), after = index(new)
        var changes: [Change] = []
        for id in Set(before.keys).union(after.keys).sorted() {
            let a = before[id], b = after[id]
            let x = a.map { IndonesianFormat.value($0.target, satuan: $0.satuan, decimals: $0.desimal) } ?? "-"
            let y = b.map { IndonesianFormat.value($0.target, satuan: $0.satuan, decimals: $0.desimal) } ?? "-"
            if x != y {
                changes.append(Change(kind: "target", subject: "\(divisi).\(id) \((b ?? a)?.nama ?? "")", old: x, new: y))
            }
        }
        return changes
    }

    static func anggaran(_ divisi: String, _ old: PerjanjianEfektif, _ new: PerjanjianEfektif) -> [Change] {
        func index(_ pk: PerjanjianEfektif) -> [String: Int64] {
            var map: [String: Int64] = [:]
            for kegiatan in pk.perjanjian.kegiatan { map[kegiatan.id ?? kegiatan.nama] = kegiatan.anggaran }
            return map
        }
        let before = index(old), after = index(new)
        var changes: [Change] = []
        for key in Set(before.keys).union(after.keys).sorted() where before[key] != after[key] {
            changes.append(Change(
                kind: "anggaran", subject: "\(divisi).\(key)",
                old: before[key].map(IndonesianFormat.rupiah) ?? "-", new: after[key].map(IndonesianFormat.rupiah) ?? "-"))
        }
        if old.totalAnggaran != new.totalAnggaran {
            changes.append(Change(kind: "anggaran", subject: "\(divisi).total", old: IndonesianFormat.rupiah(old.totalAnggaran), new: IndonesianFormat.rupiah(new.totalAnggaran)))
        }
        return changes
    }
}
