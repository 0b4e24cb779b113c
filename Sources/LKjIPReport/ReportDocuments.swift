import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// The documents lkjip writes, from a computed report and a folder of templates: the full
/// LKjIP, and the Perjanjian Kinerja annexes alone. Both use the same view and the same
/// `perjanjian-kinerja` template, so an annex is exactly the page of the LAMPIRAN.
public enum ReportDocuments {
    /// Chapter templates in reading order (`templates/<name>.mustache`).
    public static let chapters = [
        "cover", "kata-pengantar", "pernyataan-reviu", "ikhtisar-eksekutif", "daftar-isi", "bab1", "bab2", "bab3", "bab4", "lampiran",
    ]

    /// Sections named `sistem.*` hold the parts of one system (e-Performance, e-Monev): their
    /// narasi are wanted only when the office uses it.
    static let systemSections = "sistem."

    /// The narasi context keys the templates use, to validate a data directory's narasi files.
    public static func narasiNames(_ renderer: TemplateRenderer) -> Set<String> {
        renderer.names(withPrefix: "narasi.", in: chapters)
    }

    /// The narasi names placed only inside a system's section: a missing one is no gap.
    public static func optionalNarasiNames(_ renderer: TemplateRenderer) -> Set<String> {
        renderer.names(withPrefix: "narasi.", in: chapters, optionalUnder: systemSections).optional
    }

    /// The wording of the report's office from the renderer's templates folder; its problems
    /// (reported by `lkjip check` with their lines) stop the build.
    public static func wording(_ report: ComputedReport, renderer: TemplateRenderer) throws -> Wording {
        let (wording, diagnostics) = WordingLoader.load(directory: renderer.directory, data: report.data)
        guard let wording else { throw DiagnosticList(DiagnosticList.sorted(diagnostics)) }
        return wording
    }

    public static func report(_ report: ComputedReport, renderer: TemplateRenderer) throws -> Document {
        let wording = try self.wording(report, renderer: renderer)
        let registry = BlockRegistry()
        let view = try ReportView(report, wording: wording, registry: registry, narasiNames: narasiNames(renderer))
        let images = ViewContext(report: report, wording: wording, registry: registry, buildsBlocks: false).images
        let sections = try renderer.render(chapters: chapters, view: view, registry: registry, images: images)
        let instansi = report.data.instansi
        var document = Document(metadata: Metadata(
            title: wording.format(.dokumenLaporan, ["tahun": String(instansi.tahun)]),
            subject: instansi.nama, author: instansi.nama, date: instansi.tanggalLaporan), sections: sections)
        DocumentNumbering.apply(&document, captionWords: wording.captionWords)
        return document
    }

    /// The markup each chapter (and the first agreement's annex) renders to, before it is read
    /// into sections; the registry receives the view's tables, charts and signatures, which
    /// the markup's `<insert ref>` name. For the markup fuzzer's seeds and registry.
    public static func markup(_ report: ComputedReport, renderer: TemplateRenderer, registry: BlockRegistry) throws -> [(name: String, xml: String)] {
        let wording = try self.wording(report, renderer: renderer)
        let view = try ReportView(report, wording: wording, registry: registry, narasiNames: narasiNames(renderer))
        var result: [(name: String, xml: String)] = []
        for chapter in chapters { if let xml = renderer.output(chapter, view: view) { result.append((chapter, xml)) } }
        if let first = view.perjanjian.first, let xml = renderer.output("annex", view: LayeredObject([first, view])) { result.append(("annex", xml)) }
        return result
    }

    /// Checks every name the chapters use against the report's view, without rendering:
    /// `lkjip check` reports a template's unknown name at its line, with the nearest one.
    public static func checkTemplates(_ report: ComputedReport, renderer: TemplateRenderer, wording: Wording) throws {
        let view = try ReportView(report, wording: wording, registry: BlockRegistry(), narasiNames: narasiNames(renderer), buildsBlocks: false)
        try renderer.check(chapters: chapters, view: view)
        if let first = view.perjanjian.first {
            try renderer.check(chapters: ["annex"], view: LayeredObject([first, view]))
        }
        try SakipDocuments.checkTemplates(report, renderer: renderer, wording: wording, view: view)
    }

    /// One document per Perjanjian Kinerja (or one combined), named
    /// `PK-<kode>-<tahun>-<divisi>` (with `-2` for a second agreement of the year; the head of
    /// office's own is `-kepala`).
    public static func annexes(_ report: ComputedReport, renderer: TemplateRenderer, pejabat: String?, combined: Bool) throws -> [(document: Document, baseName: String)] {
        let instansi = report.data.instansi
        let wording = try self.wording(report, renderer: renderer)
        let selected = try select(report, pejabat: pejabat)
        let registry = BlockRegistry()
        let view = try ReportView(report, wording: wording, registry: registry, narasiNames: narasiNames(renderer))
        var documents: [(Document, String)] = []
        var allSections: [Section] = []
        var counts: [String: Int] = [:]
        for (index, pk) in selected {
            let sections = try renderer.render(chapters: ["annex"], view: LayeredObject([view.perjanjian[index], view]), registry: registry)
            allSections += sections
            var document = Document(metadata: Metadata(
                title: wording.format(.dokumenPk, ["tahun": String(instansi.tahun), "jabatan": pk.pihakPertama.jabatanSingkat ?? pk.pihakPertama.jabatan]),
                subject: instansi.nama, author: instansi.nama, date: pk.tanggal), sections: sections)
            DocumentNumbering.apply(&document, captionWords: wording.captionWords)
            let part = pk.perjanjian.isKantor ? kepalaName : pk.perjanjian.divisi
            counts[part, default: 0] += 1
            let suffix = counts[part]! > 1 ? "-\(counts[part]!)" : ""
            documents.append((document, "PK-\(FileName.safe(instansi.kode))-\(instansi.tahun)-\(FileName.safe(part))\(suffix)"))
        }
        if combined {
            var document = Document(metadata: Metadata(title: wording.format(.dokumenPkGabungan, ["tahun": String(instansi.tahun)]), subject: instansi.nama, author: instansi.nama, date: instansi.tanggalLaporan), sections: allSections)
            DocumentNumbering.apply(&document, captionWords: wording.captionWords)
            return [(document, "PK-\(FileName.safe(instansi.kode))-\(instansi.tahun)")]
        }
        return documents
    }

    /// The agreements `--pejabat` selects (by pihak pertama, divisi, or `kepala` for the head
    /// of office's own), with their positions in `report.perjanjian`; all without it.
    static func select(_ report: ComputedReport, pejabat: String?) throws -> [(offset: Int, element: PerjanjianEfektif)] {
        var selected = Array(report.perjanjian.enumerated())
        if let pejabat {
            selected = selected.filter { $0.element.pihakPertama.id == pejabat || $0.element.perjanjian.divisi == pejabat || (pejabat == kepalaName && $0.element.perjanjian.isKantor) }
            guard !selected.isEmpty else {
                let known = report.perjanjian.map(\.pihakPertama.id).joined(separator: ", ")
                throw AnnexSelectionError(message: "no Perjanjian Kinerja has pihak pertama or divisi `\(Escape.inline(pejabat))`; known: \(known)")
            }
        }
        return selected.map { (offset: $0.offset, element: $0.element) }
    }

    /// The file-name part and `--pejabat` selector of the head of office's own agreement.
    public static let kepalaName = "kepala"

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
