import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPReport
import LKjIPTemplates

/// Load, validate, compute and check: the one rule set that `lkjip check`, `build` and
/// `annex` all apply before anything is written. Every diagnostic of every stage is
/// collected, so a run reports all there is to fix at once.
public enum Pipeline {
    public struct Result: Sendable {
        /// nil when the data could not be read far enough to compute.
        public var report: ComputedReport?
        /// Sorted by file and line; with `strict`, warnings have become errors.
        public var diagnostics: [Diagnostic]
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    public static func run(dataDirectory: URL, templates: TemplateRenderer, assets: URL?, strict: Bool = false) -> Result {
        let loaded = ReportLoader.load(directory: dataDirectory, assets: assets)
        var diagnostics = loaded.diagnostics
        var report: ComputedReport?
        if let data = loaded.data {
            // A narasi file that exists but could not be read has its error already; it is
            // not also "missing".
            let failed = Set(loaded.diagnostics.filter { $0.severity == .error }.map(\.location.file))
            let names = ReportDocuments.narasiNames(templates)
            diagnostics += NarasiRule.check(data, templateNames: names, optional: ReportDocuments.optionalNarasiNames(templates))
                .filter { $0.severity == .error || !failed.contains($0.location.file) }
            // The office's kind and words (templates/kata.yaml, templates/jenis/<kind>.yaml):
            // they name the figures a narrative cites, so citations wait for them.
            let (wording, wordingProblems) = WordingLoader.load(directory: templates.directory, data: data)
            diagnostics += wordingProblems
            let computed = ReportComputer.compute(data, figures: wording.map { wording in { ReportFigures.catalog($0, wording: wording, narasiNames: names) } })
            // A value that could not be read was replaced by a placeholder (0, ""); a rule of
            // the record holding it would judge the placeholder ("realisasi exceeds the pagu
            // Rp 0" after "pagu: expected a number"), so such findings are left out and each
            // mistake is reported once.
            let unreadable = UnreadableRecords(loaded.diagnostics)
            var judged = computed.diagnostics + Checker.check(computed.report)
            if let wording {
                judged += OfficeChecks.check(computed.report, wording: wording)
                // Every name the templates use, against this report's view: a template's
                // unknown name is reported by `check` too, not only by `build`.
                do {
                    try ReportDocuments.checkTemplates(computed.report, renderer: templates, wording: wording)
                } catch let error as TemplateError {
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "templates/\(error.template)", line: error.line, column: error.column), error.message))
                } catch {}
            }
            diagnostics += judged.filter { !unreadable.covers($0) }
            // What stands in for the office's own material (default logo, placeholder
            // pictures and names): warnings, errors with --strict.
            diagnostics += PlaceholderRule.check(data)
            report = computed.report
        }
        if strict { diagnostics = diagnostics.map { $0.with(.error) } }
        return Result(report: report, diagnostics: DiagnosticList.sorted(unique(diagnostics)))
    }

    /// The same problem found twice (a file read for two purposes) is reported once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}

/// Narasi files and the templates that place them: a file no template uses would never be
/// printed (`Kesimpulan.md`, `saran-saran.md`), so it is an error with the nearest name; a
/// name a template uses without a file gets a warning saying which file to create.
enum NarasiRule {
    /// `optional`: names placed only in a system's part (e-Performance, e-Monev), printed
    /// when the office writes them; their absence is no gap.
    static func check(_ data: ReportData, templateNames: Set<String>, optional: Set<String> = []) -> [Diagnostic] {
        let valid = templateNames.map(NarasiNames.fileName).sorted()
        var diagnostics: [Diagnostic] = []
        // A file is placed only under its exact name (hyphens, lower case): `kata_pengantar.md`
        // beside `kata-pengantar.md` would otherwise feed one place twice.
        for name in data.narasi.keys.sorted() where !templateNames.contains(NarasiNames.contextKey(name)) || NarasiNames.fileName(NarasiNames.contextKey(name)) != name {
            let hint = EditDistance.suggestion(for: name, in: valid).map { "did you mean narasi/\($0).md? " } ?? ""
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "narasi/\(name).md"),
                                          "no template places narasi/\(Escape.inline(name)).md, so it would never be printed; \(hint)the names are: \(valid.joined(separator: ", "))"))
        }
        for name in valid where data.narasi[name] == nil && !optional.contains(NarasiNames.contextKey(name)) {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: "narasi/\(name).md"),
                                          "narasi/\(name).md does not exist; its place in the report stays empty (create the file to fill it)"))
        }
        return diagnostics
    }
}
