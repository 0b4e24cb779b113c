import ArgumentParser
import LKjIP

/// The `lkjip` command: a thin shell over the LKjIP library, one subcommand per job.
@main
struct LKjIPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lkjip",
        abstract: "Compile an LKjIP (Laporan Kinerja Instansi Pemerintah) and its Perjanjian Kinerja annexes from YAML data.",
        discussion: """
            A data directory holds instansi.yaml, pejabat.yaml, organisasi.yaml, renstra.yaml, anggaran.yaml,
            pk/<divisi>.yaml, realisasi/<divisi>.yaml and narasi/<bagian>.md (see docs/data.md or `lkjip schema`).
            Every derivable number (capaian, NILAI SS, totals, realisation percentages, numbers in words) is computed.
            """,
        version: "lkjip \(LKjIPVersion.number)",
        subcommands: [BuildCommand.self, AnnexCommand.self, DokumenCommand.self, CheckCommand.self, DiffCommand.self, SchemaCommand.self, FiguresCommand.self, LintCommand.self, InitCommand.self, SheetCommand.self]
    )
}
