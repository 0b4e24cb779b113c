import ArgumentParser
import Dispatch
import Foundation
import LKjIP
import LKjIPModel

/// `lkjip build`: the whole report, for one data directory or many (one process, all cores,
/// templates parsed once).
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the data with every rule, then build the full LKjIP (.docx and .html; .pdf with --format pdf).",
        discussion: """
            Writes <out-dir>/LKjIP-<kode>-<tahun>.docx and .html. Nothing is written when the data has an error
            (or, with --strict, a warning); warnings are printed with their location. The files of a run appear
            together or not at all; a second run into the same directory waits while the first moves its files in.
            Several data directories share one LibreOffice per core.
            """
    )

    @Argument(help: "Data directories (e.g. examples/sumbar-2023); several are built in one process.")
    var dataDirectories: [String]

    @OptionGroup var output: OutputOptions

    /// What the layout check found on the pages of a build, as `lkjip lint` prints it (on
    /// stderr, as warnings: the files are written).
    static func printLayout(_ results: [(file: String, findings: [LayoutCheck.Finding])]) {
        let count = results.reduce(0) { $0 + $1.findings.count }
        guard count > 0 else { return }
        for (file, findings) in results {
            for finding in findings { DiagnosticPrinter.printToStandardError("\(file): warning: \(Escape.inline(finding.description, limit: 400))") }
        }
        DiagnosticPrinter.printToStandardError("lkjip: \(count) layout finding\(count == 1 ? "" : "s") on the laid-out pages (`lkjip lint` checks the annexes too)")
    }

    func validate() throws {
        guard !dataDirectories.isEmpty else { throw ValidationError("give at least one data directory") }
    }

    func run() throws {
        Cleanup.shared.installSignalHandlers()
        if dataDirectories.count == 1 {
            do {
                let outcome = try ReportBuilder.build(try output.request(dataDirectory: dataDirectories[0]), note: DiagnosticPrinter.note)
                DiagnosticPrinter.warnings(outcome.warnings)
                Self.printLayout(outcome.layout)
                for url in outcome.files { print(url.path) }
            } catch {
                throw ExitCode(DiagnosticPrinter.report(error))
            }
            return
        }
        let requests = try dataDirectories.map { try output.request(dataDirectory: $0) }
        let renderer = try ReportBuilder.renderer(requests[0])
        let results = Batch.run(requests, renderer: renderer)
        var failed = false
        for (directory, result) in zip(dataDirectories, results) {
            switch result {
            case .success(let outcome):
                DiagnosticPrinter.warnings(outcome.warnings)
                Self.printLayout(outcome.layout)
                for url in outcome.files { print(url.path) }
            case .failure(let error):
                DiagnosticPrinter.printToStandardError("lkjip: \(directory):")
                _ = DiagnosticPrinter.report(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
