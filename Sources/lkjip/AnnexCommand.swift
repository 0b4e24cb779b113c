import ArgumentParser
import Foundation
import LKjIP

/// `lkjip annex`: regenerate the signed Perjanjian Kinerja documents after a target revision
/// without rebuilding the whole report.
struct AnnexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex",
        abstract: "Write the Perjanjian Kinerja documents alone, one file per agreement.",
        discussion: "Writes <out-dir>/PK-<kode>-<tahun>-<divisi>.docx and .html (or PK-<kode>-<tahun>.* with --combined), after the same checks as build. Annexes whose data did not change come out byte-identical."
    )

    @Argument(help: "Data directory.")
    var dataDirectory: String

    @Option(name: .long, help: "Only the agreement whose Pihak Pertama has this pejabat id (or whose divisi has this id).")
    var pejabat: String?

    @Flag(name: .long, help: "One file holding every agreement instead of one file each.")
    var combined = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        Cleanup.shared.installSignalHandlers()
        do {
            let outcome = try AnnexBuilder.build(try output.request(dataDirectory: dataDirectory), pejabat: pejabat, combined: combined, note: DiagnosticPrinter.note)
            DiagnosticPrinter.warnings(outcome.warnings)
            for url in outcome.files { print(url.path) }
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
