import ArgumentParser
import Foundation
import LKjIP

/// `lkjip init`: a new data directory, empty and commented, or the next year's from this year's.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a data directory: a commented skeleton, or next year's from last year's (--from).",
        discussion: """
            lkjip init <dir>                       a skeleton for a new office; `lkjip check <dir>` lists what to fill in
            lkjip init <dir> --from <last-year>    next year's directory: offices, people, organisation, Renstra and PK
                                                   structure carried over, last year's realisasi moved into the history
                                                   tables, this year's realisasi cleared, narratives marked as drafts
            """
    )

    @Argument(help: "The new data directory (must not exist or be empty).")
    var directory: String

    @Option(name: .long, help: "Last year's data directory to carry over.")
    var from: String?

    @Option(name: .long, help: "Report year (default: the year after --from, or the current year).")
    var tahun: Int?

    @Option(name: .long, help: "Kind of office of the skeleton: a file templates/jenis/<kind>.yaml (kanwil, eselon1, kementerian, perangkat-daerah, upt).")
    var jenis: String?

    @OptionGroup var resources: ResourceOptions

    func run() throws {
        Cleanup.shared.installSignalHandlers()
        do {
            let target = URL(fileURLWithPath: directory).standardizedFileURL
            let templates = try resources.templatesDirectory()
            let assets = try resources.assetsDirectory()
            if let from {
                try YearChange.write(from: URL(fileURLWithPath: from).standardizedFileURL, to: target, year: tahun, templates: templates, assets: assets, note: DiagnosticPrinter.note)
            } else {
                let year = tahun ?? Calendar(identifier: .gregorian).component(.year, from: Date())
                try Skeleton.write(to: target, narasiNames: try YearChange.narasiNames(templates: templates, assets: assets, jenis: jenis), year: year,
                                   jenis: try jenis.map { try SkeletonKinds.kind($0, templates: templates) })
            }
            print(target.path)
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
