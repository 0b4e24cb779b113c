import LKjIPModel

/// Consistency checks that need the computed figures: what `lkjip check` reports beyond
/// load errors. Each diagnostic points at the file, line and key path to fix.
///
/// Errors are contradictions a reader of the signed report would notice (a typed capaian
/// that is not the computed one, one NIP with two names, "15 (enam belas)"); warnings are
/// gaps or oddities that may be intended (a missing realisasi, realisasi above pagu,
/// target 0, two similar names with different NIPs).
public enum Checker {
    public static func check(_ data: ReportData, computed: ComputedReport) -> [Diagnostic] {
        let files = DataFiles(data)
        var diagnostics: [Diagnostic] = []
        diagnostics += realisasi(data, computed: computed, files: files)
        diagnostics += targets(data, computed: computed, files: files)
        diagnostics += satker(data)
        diagnostics += anggaran(data, files: files)
        diagnostics += pejabat(data)
        diagnostics += countWords(data, files: files)
        return diagnostics
    }

    /// Realisasi against the agreement: unknown or duplicate IKK, typed capaian, missing values.
    static func realisasi(_ data: ReportData, computed: ComputedReport, files: DataFiles) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (pkIndex, pk) in data.perjanjian.enumerated() {
            guard let kinerja = computed.divisi.first(where: { $0.divisi.id == pk.divisi }) else { continue }
            let pkFile = files.perjanjian[pkIndex]
            let capaianIndex = data.capaian.firstIndex { $0.divisi == pk.divisi }
            guard let capaianIndex else {
                diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: pkFile, keyPath: "divisi"),
                                              "divisi `\(pk.divisi)` has no realisasi file (realisasi/\(pk.divisi).yaml); every capaian is shown as \"-\""))
                continue
            }
            let file = files.capaian[capaianIndex]
            let entries = data.capaian[capaianIndex].realisasi
            let indikator = kinerja.sasaran.flatMap(\.indikator)
            var seen: [String: Int] = [:]
            for (k, entry) in entries.enumerated() {
                guard let result = indikator.first(where: { $0.indikator.id == entry.indikator }) else {
                    let known = indikator.map { "`\($0.indikator.id)`" }.joined(separator: ", ")
                    diagnostics.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: "realisasi[\(k)].indikator"),
                                                  "realisasi for indikator `\(entry.indikator)`, which is not in the Perjanjian Kinerja of `\(pk.divisi)`; known: \(known)"))
                    continue
                }
                if let first = seen[entry.indikator] {
                    diagnostics.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: "realisasi[\(k)].indikator"),
                                                  "second realisasi for indikator `\(entry.indikator)` (the first is realisasi[\(first)]); only the first is used"))
                    continue
                }
                seen[entry.indikator] = k
                if let stated = entry.capaian {
                    diagnostics += statedCapaian(stated, result: result, location: data.sources.location(file: file, keyPath: "realisasi[\(k)].capaian"))
                }
            }
            for (s, sasaran) in kinerja.sasaran.enumerated() {
                for (i, item) in sasaran.indikator.enumerated() where item.realisasi == nil {
                    let location: SourceLocation
                    if let k = seen[item.indikator.id] {
                        location = data.sources.location(file: file, keyPath: "realisasi[\(k)].nilai")
                    } else {
                        location = data.sources.location(file: pkFile, keyPath: "sasaran_kegiatan[\(s)].indikator[\(i)].id")
                    }
                    diagnostics.append(Diagnostic(.warning, at: location,
                                                  "indikator `\(item.indikator.id)` has no realisasi in \(file); it is shown as \"-\" and left out of NILAI SS"))
                }
            }
        }
        return diagnostics
    }

    static func statedCapaian(_ stated: Double, result: IndikatorKinerja, location: SourceLocation) -> [Diagnostic] {
        let target = IndonesianFormat.number(result.indikator.target)
        guard let computed = result.capaian else {
            let reason = result.realisasi == nil ? "there is no realisasi" : "the target is \(target)"
            return [Diagnostic(.error, at: location, "capaian \(IndonesianFormat.number(stated))% is stated but cannot be computed: \(reason)")]
        }
        guard abs(computed - stated) > 0.5 else { return [] }
        let realisasi = IndonesianFormat.number(result.realisasi ?? 0)
        let formula = (result.indikator.polaritas ?? .positif) == .negatif
            ? "(2 × \(target) − \(realisasi)) / \(target) × 100"
            : "\(realisasi) / \(target) × 100"
        return [Diagnostic(.error, at: location,
                           "capaian is stated as \(IndonesianFormat.number(stated))% but computes to \(IndonesianFormat.number(computed))% (\(formula)); remove it or correct it")]
    }

    /// Targets of 0 make the capaian uncomputable.
    static func targets(_ data: ReportData, computed: ComputedReport, files: DataFiles) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (pkIndex, pk) in data.perjanjian.enumerated() {
            guard let effective = computed.perjanjian.first(where: { $0.perjanjian.divisi == pk.divisi }) else { continue }
            for (s, sasaran) in effective.perjanjian.sasaranKegiatan.enumerated() {
                for (i, indikator) in sasaran.indikator.enumerated() where indikator.target == 0 {
                    diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: files.perjanjian[pkIndex], keyPath: "sasaran_kegiatan[\(s)].indikator[\(i)].target"),
                                                  "target of indikator `\(indikator.id)` is 0; its capaian cannot be computed and is shown as \"-\""))
                }
            }
        }
        return diagnostics
    }

    /// A typed satker total must equal laki-laki + perempuan.
    static func satker(_ data: ReportData) -> [Diagnostic] {
        data.organisasi.satker.enumerated().compactMap { index, satker in
            guard let stated = satker.jumlah, stated != satker.lakiLaki + satker.perempuan else { return nil }
            return Diagnostic(.error, at: data.sources.location(file: "organisasi.yaml", keyPath: "satker[\(index)].jumlah"),
                              "jumlah of \(satker.nama) is stated as \(stated) but laki_laki \(satker.lakiLaki) + perempuan \(satker.perempuan) = \(satker.lakiLaki + satker.perempuan)")
        }
    }

    /// Spending above the pagu is possible only through a data error or an unrecorded revision.
    static func anggaran(_ data: ReportData, files: DataFiles) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ year: AnggaranTahun, file: String, keyPath: String) {
            guard year.realisasi > year.pagu else { return }
            let persen = CapaianCalculator.persen(realisasi: year.realisasi, pagu: year.pagu)
            diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: file, keyPath: keyPath),
                                          "realisasi \(IndonesianFormat.rupiah(year.realisasi)) of \(year.tahun) exceeds the pagu \(IndonesianFormat.rupiah(year.pagu)) (\(IndonesianFormat.persenAnggaran(persen)))"))
        }
        for (index, year) in data.anggaran.realisasi.enumerated() {
            check(year, file: "anggaran.yaml", keyPath: "realisasi[\(index)].realisasi")
        }
        for (c, capaian) in data.capaian.enumerated() {
            for (u, unit) in capaian.unit.enumerated() {
                for (index, year) in unit.anggaran.enumerated() {
                    check(year, file: files.capaian[c], keyPath: "unit[\(u)].anggaran[\(index)].realisasi")
                }
            }
        }
        return diagnostics
    }
}
