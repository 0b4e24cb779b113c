import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// `lkjip check --evaluasi`: what an evaluator of PermenPAN-RB 88/2021 would mark down, each
/// finding with its LKE criterion: the analyses each sasaran lacks (`Evaluation`), the rules
/// of `EvaluasiLKE`, and with `previous` (last year's data directory) the indicators that
/// changed (LKE 1.b.6).
public enum EvaluationCheck {
    public static func missing(dataDirectory: URL, templates: URL, assets: URL, previous: URL? = nil) throws -> [Diagnostic] {
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        guard let report = Pipeline.run(dataDirectory: dataDirectory, templates: renderer, assets: assets).report else { return [] }
        var diagnostics = Evaluation.diagnostics(report) + EvaluasiLKE.diagnostics(report)
        if let previous {
            let loaded = ReportLoader.load(directory: previous, assets: assets)
            guard let data = loaded.data, loaded.errors.isEmpty else {
                throw LKjIPError.usage("\(previous.path): last year's data has \(loaded.errors.count) error\(loaded.errors.count == 1 ? "" : "s") (run `lkjip check \(previous.path)`); the indicators cannot be compared with it")
            }
            diagnostics += EvaluasiLKE.perubahanIndikator(report, sebelumnya: data)
        }
        return DiagnosticList.sorted(diagnostics)
    }
}
