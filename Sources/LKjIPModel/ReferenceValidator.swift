import Foundation

/// Checks that need the whole data set but no arithmetic: ids are unique, every reference
/// names something that exists, amounts are not negative, dates and NIPs are well-formed.
enum ReferenceValidator {
    static func validate(_ data: ReportData, pkFiles: [String], realisasiFiles: [String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let sources = data.sources
        func error(_ file: String, _ keyPath: String, _ message: String) {
            problems.append(Diagnostic(.error, at: sources.location(file: file, keyPath: keyPath), message))
        }
        func unique(_ ids: [String], file: String, path: (Int) -> String, what: String) {
            var first: [String: Int] = [:]
            for (index, id) in ids.enumerated() {
                if let earlier = first[id] {
                    let line = sources.location(file: file, keyPath: path(earlier)).line.map { " (first defined at line \($0))" } ?? ""
                    error(file, path(index), "duplicate \(what) id `\(id)`\(line)")
                } else {
                    first[id] = index
                }
            }
        }
        func reference(_ id: String, in known: [String], what: String, file: String, keyPath: String) {
            guard !known.contains(id) else { return }
            let hint = Suggestion.nearest(to: id, in: known).map { "; did you mean `\($0)`?" } ?? "; known: \(known.joined(separator: ", "))"
            error(file, keyPath, "unknown \(what) `\(id)`\(hint)")
        }
        func date(_ text: String, file: String, keyPath: String) {
            if !ISODate.isValid(text) { error(file, keyPath, "expected a date written yyyy-mm-dd (e.g. 2023-01-05), found \"\(text)\"") }
        }

        let pejabatIds = data.pejabat.map(\.id)
        let divisiIds = data.organisasi.divisi.map(\.id)
        unique(pejabatIds, file: "pejabat.yaml", path: { "pejabat[\($0)].id" }, what: "pejabat")
        unique(divisiIds, file: "organisasi.yaml", path: { "divisi[\($0)].id" }, what: "divisi")
        for (index, pejabat) in data.pejabat.enumerated() {
            let digits = pejabat.nip.filter { !$0.isWhitespace }
            if digits.count != 18 || !digits.allSatisfy(\.isNumber) {
                error("pejabat.yaml", "pejabat[\(index)].nip", "expected an NIP of 18 digits, found \"\(pejabat.nip)\"")
            }
        }
        reference(data.instansi.kepala, in: pejabatIds, what: "pejabat", file: "instansi.yaml", keyPath: "instansi.kepala")
        date(data.instansi.tanggalLaporan, file: "instansi.yaml", keyPath: "instansi.tanggal_laporan")
        if !(2000...2100).contains(data.instansi.tahun) {
            error("instansi.yaml", "instansi.tahun", "expected a year between 2000 and 2100, found \(data.instansi.tahun)")
        }
        for (index, divisi) in data.organisasi.divisi.enumerated() {
            reference(divisi.kepala, in: pejabatIds, what: "pejabat", file: "organisasi.yaml", keyPath: "divisi[\(index)].kepala")
        }
        for (index, satker) in data.organisasi.satker.enumerated() {
            if satker.lakiLaki < 0 { error("organisasi.yaml", "satker[\(index)].laki_laki", "expected a count of 0 or more, found \(satker.lakiLaki)") }
            if satker.perempuan < 0 { error("organisasi.yaml", "satker[\(index)].perempuan", "expected a count of 0 or more, found \(satker.perempuan)") }
        }
        for (index, row) in data.anggaran.realisasi.enumerated() {
            if row.pagu < 0 { error("anggaran.yaml", "realisasi[\(index)].pagu", "expected a pagu of 0 or more, found \(row.pagu)") }
            if row.realisasi < 0 { error("anggaran.yaml", "realisasi[\(index)].realisasi", "expected a realisasi of 0 or more, found \(row.realisasi)") }
        }

        var indikatorByDivisi: [String: [String]] = [:]
        var sasaranByDivisi: [String: [String]] = [:]
        for (pkIndex, pk) in data.perjanjian.enumerated() {
            let file = pkIndex < pkFiles.count ? pkFiles[pkIndex] : "pk/\(pk.divisi).yaml"
            reference(pk.divisi, in: divisiIds, what: "divisi", file: file, keyPath: "divisi")
            reference(pk.pihakPertama, in: pejabatIds, what: "pejabat", file: file, keyPath: "pihak_pertama")
            reference(pk.pihakKedua, in: pejabatIds, what: "pejabat", file: file, keyPath: "pihak_kedua")
            date(pk.tanggal, file: file, keyPath: "tanggal")
            unique(pk.sasaranKegiatan.map(\.id), file: file, path: { "sasaran_kegiatan[\($0)].id" }, what: "sasaran")
            var indikatorPaths: [(String, String)] = []
            for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
                for (i, indikator) in sasaran.indikator.enumerated() {
                    indikatorPaths.append((indikator.id, "sasaran_kegiatan[\(s)].indikator[\(i)].id"))
                }
            }
            unique(indikatorPaths.map(\.0), file: file, path: { indikatorPaths[$0].1 }, what: "indikator")
            indikatorByDivisi[pk.divisi] = indikatorPaths.map(\.0)
            sasaranByDivisi[pk.divisi] = pk.sasaranKegiatan.map(\.id)
            let kegiatanIds = pk.kegiatan.compactMap(\.id)
            for (k, kegiatan) in pk.kegiatan.enumerated() where kegiatan.anggaran < 0 {
                error(file, "kegiatan[\(k)].anggaran", "expected an anggaran of 0 or more, found \(kegiatan.anggaran)")
            }
            for (r, revisi) in (pk.revisi ?? []).enumerated() {
                date(revisi.tanggal, file: file, keyPath: "revisi[\(r)].tanggal")
                for (t, change) in (revisi.target ?? []).enumerated() {
                    reference(change.indikator, in: indikatorPaths.map(\.0), what: "indikator", file: file, keyPath: "revisi[\(r)].target[\(t)].indikator")
                }
                for (a, change) in (revisi.anggaran ?? []).enumerated() {
                    reference(change.kegiatan, in: kegiatanIds, what: "kegiatan", file: file, keyPath: "revisi[\(r)].anggaran[\(a)].kegiatan")
                    if change.anggaran < 0 { error(file, "revisi[\(r)].anggaran[\(a)].anggaran", "expected an anggaran of 0 or more, found \(change.anggaran)") }
                }
            }
        }
        for (cIndex, capaian) in data.capaian.enumerated() {
            let file = cIndex < realisasiFiles.count ? realisasiFiles[cIndex] : "realisasi/\(capaian.divisi).yaml"
            reference(capaian.divisi, in: divisiIds, what: "divisi", file: file, keyPath: "divisi")
            // A realisasi for an indikator the PK does not have is reported by `lkjip check`
            // (Checker), together with the reverse case, not here.
            for (u, unit) in capaian.unit.enumerated() {
                for (s, id) in (unit.sasaran ?? []).enumerated() {
                    reference(id, in: sasaranByDivisi[capaian.divisi] ?? [], what: "sasaran", file: file, keyPath: "unit[\(u)].sasaran[\(s)]")
                }
                for (a, row) in unit.anggaran.enumerated() {
                    if row.pagu < 0 { error(file, "unit[\(u)].anggaran[\(a)].pagu", "expected a pagu of 0 or more, found \(row.pagu)") }
                    if row.realisasi < 0 { error(file, "unit[\(u)].anggaran[\(a)].realisasi", "expected a realisasi of 0 or more, found \(row.realisasi)") }
                }
            }
        }
        return problems
    }
}

/// yyyy-mm-dd with a real calendar day.
enum ISODate {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, text.count == 10, let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
