import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// `lkjip annex`: the Perjanjian Kinerja documents alone, one file per head of division
/// (or one combined file), through the same `perjanjian-kinerja` template as the LAMPIRAN.
public enum AnnexBuilder {
    public static func documents(for report: ComputedReport, pejabat: String?, combined: Bool, templates: URL, assets: URL) throws -> [(document: Document, baseName: String)] {
        let instansi = report.data.instansi
        let dataDirectory = URL(fileURLWithPath: report.data.sources.directory)
        var selected = report.perjanjian
        if let pejabat {
            selected = selected.filter { $0.pihakPertama.id == pejabat || $0.perjanjian.divisi == pejabat }
            guard !selected.isEmpty else {
                let known = report.perjanjian.map(\.pihakPertama.id).joined(separator: ", ")
                throw LKjIPError.usage("no Perjanjian Kinerja has pihak pertama `\(pejabat)`; known: \(known)")
            }
        }
        let renderer = try TemplateRenderer(directory: templates, imageSearchPaths: [dataDirectory, assets])
        var documents: [(Document, String)] = []
        var allSections: [Section] = []
        for pk in selected {
            var context = try PerjanjianContext.make(pk, instansi: instansi, dataDirectory: dataDirectory)
            context["instansi"] = ["tahun": String(instansi.tahun), "nama": instansi.nama]
            let sections = try renderer.render(chapters: ["annex"], context: context)
            allSections += sections
            let metadata = Metadata(
                title: "Perjanjian Kinerja Tahun \(instansi.tahun) — \(pk.pihakPertama.jabatanSingkat ?? pk.pihakPertama.jabatan)",
                subject: instansi.nama, author: instansi.nama, date: pk.tanggal)
            let name = "PK-\(FileName.safe(instansi.kode))-\(instansi.tahun)-\(FileName.safe(pk.perjanjian.divisi))"
            documents.append((Document(metadata: metadata, sections: sections), name))
        }
        if combined {
            let metadata = Metadata(title: "Perjanjian Kinerja Tahun \(instansi.tahun)", subject: instansi.nama, author: instansi.nama, date: instansi.tanggalLaporan)
            return [(Document(metadata: metadata, sections: allSections), "PK-\(FileName.safe(instansi.kode))-\(instansi.tahun)")]
        }
        return documents
    }

    public static func build(_ request: BuildRequest, pejabat: String?, combined: Bool) throws -> [URL] {
        let report = try ReportBuilder.compute(dataDirectory: request.dataDirectory)
        let documents = try documents(for: report, pejabat: pejabat, combined: combined, templates: request.templatesDirectory, assets: request.assetsDirectory)
        return try OutputWriter.write(documents, formats: request.formats, to: request.outputDirectory)
    }
}
