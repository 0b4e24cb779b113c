import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// The documents lkjip writes, from a computed report and a folder of templates: the full
/// LKjIP, and the Perjanjian Kinerja annexes alone. Both use the same context and the same
/// `perjanjian-kinerja` template, so an annex is exactly the page of the LAMPIRAN.
public enum ReportDocuments {
    /// Chapter templates in reading order (`templates/<name>.mustache`).
    public static let chapters = [
        "cover", "kata-pengantar", "ikhtisar-eksekutif", "daftar-isi", "bab1", "bab2", "bab3", "bab4", "lampiran",
    ]

    /// The narasi context keys the templates use, to validate a data directory's narasi files.
    public static func narasiNames(_ renderer: TemplateRenderer) -> Set<String> {
        renderer.names(withPrefix: "narasi.", in: chapters)
    }

    public static func report(_ report: ComputedReport, renderer: TemplateRenderer) throws -> Document {
        let registry = BlockRegistry()
        let context = try ReportContext.make(report, registry: registry, narasiNames: narasiNames(renderer))
        let sections = try renderer.render(chapters: chapters, context: context, registry: registry, images: BuildContext(report: report, registry: registry).images)
        let instansi = report.data.instansi
        var document = Document(metadata: Metadata(
            title: "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun \(instansi.tahun)",
            subject: instansi.nama, author: instansi.nama, date: instansi.tanggalLaporan), sections: sections)
        DocumentNumbering.apply(&document)
        return document
    }

    /// One document per Perjanjian Kinerja (or one combined), named
    /// `PK-<kode>-<tahun>-<divisi>` (with `-2` for a second agreement of the year).
    public static func annexes(_ report: ComputedReport, renderer: TemplateRenderer, pejabat: String?, combined: Bool) throws -> [(document: Document, baseName: String)] {
        let instansi = report.data.instansi
        var selected = Array(report.perjanjian.enumerated())
        if let pejabat {
            selected = selected.filter { $0.element.pihakPertama.id == pejabat || $0.element.perjanjian.divisi == pejabat }
            guard !selected.isEmpty else {
                let known = report.perjanjian.map(\.pihakPertama.id).joined(separator: ", ")
                throw AnnexSelectionError(message: "no Perjanjian Kinerja has pihak pertama or divisi `\(Escape.inline(pejabat))`; known: \(known)")
            }
        }
        let registry = BlockRegistry()
        let full = try ReportContext.make(report, registry: registry, narasiNames: narasiNames(renderer))
        let contexts = full["perjanjian"] as? [[String: Any]] ?? []
        var documents: [(Document, String)] = []
        var allSections: [Section] = []
        var counts: [String: Int] = [:]
        for (index, pk) in selected {
            var context = contexts[index]
            context["instansi"] = full["instansi"]
            let sections = try renderer.render(chapters: ["annex"], context: context, registry: registry)
            allSections += sections
            var document = Document(metadata: Metadata(
                title: "Perjanjian Kinerja Tahun \(instansi.tahun) — \(pk.pihakPertama.jabatanSingkat ?? pk.pihakPertama.jabatan)",
                subject: instansi.nama, author: instansi.nama, date: pk.tanggal), sections: sections)
            DocumentNumbering.apply(&document)
            counts[pk.perjanjian.divisi, default: 0] += 1
            let suffix = counts[pk.perjanjian.divisi]! > 1 ? "-\(counts[pk.perjanjian.divisi]!)" : ""
            documents.append((document, "PK-\(FileName.safe(instansi.kode))-\(instansi.tahun)-\(FileName.safe(pk.perjanjian.divisi))\(suffix)"))
        }
        if combined {
            var document = Document(metadata: Metadata(title: "Perjanjian Kinerja Tahun \(instansi.tahun)", subject: instansi.nama, author: instansi.nama, date: instansi.tanggalLaporan), sections: allSections)
            DocumentNumbering.apply(&document)
            return [(document, "PK-\(FileName.safe(instansi.kode))-\(instansi.tahun)")]
        }
        return documents
    }

    /// `LKjIP-<kode>-<tahun>`, the base name of every output file of a report.
    public static func baseName(_ instansi: Instansi) -> String {
        "LKjIP-\(FileName.safe(instansi.kode))-\(instansi.tahun)"
    }
}

public struct AnnexSelectionError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Keeps user-chosen codes safe as file names on every system.
public enum FileName {
    public static func safe(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        var mapped = String(text.map { allowed.contains($0) ? $0 : "-" }.prefix(80))
        while mapped.hasPrefix(".") { mapped.removeFirst() }
        return mapped.isEmpty ? "laporan" : mapped
    }
}
