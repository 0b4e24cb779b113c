import ArgumentParser
import Foundation
import LKjIP
import LKjIPModel

/// `lkjip check`: every rule of build, without output.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a data directory with every rule and report problems with file, line and key path.",
        discussion: "Exit status: 0 when there is no error (warnings allowed), 1 when there are errors, or warnings with --strict."
    )

    @Argument(help: "Data directory.")
    var dataDirectory: String

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print the diagnostics as JSON on standard output.")
    var json = false

    @Flag(name: .long, help: "Also list what an AKIP evaluator (PermenPAN-RB 88/2021) would mark down, each finding with its LKE criterion: the analyses of 53/2014 each sasaran lacks, the reviu page, deadlines, targets below last year's realisasi, IKU definitions, quarterly data.")
    var evaluasi = false

    @Option(name: .customLong("from"), help: "With --evaluasi: last year's data directory, to report the indicators that changed against it (LKE 1.b.6).")
    var previous: String?

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        if previous != nil && !evaluasi { throw ValidationError("--from compares indicators for --evaluasi; give --evaluasi too") }
    }

    func run() throws {
        do {
            let directory = URL(fileURLWithPath: dataDirectory).standardizedFileURL
            let templates = try resources.templatesDirectory()
            let assets = try resources.assetsDirectory()
            var diagnostics = try ReportChecker.check(dataDirectory: directory, templates: templates, assets: assets, strict: strict)
            if evaluasi {
                let last = previous.map { URL(fileURLWithPath: $0).standardizedFileURL }
                diagnostics += try EvaluationCheck.missing(dataDirectory: directory, templates: templates, assets: assets, previous: last)
            }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            if json {
                print(try ReportChecker.json(diagnostics))
            } else {
                for diagnostic in diagnostics { print(diagnostic.description) }
                print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
