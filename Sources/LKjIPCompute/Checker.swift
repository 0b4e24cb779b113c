import Foundation
import LKjIPModel

/// The consistency rules that need computed figures; with `DataValidator` (references,
/// single values) they are the one rule set that `lkjip check`, `build` and `annex` apply.
///
/// Errors are contradictions a reader of the signed report would notice (a typed capaian
/// or total that is not the computed one, "15 (enam belas)"); warnings are gaps or oddities
/// that may be intended (a missing realisasi, realisasi above pagu, target 0, a misspelt
/// official name).
public enum Checker {
    public static func check(_ report: ComputedReport) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += realisasi(report)
        diagnostics += BudgetChecks.check(report)
        diagnostics += RevisionChecks.check(report)
        diagnostics += linkedRows(report)
        diagnostics += satker(report.data)
        diagnostics += countWords(report.data)
        diagnostics += Spelling.check(report.data)
        diagnostics += drafts(report.data)
        diagnostics += placeholders(report.data)
        return diagnostics
    }

    /// `<<...>>` marks a value `lkjip init` left for the officer to fill in.
    static func placeholders(_ data: ReportData) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in data.sources.texts.keys.sorted() {
            guard let text = data.sources.texts[file], text.nativeContains("<<") else { continue }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let content = line.trimmingWhitespace()
                guard !content.hasPrefix("#"), let start = line.nativeRange(of: "<<"), let end = line[start.upperBound...].nativeRange(of: ">>") else { continue }
                let column = line.distance(from: line.startIndex, to: start.lowerBound) + 1
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, line: index + 1, column: column),
                                              "still to fill in: \(Escape.inline(String(line[start.lowerBound..<end.upperBound])))"))
            }
        }
        return diagnostics
    }

    /// Realisasi against the agreement: typed capaian, missing values, divisions without data.
    static func realisasi(_ report: ComputedReport) -> [Diagnostic] {
        let data = report.data
        var diagnostics: [Diagnostic] = []
        for divisi in data.organisasi.divisi where !data.perjanjian.contains(where: { $0.divisi == divisi.id }) {
            let index = data.organisasi.divisi.firstIndex { $0.id == divisi.id } ?? 0
            diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: MarkdownFields.file(data, .organisasi), keyPath: "divisi[\(index)].id"),
                                          "divisi `\(divisi.id)` has no Perjanjian Kinerja (pk/\(divisi.id).yaml); it is left out of BAB II B, BAB III and the LAMPIRAN"))
        }
        for kinerja in report.measured {
            let pkFile = kinerja.perjanjian.perjanjian.file
            guard let capaian = data.capaian.first(where: { $0.divisi == kinerja.divisi.id }) else {
                let whose = kinerja.divisi.id.isEmpty ? "the head of office's agreement has no realisasi file (a realisasi/ file without `divisi`)" : "divisi `\(kinerja.divisi.id)` has no realisasi file (realisasi/\(kinerja.divisi.id).yaml)"
                diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: pkFile, keyPath: kinerja.divisi.id.isEmpty ? "pihak_pertama" : "divisi"),
                                              "\(whose); every capaian is shown as \"-\""))
                continue
            }
            let file = capaian.file
            var entryIndex: [String: Int] = [:]
            for (k, entry) in capaian.realisasi.enumerated() where entryIndex[entry.indikator] == nil { entryIndex[entry.indikator] = k }
            for (s, sasaran) in kinerja.sasaran.enumerated() {
                for (i, item) in sasaran.indikator.enumerated() {
                    let k = entryIndex[item.indikator.id]
                    if item.realisasi == nil && item.realisasiTeks == nil {
                        let location = k.map { data.sources.location(file: file, keyPath: "realisasi[\($0)]") }
                            ?? data.sources.location(file: pkFile, keyPath: "\(kinerja.perjanjian.perjanjian.sasaranKey)[\(s)].indikator[\(i)].id")
                        diagnostics.append(Diagnostic(.warning, at: location, "indikator `\(item.indikator.id)` has no realisasi in \(file); it is shown as \"-\" and left out of NILAI SS"))
                    }
                    if let target = item.indikator.target, target.value == 0, item.aturan.targetNol != .biner {
                        diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: pkFile, keyPath: "\(kinerja.perjanjian.perjanjian.sasaranKey)[\(s)].indikator[\(i)].target"),
                                                      "target of indikator `\(item.indikator.id)` is 0; its capaian cannot be computed and is shown as \"-\" (set capaian.target_nol: biner for a zero target)"))
                    }
                    if let k { diagnostics += magnitude(item, entry: capaian.realisasi[k], location: data.sources.location(file: file, keyPath: "realisasi[\(k)]")) }
                    if let k, let stated = capaian.realisasi[k].capaian {
                        diagnostics += statedCapaian(stated, result: item, location: data.sources.location(file: file, keyPath: "realisasi[\(k)].capaian"))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Largest realisasi a computation may yield (the range of a typed one) and largest
    /// capaian in percent: beyond them a figure is a typing mistake (a penyebut of 0.000001, a
    /// target typed in the wrong unit), and exact arithmetic is documented up to them.
    static let largestRealisasi: Decimal = 1_000_000_000_000_000
    static let largestCapaian: Decimal = 1_000_000_000

    /// A realisasi computed from pembilang / penyebut or from the quarters, or a capaian, that
    /// lies outside the documented range is an error, not a printed figure.
    static func magnitude(_ item: IndikatorKinerja, entry: Realisasi, location: SourceLocation) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if entry.nilai == nil, let value = item.realisasi?.value, abs(value) > largestRealisasi {
            let how = entry.pembilang != nil ? "pembilang / penyebut" : "the sum of the quarters"
            diagnostics.append(Diagnostic(.error, at: location,
                "\(how) gives a realisasi of \(IndonesianFormat.number(value, decimals: 0)) for `\(item.indikator.id)`, beyond the largest realisasi (\(IndonesianFormat.number(largestRealisasi, decimals: 0))); check the numbers"))
        } else if let capaian = item.capaian, Fraction(largestCapaian) < capaian.magnitude {
            diagnostics.append(Diagnostic(.error, at: location,
                "the capaian of `\(item.indikator.id)` would be \(IndonesianFormat.number(capaian, decimals: 0))% (realisasi \(item.realisasiText), target \(item.targetTeks)); a capaian above \(IndonesianFormat.number(largestCapaian, decimals: 0))% is a typing mistake: check the target and the realisasi"))
        }
        return diagnostics
    }

    /// A typed capaian agrees when it is the computed one as printed (whole percent), or the
    /// computed one rounded to the decimals it was typed with ("102,33" for 102,3333…).
    static func statedCapaian(_ stated: Nilai, result: IndikatorKinerja, location: SourceLocation) -> [Diagnostic] {
        guard let computed = result.capaian else {
            let reason = result.realisasi == nil ? "there is no realisasi" : "the target is \(result.targetTeks)"
            return [Diagnostic(.error, at: location, "capaian \(IndonesianFormat.number(stated.value))% is stated but cannot be computed: \(reason)")]
        }
        let agrees = Rounding.halfUp(computed, decimals: 0) == Rounding.halfUp(stated.value, decimals: 0)
            || Rounding.halfUp(computed, decimals: stated.decimals) == stated.value
        guard !agrees else { return [] }
        let realisasi = result.realisasi?.value ?? 0
        let formula: String
        if let range = result.indikator.targetRentang, range.count == 2 {
            formula = CapaianCalculator.formula(rentang: range[0].value, range[1].value, realisasi: realisasi, polaritas: result.indikator.polaritas, aturan: result.aturan)
        } else {
            formula = CapaianCalculator.formula(target: result.indikator.target?.value ?? 0, realisasi: realisasi, polaritas: result.polaritas, aturan: result.aturan)
        }
        return [Diagnostic(.error, at: location,
                           "capaian is stated as \(IndonesianFormat.number(stated.value))% but computes to \(IndonesianFormat.number(computed))% (\(formula)); remove it or correct it")]
    }

    /// A history or Renstra row linked to an indicator must not contradict its realisasi.
    static func linkedRows(_ report: ComputedReport) -> [Diagnostic] {
        let data = report.data
        let tahun = data.instansi.tahun
        var diagnostics: [Diagnostic] = []
        for divisi in report.measured {
            guard let capaian = data.capaian.first(where: { $0.divisi == divisi.divisi.id }) else { continue }
            let indicators = Dictionary(divisi.sasaran.flatMap(\.indikator).map { ($0.indikator.id, $0) }, uniquingKeysWith: { first, _ in first })
            for (u, unit) in capaian.unit.enumerated() {
                func check(_ id: String?, _ typed: TableValue?, keyPath: String) {
                    guard let id, let item = indicators[id], let typed = typed?.number, let computed = item.realisasi,
                          typed.value != computed.value else { return }
                    diagnostics.append(Diagnostic(.error, at: data.sources.location(file: capaian.file, keyPath: keyPath),
                                                  "\(tahun) is typed as \(IndonesianFormat.number(typed.value, decimals: typed.decimals)) but the realisasi of `\(id)` is \(item.realisasiText); leave the year out (it is filled in) or correct it"))
                }
                for (r, row) in unit.riwayat.enumerated() { check(row.indikator, row.nilai[String(tahun)], keyPath: "unit[\(u)].riwayat[\(r)].nilai.\(tahun)") }
                for (r, row) in unit.renstra.enumerated() { check(row.indikator, row.realisasi[String(tahun)], keyPath: "unit[\(u)].renstra[\(r)].realisasi.\(tahun)") }
            }
            diagnostics += incomparable(divisi, capaian: capaian, data: data)
        }
        return diagnostics
    }

    /// A linked row whose values are in different units is printed "tidak sebanding"; the
    /// officer is told, since the units may simply be spelled two ways for one thing.
    static func incomparable(_ divisi: DivisiKinerja, capaian: CapaianDivisi, data: ReportData) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (u, unit) in divisi.units.enumerated() where u < capaian.unit.count {
            for (r, row) in unit.renstra.enumerated() {
                guard let units = row.progres?.takSebanding else { continue }
                diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: capaian.file, keyPath: "unit[\(u)].renstra[\(r)]"),
                    "the Renstra end target of `\(row.indikator ?? row.nama)` is in \(Escape.inline(units.target)) and its realisasi in \(Escape.inline(units.realisasi)); the progress is printed \"tidak sebanding\" (give both the same `satuan` if they count the same thing)"))
            }
            for (r, row) in unit.riwayat.enumerated() where row.tren?.arah == .takSebanding {
                diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: capaian.file, keyPath: "unit[\(u)].riwayat[\(r)]"),
                    "the last two years of `\(row.indikator ?? row.nama)` are in different units; the trend is printed \"tidak sebanding\" (give both the same unit if they count the same thing)"))
            }
        }
        return diagnostics
    }

    /// A typed satker total must equal laki-laki + perempuan.
    static func satker(_ data: ReportData) -> [Diagnostic] {
        data.organisasi.satker.enumerated().compactMap { index, satker in
            guard let stated = satker.jumlah, stated != CheckedSum.saturating(satker.lakiLaki, satker.perempuan) else { return nil }
            return Diagnostic(.error, at: data.sources.location(file: MarkdownFields.file(data, .organisasi), keyPath: "satker[\(index)].jumlah"),
                              "jumlah of \(satker.nama) is stated as \(stated) but laki_laki \(satker.lakiLaki) + perempuan \(satker.perempuan) = \(satker.lakiLaki + satker.perempuan)")
        }
    }

    /// Marker that `lkjip init --from` puts on carried-over narratives.
    public static let draftMarker = "<!-- lkjip: draf"

    /// Narratives carried over from last year until someone rewrites them.
    static func drafts(_ data: ReportData) -> [Diagnostic] {
        data.narasi.keys.sorted().compactMap { key in
            guard let text = data.narasi[key], text.hasPrefix(draftMarker) else { return nil }
            return Diagnostic(.warning, at: SourceLocation(file: "narasi/\(key).md", line: 1),
                              "narasi/\(key).md is still a draft (from `lkjip init`); write it for \(data.instansi.tahun) and delete its first line")
        }
    }
}
