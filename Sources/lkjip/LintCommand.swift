import ArgumentParser
import Foundation
import LKjIP

/// `lkjip lint`: lay the report and its annexes out with LibreOffice and check the pages.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Build the PDFs with LibreOffice and report layout problems page by page.",
        discussion: "Reports words broken inside table cells, signature blocks alone on a page, blank or near-empty pages that are not a chapter or section end, short tables the layout keeps whole that split anyway, and captions apart from their table. Exit status 1 when anything is found."
    )

    @Argument(help: "Data directory.")
    var dataDirectory: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        Cleanup.shared.installSignalHandlers()
        var failed = false
        do {
            var request = try output.request(dataDirectory: dataDirectory)
            request.formats = [.pdf]
            for (file, findings) in try ReportBuilder.lint(request, note: DiagnosticPrinter.note) {
                for finding in findings { print("\(file): \(finding)") }
                failed = failed || !findings.isEmpty
                if findings.isEmpty { print("\(file): no layout problem found") }
            }
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
        if failed { throw ExitCode(1) }
    }
}
