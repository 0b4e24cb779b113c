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

    @OptionGroup var resources: ResourceOptions

    func run() throws {
        do {
            let templates = try resources.templatesDirectory()
            let assets = try resources.assetsDirectory()
            let old = try DataDiff.load(URL(fileURLWithPath: oldDataDirectory).standardizedFileURL, templates: templates, assets: assets)
            let new = try DataDiff.load(URL(fileURLWithPath: newDataDirectory).standardizedFileURL, templates: templates, assets: assets)
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
