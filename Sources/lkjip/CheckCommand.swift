import ArgumentParser
import Foundation
import LKjIP
import LKjIPModel

/// `lkjip check`: validate the data and the arithmetic a user may have typed, without output.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a data directory and report problems with file, line and key path.",
        discussion: "Exit status: 0 when there is no error (warnings allowed), 1 when there are errors, or warnings with --strict."
    )

    @Argument(help: "Data directory.")
    var dataDirectory: String

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print the diagnostics as JSON on standard output.")
    var json = false

    func run() throws {
        let diagnostics = ReportChecker.check(dataDirectory: URL(fileURLWithPath: dataDirectory).standardizedFileURL)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if json {
            print(try ReportChecker.json(diagnostics))
        } else {
            for diagnostic in diagnostics { print(diagnostic.description) }
            print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
