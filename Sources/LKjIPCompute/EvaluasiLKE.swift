import Foundation
import LKjIPModel

/// The rules of `lkjip check --evaluasi` beyond the seven analyses (`Evaluation`): what an
/// evaluator marks down on the worksheet of PermenPAN-RB 88/2021 that the data already shows.
/// Each finding is a warning that starts with its criterion ("LKE 3.a.4: …"), located at the
/// key to change. Aggregated per agreement where one cause has many instances, so a
/// division of twenty indicators gets one line, not twenty.
public enum EvaluasiLKE {
    /// Every rule that needs this year's data alone.
    public static func diagnostics(_ report: ComputedReport) -> [Diagnostic] {
        direviu(report) + tepatWaktu(report) + targetMenantang(report) + definisi(report) + pengukuranBerkala(report)
    }

    static func warning(_ report: ComputedReport, _ kriteria: KriteriaLKE, file: String, keyPath: String, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: report.data.sources.location(file: file, keyPath: keyPath), "\(kriteria.label): \(message)")
    }

    /// "Divisi Administrasi", or the head of office's agreement.
    static func owner(_ kinerja: DivisiKinerja) -> String {
        kinerja.divisi.id.isEmpty ? "the head of office's agreement" : kinerja.divisi.nama
    }

    static func list(_ ids: [String]) -> String {
        let shown = ids.prefix(12).map { "`\($0)`" }.joined(separator: ", ")
        return ids.count > 12 ? "\(shown) and \(ids.count - 12) more" : shown
    }

    /// 3.a.4: the report carries the internal auditor's statement that it was reviewed.
    static func direviu(_ report: ComputedReport) -> [Diagnostic] {
        let file = MarkdownFields.file(report.data, .instansi)
        guard let reviu = report.data.instansi.reviu else {
            return [warning(report, .direviu, file: file, keyPath: "instansi",
                            "no reviewer is given, so the LKjIP has no page \"Pernyataan Telah Direviu\"; once the Inspektorat has reviewed it, add `reviu: {pejabat: <id in pejabat.yaml>, tanggal: yyyy-mm-dd}` under instansi")]
        }
        guard reviu.tanggal == nil else { return [] }
        return [warning(report, .direviu, file: file, keyPath: "instansi.reviu",
                        "the review is not dated yet, so the LKjIP has no page \"Pernyataan Telah Direviu\"; give `tanggal` once the reviewer has signed the statement")]
    }

    /// 3.a.6: the report is signed by 31 March of the next year (its upload deadline), and
    /// each agreement within a month of the year's budget document (DIPA/DPA).
    static func tepatWaktu(_ report: ComputedReport) -> [Diagnostic] {
        let data = report.data
        var diagnostics: [Diagnostic] = []
        let instansiFile = MarkdownFields.file(data, .instansi)
        if let date = try? ISODate(data.instansi.tanggalLaporan), let deadline = try? ISODate(year: data.instansi.tahun + 1, month: 3, day: 31), date > deadline {
            diagnostics.append(warning(report, .tepatWaktu, file: instansiFile, keyPath: "instansi.tanggal_laporan",
                                       "the report is dated \(date), after \(deadline), the deadline for the LKjIP \(data.instansi.tahun)"))
        }
        if let text = data.anggaran.tanggalDipa, let dipa = try? ISODate(text), let limit = oneMonth(after: dipa) {
            for pk in data.perjanjian {
                guard let signed = try? ISODate(pk.tanggal), signed > limit else { continue }
                diagnostics.append(warning(report, .tepatWaktu, file: pk.file, keyPath: "tanggal",
                                           "the agreement is signed on \(signed), more than a month after the DIPA of \(dipa) (at the latest \(limit))"))
            }
        }
        return diagnostics
    }

    /// The same day of the next month, or its last day when the month is shorter.
    static func oneMonth(after date: ISODate) -> ISODate? {
        let (year, month) = date.month == 12 ? (date.year + 1, 1) : (date.year, date.month + 1)
        return try? ISODate(year: year, month: month, day: min(date.day, ISODate.days(inMonth: month, year: year)))
    }

    /// 1.b.7: a target below what was already reached the year before (above it for an
    /// indicator to be minimised) is no target at all. Judged on numeric targets against the
    /// linked history row (table b) of the year before, in the same unit.
    static func targetMenantang(_ report: ComputedReport) -> [Diagnostic] {
        let year = report.data.instansi.tahun - 1
        var diagnostics: [Diagnostic] = []
        for kinerja in report.measured {
            let pk = kinerja.perjanjian.perjanjian
            for (s, sasaran) in kinerja.sasaran.enumerated() {
                for (i, item) in sasaran.indikator.enumerated() {
                    let indikator = item.indikator
                    guard let target = indikator.target, indikator.targetRentang == nil, indikator.targetTeks == nil else { continue }
                    let rows = kinerja.units.flatMap(\.riwayat).filter { $0.indikator == indikator.id }
                    guard let row = rows.first, let cell = row.nilai[year], let before = cell.number,
                          Units.same(cell.unit ?? row.satuan ?? indikator.satuan, indikator.satuan) else { continue }
                    let lower = item.polaritas == .positif ? target.value < before.value : target.value > before.value
                    guard lower else { continue }
                    let shown = { (value: Nilai) in IndonesianFormat.nilai(value, satuan: indikator.satuan, decimals: indikator.desimal) }
                    let comparison = item.polaritas == .positif ? "below" : "above (the indicator is to be minimised)"
                    diagnostics.append(warning(report, .targetMenantang, file: pk.file, keyPath: "\(pk.sasaranKey)[\(s)].indikator[\(i)].target",
                                               "the target \(shown(target)) of `\(indikator.id)` is \(comparison) its realisasi of \(year), \(shown(before)); set a target at least as demanding as what was reached"))
                }
            }
        }
        return diagnostics
    }

    /// 2.a.2: every IKU has its definisi operasional and its formula (`IndikatorUtama`).
    static func definisi(_ report: ComputedReport) -> [Diagnostic] {
        IndikatorUtama.units(report).compactMap { kinerja in
            let indicators = kinerja.sasaran.flatMap(\.indikator).map(\.indikator)
            let noDefinition = indicators.filter { ($0.definisiOperasional ?? "").trimmingWhitespace().isEmpty }.map(\.id)
            let noFormula = indicators.filter { ($0.formula ?? "").trimmingWhitespace().isEmpty }.map(\.id)
            guard !noDefinition.isEmpty || !noFormula.isEmpty else { return nil }
            var parts: [String] = []
            if !noDefinition.isEmpty { parts.append("without `definisi_operasional`: \(list(noDefinition))") }
            if !noFormula.isEmpty { parts.append("without `formula`: \(list(noFormula))") }
            let pk = kinerja.perjanjian.perjanjian
            return warning(report, .definisiIndikator, file: pk.file, keyPath: pk.sasaranKey,
                           "IKU of \(owner(kinerja)) \(parts.joined(separator: "; ")); the IKU document prints \"-\" in their place")
        }
    }

    /// 2.b.4: each indicator is measured every quarter: it has quarterly targets, and the
    /// realisasi of every quarter.
    static func pengukuranBerkala(_ report: ComputedReport) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let quarters = ["TW I", "TW II", "TW III", "TW IV"]
        for kinerja in report.measured {
            let pk = kinerja.perjanjian.perjanjian
            let indicators = kinerja.sasaran.flatMap(\.indikator)
            let noTargets = indicators.filter { $0.indikator.triwulan == nil }.map(\.indikator.id)
            if !noTargets.isEmpty {
                diagnostics.append(warning(report, .pengukuranBerkala, file: pk.file, keyPath: pk.sasaranKey,
                                           "\(noTargets.count) of \(indicators.count) indicators of \(owner(kinerja)) have no quarterly targets (`triwulan`), so they cannot be measured each quarter: \(list(noTargets))"))
            }
            var gaps: [String] = []
            for item in indicators where item.indikator.triwulan != nil {
                let values = item.triwulan ?? [nil, nil, nil, nil]
                let missing = values.enumerated().filter { $0.element == nil }.map { quarters[$0.offset] }
                if !missing.isEmpty { gaps.append("`\(item.indikator.id)` (\(missing.joined(separator: ", ")))") }
            }
            if !gaps.isEmpty {
                let file = report.data.capaian.first { $0.divisi == kinerja.divisi.id }?.file ?? pk.file
                let shown = gaps.prefix(12).joined(separator: ", ") + (gaps.count > 12 ? " and \(gaps.count - 12) more" : "")
                diagnostics.append(warning(report, .pengukuranBerkala, file: file, keyPath: file == pk.file ? pk.sasaranKey : "realisasi",
                                           "quarterly realisasi missing for \(owner(kinerja)): \(shown); give `triwulan: {tw1, tw2, tw3, tw4}` in the realisasi"))
            }
        }
        return diagnostics
    }

    /// 1.b.6: the indicators of each agreement against the year before (`lkjip check
    /// --evaluasi --from LAST`): an indicator added or dropped breaks the series an
    /// evaluator compares. Compared by name, ignoring case and spacing.
    public static func perubahanIndikator(_ report: ComputedReport, sebelumnya previous: ReportData) -> [Diagnostic] {
        func key(_ name: String) -> String { name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var before: [String: [String]] = [:]
        for pk in previous.perjanjian { before[pk.divisi] = pk.sasaranKegiatan.flatMap(\.indikator).map(\.nama) }
        var diagnostics: [Diagnostic] = []
        for kinerja in report.measured {
            guard let old = before[kinerja.divisi.id] else { continue }
            let now = kinerja.sasaran.flatMap(\.indikator).map(\.indikator.nama)
            let oldKeys = Set(old.map(key)), nowKeys = Set(now.map(key))
            let added = now.filter { !oldKeys.contains(key($0)) }
            let dropped = old.filter { !nowKeys.contains(key($0)) }
            guard !added.isEmpty || !dropped.isEmpty else { continue }
            func quoted(_ names: [String]) -> String {
                names.prefix(6).map { "\"\(Escape.inline($0, limit: 80))\"" }.joined(separator: ", ") + (names.count > 6 ? " and \(names.count - 6) more" : "")
            }
            var parts: [String] = []
            if !added.isEmpty { parts.append("new: \(quoted(added))") }
            if !dropped.isEmpty { parts.append("no longer measured: \(quoted(dropped))") }
            let pk = kinerja.perjanjian.perjanjian
            diagnostics.append(warning(report, .ikuStabil, file: pk.file, keyPath: pk.sasaranKey,
                                       "the indicators of \(owner(kinerja)) changed against \(previous.instansi.tahun): \(parts.joined(separator: "; ")); explain the change (a new Renstra, a reorganisation) or keep the indicators"))
        }
        return diagnostics
    }
}
