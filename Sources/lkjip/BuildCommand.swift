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

    @Option(name: [.short, .customLong("output")], help: "Output directory (created if missing).")
    var outputDirectory: String = "out"

    @Option(name: .long, help: "Comma-separated output formats: docx, html, pdf (pdf needs LibreOffice's soffice).")
    var format: String = "docx,html"

    @Option(name: .long, help: "Templates directory; copy templates/ and point here to change wording without recompiling.")
    var templates: String?

    @Option(name: .long, help: "Assets directory with the default logo (default: assets/ of the checkout).")
    var assets: String?

    func run() throws {
        do {
            let request = try BuildRequest(dataDirectory: dataDirectory, outputDirectory: outputDirectory, formats: format, templates: templates, assets: assets)
            let written = try ReportBuilder.build(request)
            for url in written { print(url.path) }
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
