import ArgumentParser
import Foundation
import LKjIP
import LKjIPModel
import LKjIPSheet

/// `lkjip sheet`: realisasi through a spreadsheet.
struct SheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: "Exchange realisasi with a spreadsheet (.xlsx or .csv).",
        subcommands: [Export.self, Import.self]
    )

    struct Export: ParsableCommand {
        // An .xlsx, or with -o f.csv a CSV in the Indonesian convention (`;`, decimal comma),
        // text guarded against formulas.
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a workbook to fill in: one sheet per division, realisasi columns open, everything else locked.")

        @Argument(help: "Data directory.")
        var dataDirectory: String

        @Option(name: [.short, .customLong("output")], help: "The .xlsx (or .csv) to write.")
        var output: String = "realisasi.xlsx"

        @OptionGroup var resources: ResourceOptions

        func run() throws {
            Cleanup.shared.installSignalHandlers()
            do {
                let report = try DataDiff.load(URL(fileURLWithPath: dataDirectory).standardizedFileURL, templates: try resources.templatesDirectory(), assets: try resources.assetsDirectory(), requireClean: false)
                let workbook = try RealisasiSheet.workbook(report)
                let url = URL(fileURLWithPath: output).standardizedFileURL
                let data = url.pathExtension.lowercased() == "csv"
                    ? Data(RealisasiSheet.csv(workbook).utf8)
                    : try XLSXWriter.write(workbook, created: nil)
                let set = try OutputSet(directory: url.deletingLastPathComponent())
                try set.stage(data, as: url.lastPathComponent)
                try set.commit()
                print(url.path)
            } catch {
                throw ExitCode(DiagnosticPrinter.report(error))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Merge a filled workbook (or CSV) into realisasi/<divisi>.yaml, keeping comments and order.")

        @Argument(help: "The filled .xlsx or .csv.")
        var file: String

        @Argument(help: "Data directory.")
        var dataDirectory: String

        @OptionGroup var resources: ResourceOptions

        func run() throws {
            Cleanup.shared.installSignalHandlers()
            do {
                let changed = try RealisasiImport.run(file: URL(fileURLWithPath: file).standardizedFileURL, dataDirectory: URL(fileURLWithPath: dataDirectory).standardizedFileURL,
                                                      templates: try resources.templatesDirectory(), assets: try resources.assetsDirectory())
                if changed.isEmpty { print("tidak ada nilai yang berubah") }
                for url in changed { print(url.path) }
            } catch let error as RealisasiImport.ImportError {
                for message in error.messages { DiagnosticPrinter.printToStandardError(Escape.inline(message, limit: 1000)) }
                DiagnosticPrinter.printToStandardError("lkjip: \(error.count) kesalahan; tidak ada yang diimpor")
                throw ExitCode(1)
            } catch {
                throw ExitCode(DiagnosticPrinter.report(error))
            }
        }
    }
}
