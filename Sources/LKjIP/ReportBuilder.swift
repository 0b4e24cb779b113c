import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPReport
import LKjIPTemplates

/// The main job: data directory -> checked, computed report -> chapters -> document -> files.
public enum ReportBuilder {
    /// What a build produced: the files, the warnings it printed, and what the layout check
    /// found on the pages LibreOffice laid out (the findings of `lkjip lint`, per file; empty
    /// without LibreOffice or with `--no-layout`).
    public struct Outcome {
        public var files: [URL]
        public var warnings: [Diagnostic]
        public var layout: [(file: String, findings: [LayoutCheck.Finding])] = []
    }

    /// Checks the data with every rule; throws a `DiagnosticList` when an error (or, with
    /// `strict`, a warning) was found, so nothing is written from wrong data.
    public static func checked(_ request: BuildRequest, renderer: TemplateRenderer) throws -> (ComputedReport, [Diagnostic]) {
        let result = Pipeline.run(dataDirectory: request.dataDirectory, templates: renderer, assets: request.assetsDirectory, strict: request.strict)
        guard let report = result.report, result.errors.isEmpty else { throw DiagnosticList(result.diagnostics) }
        return (report, result.warnings)
    }

    public static func renderer(_ request: BuildRequest) throws -> TemplateRenderer {
        try TemplateRenderer(directory: request.templatesDirectory, assets: [request.assetsDirectory])
    }

    /// The document model of the full report (before the layout pass).
    public static func document(for report: ComputedReport, renderer: TemplateRenderer) throws -> Document {
        try ReportDocuments.report(report, renderer: renderer)
    }

    /// Builds and writes the report; returns the written files and the warnings.
    public static func build(_ request: BuildRequest, renderer: TemplateRenderer? = nil, note: (String) -> Void = { _ in }) throws -> Outcome {
        let renderer = try renderer ?? self.renderer(request)
        let (report, warnings) = try checked(request, renderer: renderer)
        let document = try signed([(try ReportDocuments.report(report, renderer: renderer), "")], request: request, report: report, renderer: renderer)[0].document
        let baseName = ReportDocuments.baseName(report.data.instansi)
        var layout: [(String, [LayoutCheck.Finding])] = []
        let files = try Publisher.publish([(document, baseName)], request: request, note: note) { document, physical, pages in
            let name = baseName + (request.formats.contains(.pdf) ? ".pdf" : ".docx")
            layout.append((name, LayoutCheck.check(pages, document: document, physical: physical)))
        }
        return Outcome(files: files, warnings: warnings, layout: layout)
    }

    /// `lkjip lint`: builds the PDF (report and annexes) and checks its pages
    /// (`LayoutCheck`). The files are written to the request's output directory.
    public static func lint(_ request: BuildRequest, note: (String) -> Void = { _ in }) throws -> [(file: String, findings: [LayoutCheck.Finding])] {
        var request = request
        if !request.formats.contains(.pdf) { request.formats.append(.pdf) }
        let renderer = try self.renderer(request)
        let (report, _) = try checked(request, renderer: renderer)
        var documents = [(document: try ReportDocuments.report(report, renderer: renderer), baseName: ReportDocuments.baseName(report.data.instansi))]
        documents += try ReportDocuments.annexes(report, renderer: renderer, pejabat: nil, combined: false)
        // The other documents of the year, when the templates folder has them.
        for kind in SakipDocuments.Kind.allCases where renderer.has(SakipDocuments.template(kind)) {
            documents += try SakipDocuments.documents(kind, report: report, renderer: renderer)
        }
        documents = try signed(documents, request: request, report: report, renderer: renderer)
        var results: [(String, [LayoutCheck.Finding])] = []
        var index = 0
        _ = try Publisher.publish(documents, request: request, note: note) { document, physical, pages in
            results.append((documents[index].baseName + ".pdf", LayoutCheck.check(pages, document: document, physical: physical)))
            index += 1
        }
        return results
    }

