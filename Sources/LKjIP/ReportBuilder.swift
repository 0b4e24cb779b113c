import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// The main job: data directory -> computed report -> chapters -> document -> files.
public enum ReportBuilder {
    /// Chapter templates in reading order (`templates/<name>.mustache`).
    public static let chapters = [
        "cover", "kata-pengantar", "ikhtisar-eksekutif", "daftar-isi", "bab1", "bab2", "bab3", "bab4", "lampiran",
    ]

    /// Loads, validates and computes; throws `DiagnosticList` with every problem found.
    public static func compute(dataDirectory: URL) throws -> ComputedReport {
        let data = try ReportLoader.load(directory: dataDirectory)
        return try ReportComputer.compute(data)
    }

    /// Renders the chapter templates into the document model.
    public static func document(for report: ComputedReport, templates: URL, assets: URL) throws -> Document {
        let context = try ReportContext.make(report)
        let renderer = try TemplateRenderer(directory: templates, imageSearchPaths: [URL(fileURLWithPath: report.data.sources.directory), assets])
        let sections = CaptionNumbering.apply(try renderer.render(chapters: chapters, context: context))
        let instansi = report.data.instansi
        let metadata = Metadata(
            title: "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun \(instansi.tahun)",
            subject: instansi.nama,
            author: instansi.nama,
            date: instansi.tanggalLaporan
        )
        return Document(metadata: metadata, sections: sections)
    }

    /// `LKjIP-<kode>-<tahun>`, the base name of every output file of a report.
    public static func baseName(_ instansi: Instansi) -> String {
        "LKjIP-\(FileName.safe(instansi.kode))-\(instansi.tahun)"
    }

    /// Builds and writes the report; returns the written files.
    public static func build(_ request: BuildRequest) throws -> [URL] {
        let report = try compute(dataDirectory: request.dataDirectory)
        let document = try document(for: report, templates: request.templatesDirectory, assets: request.assetsDirectory)
        return try OutputWriter.write([(document, baseName(report.data.instansi))], formats: request.formats, to: request.outputDirectory)
    }
}

/// Keeps user-chosen codes safe as file names on every system.
enum FileName {
    static func safe(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        let mapped = String(text.map { allowed.contains($0) ? $0 : "-" })
        return mapped.isEmpty ? "laporan" : mapped
    }
}
