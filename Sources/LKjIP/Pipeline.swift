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
            diagnostics += NarasiRule.check(data, templateNames: ReportDocuments.narasiNames(templates))
                .filter { $0.severity == .error || !failed.contains($0.location.file) }
            let computed = ReportComputer.compute(data)
            // A value that could not be read was replaced by a placeholder (0, ""); a rule of
            // the record holding it would judge the placeholder ("realisasi exceeds the pagu
            // Rp 0" after "pagu: expected a number"), so such findings are left out and each
            // mistake is reported once.
            let unreadable = UnreadableRecords(loaded.diagnostics)
            diagnostics += (computed.diagnostics + Checker.check(computed.report)).filter { !unreadable.covers($0) }
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
    static func check(_ data: ReportData, templateNames: Set<String>) -> [Diagnostic] {
        let valid = templateNames.map(NarasiNames.fileName).sorted()
        var diagnostics: [Diagnostic] = []
        // A file is placed only under its exact name (hyphens, lower case): `kata_pengantar.md`
        // beside `kata-pengantar.md` would otherwise feed one place twice.
        for name in data.narasi.keys.sorted() where !templateNames.contains(NarasiNames.contextKey(name)) || NarasiNames.fileName(NarasiNames.contextKey(name)) != name {
            let hint = EditDistance.suggestion(for: name, in: valid).map { "did you mean narasi/\($0).md? " } ?? ""
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "narasi/\(name).md"),
                                          "no template places narasi/\(Escape.inline(name)).md, so it would never be printed; \(hint)the names are: \(valid.joined(separator: ", "))"))
        }
        for name in valid where data.narasi[name] == nil {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: "narasi/\(name).md"),
                                          "narasi/\(name).md does not exist; its place in the report stays empty (create the file to fill it)"))
        }
        return diagnostics
    }
}
