import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// `lkjip diff`: what changed between two versions of the data that matters for the signed
/// documents: targets, budgets and signatories. Narrative edits are not listed.
public enum DataDiff {
    public struct Change: Equatable, CustomStringConvertible {
        public var kind: String
        public var subject: String
        public var old: String
        public var new: String

        /// One line per change; values are escaped, so a name cannot forge another line.
        public var description: String { "\(kind)\t\(Escape.inline(subject))\t\(Escape.inline(old)) -> \(Escape.inline(new))" }
    }

    /// A data directory checked like `build` does: a diff of wrong data would mislead.
    public static func load(_ directory: URL, templates: URL, assets: URL, requireClean: Bool = true) throws -> ComputedReport {
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        let result = Pipeline.run(dataDirectory: directory, templates: renderer, assets: assets)
        guard let report = result.report, result.errors.isEmpty || !requireClean else { throw DiagnosticList(result.diagnostics) }
        return report
    }

    public static func compare(old: ComputedReport, new: ComputedReport) -> [Change] {
        var changes: [Change] = []
        changes += pejabat(old.data.pejabat, new.data.pejabat)
        changes += program(old.program, new.program)
        let oldPK = keyed(old.perjanjian), newPK = keyed(new.perjanjian)
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

    /// Agreements by division; the head of office's own is `kepala`; a second agreement of
    /// the year (a new head) is `divisi#2`.
    static func keyed(_ agreements: [PerjanjianEfektif]) -> [String: PerjanjianEfektif] {
        var result: [String: PerjanjianEfektif] = [:]
        var counts: [String: Int] = [:]
        for pk in agreements {
            let part = pk.perjanjian.isKantor ? "kepala" : pk.perjanjian.divisi
            counts[part, default: 0] += 1
            let count = counts[part]!
            result[count == 1 ? part : "\(part)#\(count)"] = pk
        }
        return result
    }

    static func pejabat(_ old: [Pejabat], _ new: [Pejabat]) -> [Change] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        for id in Set(before.keys).union(after.keys).sorted() {
            let a = before[id], b = after[id]
            // Everything a signature block prints: name and titles, NIP, position, acting status.
            let fields: [(String, String?, String?)] = [
                ("nama", a?.nama, b?.nama), ("gelar_depan", a?.gelarDepan, b?.gelarDepan), ("gelar_belakang", a?.gelarBelakang, b?.gelarBelakang),
                ("nip", a.flatMap(\.nip), b.flatMap(\.nip)), ("pangkat", a?.pangkat, b?.pangkat), ("golongan", a?.golongan, b?.golongan),
                ("jabatan", a?.jabatan, b?.jabatan), ("status", a.map { ($0.status ?? .definitif).rawValue }, b.map { ($0.status ?? .definitif).rawValue }),
            ]
            for (field, x, y) in fields where x != y {
                changes.append(Change(kind: "pejabat", subject: "\(id).\(field)", old: x ?? "-", new: y ?? "-"))
            }
        }
        return changes
    }

    /// Every target of the agreement as printed, quarters included: IKK by id, IKU and IKP by
    /// id or, without one, by level and name.
    static func targets(_ divisi: String, _ old: PerjanjianEfektif, _ new: PerjanjianEfektif) -> [Change] {
        func index(_ pk: PerjanjianEfektif) -> [String: (nama: String, target: String)] {
            var map: [String: (nama: String, target: String)] = [:]
            for (level, list) in [("iku", pk.perjanjian.sasaranStrategis), ("ikp", pk.perjanjian.sasaranProgram)] {
                for indikator in list.flatMap(\.indikator) {
                    map[indikator.id ?? "\(level):\(indikator.nama)"] = (indikator.nama, IndikatorKinerja.target(indikator))
                }
            }
            for sasaran in pk.perjanjian.sasaranKegiatan {
                for indikator in sasaran.indikator { map[indikator.id] = (indikator.nama, IndikatorKinerja.targetWithQuarters(indikator)) }
            }
            return map
        }
        let before = index(old), after = index(new)
        var changes: [Change] = []
        for id in Set(before.keys).union(after.keys).sorted() {
            let a = before[id], b = after[id]
            let x = a?.target ?? "-", y = b?.target ?? "-"
            if x != y {
                let subject = id.contains(":") ? "\(divisi).\(id)" : "\(divisi).\(id) \((b ?? a)?.nama ?? "")"
                changes.append(Change(kind: "target", subject: subject, old: x, new: y))
            }
        }
        return changes
    }

    /// The office's budget lines (`program_kegiatan`) by code: a pagu as computed (a line
    /// given by its children is their sum, so a changed sub kegiatan lists its kegiatan and
    /// programme too), a name, a line added or removed. Realisasi is not listed: it is
    /// reported, not agreed.
    static func program(_ old: AnggaranProgram, _ new: AnggaranProgram) -> [Change] {
        func index(_ program: AnggaranProgram) -> [String: BarisAnggaranEfektif] {
            var map: [String: BarisAnggaranEfektif] = [:]
            for line in program.baris where map[line.baris.kode] == nil { map[line.baris.kode] = line }
            return map
        }
        let before = index(old), after = index(new)
        var changes: [Change] = []
        for kode in Set(before.keys).union(after.keys).sorted() {
            switch (before[kode], after[kode]) {
            case let (a?, b?):
                if a.pagu != b.pagu {
                    changes.append(Change(kind: "program_kegiatan", subject: "\(kode).pagu", old: IndonesianFormat.rupiah(a.pagu), new: IndonesianFormat.rupiah(b.pagu)))
                }
                if a.baris.nama != b.baris.nama {
                    changes.append(Change(kind: "program_kegiatan", subject: "\(kode).nama", old: a.baris.nama, new: b.baris.nama))
                }
            case (nil, let b?):
                changes.append(Change(kind: "program_kegiatan", subject: "\(kode) \(b.baris.nama)", old: "-", new: IndonesianFormat.rupiah(b.pagu)))
            case (let a?, nil):
                changes.append(Change(kind: "program_kegiatan", subject: "\(kode) \(a.baris.nama)", old: IndonesianFormat.rupiah(a.pagu), new: "dihapus"))
            case (nil, nil):
                break
            }
        }
        return changes
    }

    static func anggaran(_ divisi: String, _ old: PerjanjianEfektif, _ new: PerjanjianEfektif) -> [Change] {
        func index(_ pk: PerjanjianEfektif) -> [String: Int64] {
            var map: [String: Int64] = [:]
            for line in pk.kegiatan { map[line.kegiatan.id ?? line.kegiatan.nama] = line.anggaran }
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
