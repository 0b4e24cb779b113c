import ArgumentParser
import Foundation
import LKjIP

/// `lkjip figures`: every computed figure a narrative may cite as `{{name}}`.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the computed figures a narasi file or Markdown field can cite as {{name}}, with their values."
    )

    @Argument(help: "Data directory.")
    var dataDirectory: String

    @OptionGroup var resources: ResourceOptions

    func run() throws {
        do {
            let report = try DataDiff.load(URL(fileURLWithPath: dataDirectory).standardizedFileURL,
                                           templates: try resources.templatesDirectory(), assets: try resources.assetsDirectory(), requireClean: false)
            for name in report.figures.names { print("{{\(name)}}\t\(report.figures[name] ?? "")") }
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
