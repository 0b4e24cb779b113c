import ArgumentParser
import Foundation
import LKjIP

/// `lkjip build`: the whole report.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the full LKjIP (.docx and .html) from a data directory.",
        discussion: "Writes <out-dir>/LKjIP-<kode>-<tahun>.docx and .html. Files are written to a temporary name and renamed only when everything succeeded, so a failed run leaves earlier output untouched."
    )

    @Argument(help: "Data directory (e.g. examples/sumbar-2023).")
    var dataDirectory: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        do {
            let request = try output.request(dataDirectory: dataDirectory)
            let written = try ReportBuilder.build(request)
            for url in written { print(url.path) }
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
