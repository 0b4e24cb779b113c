import ArgumentParser
import Foundation
import LKjIP
import LKjIPReport

/// `lkjip dokumen`: the other SAKIP documents of the year from the same data directory (IKU,
/// Rencana Aksi, the quarterly measurement), each from its own template.
struct DokumenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dokumen",
        abstract: "Write one of the year's other SAKIP documents: iku, iku-ringkas, rencana-aksi or triwulan.",
        discussion: """
            iku            IKU-<kode>-<tahun>: the Indikator Kinerja Utama in the standard form, signed by the head of office.
            iku-ringkas    IKU-Ringkas-<kode>-<tahun>: the IKU summary per division (NO, SASARAN, INDIKATOR, TARGET).
            rencana-aksi   RA-<kode>-<tahun>-<divisi>: the Rencana Aksi of each Perjanjian Kinerja (one file with --combined).
            triwulan       Pengukuran-<kode>-<tahun>-TW<n>: the pengukuran kinerja of quarter --triwulan n.
            The same checks as build run first; the files of a run appear together or not at all.
            """
    )

    @Argument(help: "The document: iku, iku-ringkas, rencana-aksi or triwulan.")
    var jenis: String

    @Argument(help: "Data directory.")
    var dataDirectory: String

    @Option(name: .long, help: "triwulan: the quarter, 1 to 4.")
    var triwulan: Int?

    @Option(name: .long, help: "rencana-aksi: only the agreement whose Pihak Pertama has this pejabat id (or whose divisi has this id; `kepala` for the head of office's own).")
    var pejabat: String?

    @Flag(name: .long, help: "rencana-aksi: one file holding every agreement's Rencana Aksi.")
    var combined = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard let kind = SakipDocuments.Kind(rawValue: jenis) else {
            throw ValidationError("unknown document `\(jenis)`; the documents are: \(SakipDocuments.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if kind == .triwulan {
            guard let triwulan else { throw ValidationError("triwulan needs --triwulan 1, 2, 3 or 4") }
            guard (1...4).contains(triwulan) else { throw ValidationError("--triwulan must be 1, 2, 3 or 4, not \(triwulan)") }
        } else if triwulan != nil {
            throw ValidationError("--triwulan belongs to the document triwulan")
        }
        if kind != .rencanaAksi && (pejabat != nil || combined) {
            throw ValidationError("--pejabat and --combined belong to the document rencana-aksi")
        }
    }

    func run() throws {
        Cleanup.shared.installSignalHandlers()
        do {
            let kind = SakipDocuments.Kind(rawValue: jenis)!
            let options = SakipDocuments.Options(pejabat: pejabat, combined: combined, triwulan: triwulan ?? 4)
            let outcome = try DocumentBuilder.build(try output.request(dataDirectory: dataDirectory), kind: kind, options: options, note: DiagnosticPrinter.note)
            DiagnosticPrinter.warnings(outcome.warnings)
            BuildCommand.printLayout(outcome.layout)
            for url in outcome.files { print(url.path) }
        } catch {
            throw ExitCode(DiagnosticPrinter.report(error))
        }
    }
}