    /// The documents as `--tte` wants them (`ElectronicSigning`); unchanged without it.
    static func signed(_ documents: [(document: Document, baseName: String)], request: BuildRequest, report: ComputedReport, renderer: TemplateRenderer) throws -> [(document: Document, baseName: String)] {
        guard request.tte else { return documents }
        let wording = try ReportDocuments.wording(report, renderer: renderer)
        return documents.map { item in
            var document = item.document
            ElectronicSigning.apply(&document, wording: wording)
            return (document, item.baseName)
        }
    }
}

/// `lkjip annex`: the Perjanjian Kinerja documents alone, one file per agreement (or one
/// combined file), through the same `perjanjian-kinerja` template as the LAMPIRAN.
public enum AnnexBuilder {
    public static func build(_ request: BuildRequest, pejabat: String?, combined: Bool, note: (String) -> Void = { _ in }) throws -> ReportBuilder.Outcome {
        let renderer = try ReportBuilder.renderer(request)
        let (report, warnings) = try ReportBuilder.checked(request, renderer: renderer)
        let documents: [(document: Document, baseName: String)]
        do {
            documents = try ReportDocuments.annexes(report, renderer: renderer, pejabat: pejabat, combined: combined)
        } catch let error as AnnexSelectionError {
            throw LKjIPError.usage(error.message)
        }
        let files = try Publisher.publish(try ReportBuilder.signed(documents, request: request, report: report, renderer: renderer), request: request, note: note)
        return ReportBuilder.Outcome(files: files, warnings: warnings)
    }
}

/// `lkjip dokumen`: the other SAKIP documents of the year (IKU, Rencana Aksi, the quarterly
/// measurement), after the same checks as `build`, written as one output set like the
/// report, and laid out with the same care.
public enum DocumentBuilder {
    public static func build(_ request: BuildRequest, kind: SakipDocuments.Kind, options: SakipDocuments.Options, note: (String) -> Void = { _ in }) throws -> ReportBuilder.Outcome {
        let renderer = try ReportBuilder.renderer(request)
        let (report, warnings) = try ReportBuilder.checked(request, renderer: renderer)
        let documents: [(document: Document, baseName: String)]
        do {
            documents = try SakipDocuments.documents(kind, report: report, renderer: renderer, options: options)
        } catch let error as AnnexSelectionError {
            throw LKjIPError.usage(error.message)
        }
        var layout: [(String, [LayoutCheck.Finding])] = []
        var index = 0
        let files = try Publisher.publish(try ReportBuilder.signed(documents, request: request, report: report, renderer: renderer), request: request, note: note) { document, physical, pages in
            layout.append((documents[index].baseName + (request.formats.contains(.pdf) ? ".pdf" : ".docx"), LayoutCheck.check(pages, document: document, physical: physical)))
            index += 1
        }
        return ReportBuilder.Outcome(files: files, warnings: warnings, layout: layout)
    }
}

/// `lkjip check`: every problem of a data directory, without writing documents.
public enum ReportChecker {
    public static func check(dataDirectory: URL, templates: URL, assets: URL, strict: Bool = false) throws -> [Diagnostic] {
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        return Pipeline.run(dataDirectory: dataDirectory, templates: renderer, assets: assets, strict: strict).diagnostics
    }

    /// Machine-readable form for `--json`, keys sorted so the output is stable.
    public static func json(_ diagnostics: [Diagnostic]) throws -> String {
        let items: [[String: Any]] = diagnostics.map { diagnostic in
            var item: [String: Any] = [
                "severity": diagnostic.severity.rawValue,
                "file": diagnostic.location.file,
                "keyPath": diagnostic.location.keyPath,
                "message": diagnostic.message,
            ]
            if let line = diagnostic.location.line { item["line"] = line }
            if let column = diagnostic.location.column { item["column"] = column }
            return item
        }
        let summary: [String: Any] = [
            "errors": diagnostics.filter { $0.severity == .error }.count,
            "warnings": diagnostics.filter { $0.severity == .warning }.count,
            "diagnostics": items,
        ]
        let data = try JSONSerialization.data(withJSONObject: summary, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
