import Foundation
import FuzzSupport
import LKjIP
import LKjIPDocument
import LKjIPModel
import LKjIPReport
import LKjIPTemplates
import Mustache

/// The template output reader (`MarkupReader.parse`, libxml2 underneath) on what a chapter
/// template could render, then — when it reads — the document numbering, the layout pass
/// and the docx and html writers on the sections.
///
/// Input: the whole input is the rendered chapter (UTF-8; invalid UTF-8 skipped).
/// The block registry is the real one of examples/sumbar-2023, built once at start with
/// `ReportContext.make`, so the `<insert ref="b12"/>` and `<left ref="s3"/>` of the seeds
/// (rendered from that same example, see `LKJIP_FUZZ_WRITE_SEEDS`) find real tables,
/// charts, org charts, pictures and signatories.
private final class Harness {
    let renderer: TemplateRenderer
    let registry = BlockRegistry()
    let context: [String: Any]
    let images: [String: Image] = ["gambar.png": FuzzSupport.image()]

    init() {
        let example = FuzzSupport.repository.appendingPathComponent("examples/sumbar-2023", isDirectory: true)
        do {
            renderer = try TemplateRenderer(directory: FuzzSupport.templates, assets: [FuzzSupport.assets])
            let result = Pipeline.run(dataDirectory: example, templates: renderer, assets: FuzzSupport.assets)
            guard let report = result.report else { fatalError("fuzz-markup: \(example.path) did not compute: \(result.errors.prefix(5))") }
            context = try ReportContext.make(report, registry: registry, narasiNames: ReportDocuments.narasiNames(renderer))
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
    /// markers TemplateRenderer adds: what `MarkupReader.parse` receives in a real build.
    func writeSeeds(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var templates: [String: MustacheTemplate] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: FuzzSupport.templates.path).filter { $0.hasSuffix(".mustache") }
        for file in names {
            let name = String(file.dropLast(".mustache".count))
            let text = try String(contentsOf: FuzzSupport.templates.appendingPathComponent(file), encoding: .utf8)
            templates[name] = try MustacheTemplate(string: Self.markLines(text, template: name))
        }
        let library = MustacheLibrary(templates: templates)
        var jobs: [(String, Any)] = ReportDocuments.chapters.map { ($0, context) }
        if var annex = (context["perjanjian"] as? [[String: Any]])?.first {
            annex["instansi"] = context["instansi"]
            jobs.append(("annex", annex))
        }
        for (chapter, context) in jobs {
            guard let output = library.render(context, withTemplate: chapter) else { continue }
            try Data(output.utf8).write(to: folder.appendingPathComponent("sumbar-\(chapter).xml"))
        }
    }

    /// Same rule as LKjIPTemplates' LineMarkers.insert (internal there): a template line
    /// that starts an element, after any leading `{{#x}}` tags, gets `<?lkjip-line name:N?>`.
    static func markLines(_ source: String, template: String) -> String {
        var result = ""
        var insideComment = false
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result += "\n" }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("{{!") && !trimmed.contains("}}") { insideComment = true }
            var element = trimmed
            while element.hasPrefix("{{"), !element.hasPrefix("{{/"), !element.hasPrefix("{{!"), !element.hasPrefix("{{>"), let close = element.range(of: "}}") {
                element = element[close.upperBound...].drop { $0 == " " || $0 == "\t" }
            }
            if !insideComment, element.hasPrefix("<"), !element.hasPrefix("</"), !element.hasPrefix("<?") {
                result += "<?lkjip-line \(template):\(index + 1)?>"
            }
            if insideComment && line.contains("}}") { insideComment = false }
            result += line
        }
        return result
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
