import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// `lkjip check --evaluasi`: the analyses each sasaran lacks (`LKjIPCompute.Evaluation`).
public enum EvaluationCheck {
    public static func missing(dataDirectory: URL, templates: URL, assets: URL) throws -> [Diagnostic] {
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        guard let report = Pipeline.run(dataDirectory: dataDirectory, templates: renderer, assets: assets).report else { return [] }
        return Evaluation.diagnostics(report)
    }
}
