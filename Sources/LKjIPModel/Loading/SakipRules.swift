/// The rules of the data behind the year's other SAKIP documents (issue 24): the reviewer of
/// the report, the Rencana Aksi of each agreement and the quarterly explanations. References
/// and shapes only, like `DataValidator`; the evaluation of their content (what an evaluator
/// would mark) is `lkjip check --evaluasi`.
enum SakipRules {
    static func check(_ data: ReportData, unreadable: [SourceLocation]) -> [Diagnostic] {
        var rules = Checks(data: data, unreadable: UnreadablePaths(unreadable))
        rules.reviu()
        rules.rencanaAksi()
        rules.analisisTriwulan()
        return rules.diagnostics
    }

    private struct Checks {
        let data: ReportData
        let unreadable: UnreadablePaths
        var diagnostics: [Diagnostic] = []

        func isUnreadable(_ file: String, _ keyPath: String) -> Bool { unreadable.contains(file, keyPath) }

        mutating func error(_ file: String, _ keyPath: String, _ message: String) {
            guard !isUnreadable(file, keyPath) else { return }
            diagnostics.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: keyPath), message))
        }

        mutating func reference(_ name: String, in known: [String], what: String, file: String, keyPath: String, definedIn: String) {
            if let message = UnknownReference.message(name, in: known, what: what, definedIn: definedIn) { error(file, keyPath, message) }
        }

        /// The reviewer is a pejabat like every signatory, so name and NIP are spelled once.
        mutating func reviu() {
            guard let reviu = data.instansi.reviu else { return }
            let file = MarkdownFields.file(data, .instansi)
            reference(reviu.pejabat, in: data.pejabat.map(\.id), what: "pejabat", file: file, keyPath: "instansi.reviu.pejabat", definedIn: MarkdownFields.file(data, .pejabat))
        }

        /// Each indicator of the agreement has at most one plan; an action is funded by a
        /// budget line of this agreement or by an amount of its own, not both.
        mutating func rencanaAksi() {
            for pk in data.perjanjian {
                guard let plans = pk.rencanaAksi else { continue }
                let file = pk.file
                let indicators = pk.sasaranKegiatan.flatMap(\.indikator).map(\.id)
                let lines = pk.kegiatan.compactMap(\.id) + pk.kegiatan.compactMap(\.kode)
                var seen: [String: Int] = [:]
                for (r, plan) in plans.enumerated() {
                    reference(plan.indikator, in: indicators, what: "indikator", file: file, keyPath: "rencana_aksi[\(r)].indikator", definedIn: "this PK")
                    if let first = seen[plan.indikator] {
                        error(file, "rencana_aksi[\(r)].indikator", "a second rencana aksi for indikator `\(Escape.inline(plan.indikator))` (the first is rencana_aksi[\(first)]); list all its actions under one `aksi`")
                    }
                    seen[plan.indikator] = seen[plan.indikator] ?? r
                    for (a, action) in plan.aksi.enumerated() {
                        let keyPath = "rencana_aksi[\(r)].aksi[\(a)]"
                        if let line = action.kegiatan {
                            reference(line, in: lines, what: "kegiatan", file: file, keyPath: keyPath + ".kegiatan", definedIn: "`kegiatan` of this PK (by id or kode)")
                            if action.anggaran != nil {
                                error(file, keyPath, "give the action's budget one way: `kegiatan` (a budget line of this PK) or `anggaran`, not both")
                            }
                        }
                    }
                }
            }
        }

        /// One explanation per quarter of an indicator.
        mutating func analisisTriwulan() {
            for capaian in data.capaian {
                for (k, entry) in capaian.realisasi.enumerated() {
                    var seen: [Int: Int] = [:]
                    for (q, item) in (entry.analisisTriwulan ?? []).enumerated() {
                        if let first = seen[item.triwulan] {
                            error(capaian.file, "realisasi[\(k)].analisis_triwulan[\(q)].triwulan", "a second explanation of triwulan \(item.triwulan) (the first is analisis_triwulan[\(first)])")
                        }
                        seen[item.triwulan] = seen[item.triwulan] ?? q
                    }
                }
            }
        }
    }
}
