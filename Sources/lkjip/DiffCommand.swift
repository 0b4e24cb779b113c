import ArgumentParser
import Foundation
import LKjIP

/// `lkjip diff`: which targets, budgets and signatories changed between two data versions,
/// i.e. which signed documents must be printed again.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the targets, anggaran and pejabat that differ between two data directories."
    )

    @Argument(help: "The earlier data directory.")
    var oldDataDirectory: String

    @Argument(help: "The revised data directory.")
    var newDataDirectory: String

    func run() throws {
        do {
            let old = try ReportBuilder.compute(dataDirectory: URL(fileURLWithPath: oldDataDirectory).standardizedFileURL)
            let new = try ReportBuilder.compute(dataDirectory: URL(fileURLWithPath: newDataDirectory).standardizedFileURL)
            let changes = DataDiff.compare(old: old, new: new)
            if changes.isEmpty {
                print("no changes in targets, anggaran or pejabat")
            } else {
                for change in changes { print(change.description) }
            }
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
