import Foundation
import FuzzSupport
import LKjIP
import LKjIPDocument
import LKjIPModel
import LKjIPReport
import LKjIPTemplates

/// The template output reader (`MarkupReader.parse`, libxml2 underneath) on what a chapter
/// template could render, then — when it reads — the document numbering, the layout pass
/// and the docx and html writers on the sections.
///
/// Input: the whole input is the rendered chapter (UTF-8; invalid UTF-8 skipped).
/// The block registry is the real one of examples/sumbar-2023, filled once at start by
/// `ReportDocuments.markup` (the report's typed view), so the `<insert ref="b12"/>` and
/// `<left ref="s3"/>` of the seeds (rendered from that same example, see
/// `LKJIP_FUZZ_WRITE_SEEDS`) find real tables, charts, org charts, pictures and signatories.
private final class Harness {
    let renderer: TemplateRenderer
    let registry = BlockRegistry()
    let chapters: [(name: String, xml: String)]
    let images: [String: Image] = ["gambar.png": FuzzSupport.image()]

    init() {
        let example = FuzzSupport.repository.appendingPathComponent("examples/sumbar-2023", isDirectory: true)
        do {
            renderer = try TemplateRenderer(directory: FuzzSupport.templates, assets: [FuzzSupport.assets])
            let result = Pipeline.run(dataDirectory: example, templates: renderer, assets: FuzzSupport.assets)
            guard let report = result.report else { fatalError("fuzz-markup: \(example.path) did not compute: \(result.errors.prefix(5))") }
            chapters = try ReportDocuments.markup(report, renderer: renderer, registry: registry)
        } catch {
            fatalError("fuzz-markup setup: \(error)")
        }
    }

    func run(_ xml: String) {
        let sections: [Section]
        do {
            sections = try MarkupReader(template: "fuzz.mustache", registry: registry, assets: [FuzzSupport.assets], images: images).parse(xml)
        } catch {
            FuzzSupport.note("refused: \(error)")
            return
        }
        var document = Document(metadata: Metadata(title: "fuzz"), sections: sections)
        DocumentNumbering.apply(&document)
        do {
            try FuzzSupport.write(document)
        } catch {
            // What the reader accepted must be writable; a writer error has no template line.
            FuzzSupport.invariant("markup the reader accepted failed to write: \(error)")
        }
    }

    /// The rendered output of every chapter (and the annex) for the example, with the line
    /// markers the renderer adds: what `MarkupReader.parse` receives in a real build.
    func writeSeeds(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (chapter, xml) in chapters {
            try Data(xml.utf8).write(to: folder.appendingPathComponent("sumbar-\(chapter).xml"))
        }
    }
}

nonisolated(unsafe) private let harness = Harness()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, let text = FuzzSupport.text(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    harness.run(text)
    return 0
}

/// `LKJIP_FUZZ_WRITE_SEEDS=<dir>`: write the rendered chapters of examples/sumbar-2023 and
/// exit, for corpus/fuzz-markup.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    if let directory = ProcessInfo.processInfo.environment["LKJIP_FUZZ_WRITE_SEEDS"] {
        do { try harness.writeSeeds(to: URL(fileURLWithPath: directory, isDirectory: true)) } catch { fatalError("seeds: \(error)") }
        exit(0)
    }
    _ = harness
    return 0
}
