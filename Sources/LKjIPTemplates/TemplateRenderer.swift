import Foundation
import LKjIPDocument
import Mustache

/// Loads a folder of chapter templates and renders chapters into document sections.
///
/// Mustache renders an unknown name as nothing; a typo would then silently drop a figure or a
/// whole table. So before rendering, `VariableChecker` resolves every tag against the
/// context and reports the template file and line of any name that does not exist. Templates
/// are parsed once per renderer, so a batch of reports shares the work.
public struct TemplateRenderer: Sendable {
    public let directory: URL
    let sources: [String: String]
    let library: MustacheLibrary
    let assets: [URL]

    public init(directory: URL, assets: [URL]) throws {
        self.directory = directory
        self.assets = assets
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else {
            throw TemplateError(template: directory.lastPathComponent, message: "templates folder not found: \(directory.path)")
        }
        var sources: [String: String] = [:]
        var templates: [String: MustacheTemplate] = [:]
        for file in names.sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let url = directory.appendingPathComponent(file)
            guard let size = (try? manager.attributesOfItem(atPath: url.path))?[.size] as? Int, size <= 1024 * 1024,
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw TemplateError(template: file, message: "cannot read the template (is it UTF-8 text of at most 1 MiB?)")
            }
            do {
                templates[name] = try MustacheTemplate(string: LineMarkers.insert(into: text, template: name))
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(template: file, line: error.context.lineNumber, column: error.context.columnNumber, message: "template syntax: \(error.error) near \"\(error.context.line.trimmingCharacters(in: .whitespaces).prefix(80))\"")
            }
            sources[name] = text
        }
        self.sources = sources
        self.library = MustacheLibrary(templates: templates)
    }

    /// Whether the folder has `<name>.mustache`: a templates folder copied before a document
    /// existed lacks its template, and only that document cannot be made.
    public func has(_ name: String) -> Bool { sources[name] != nil }

    /// Renders the chapters against the report's typed view.
    public func render(chapters: [String], view: TemplateObject, registry: BlockRegistry, images: [String: Image] = [:]) throws -> [Section] {
        try render(chapters: chapters, context: ObjectBox(object: view), registry: registry, images: images)
    }

    /// The rendered markup of one template against a view, with its line markers: what
    /// `MarkupReader` reads in a build (the fuzzer's seeds are made from it).
    public func output(_ chapter: String, view: TemplateObject) -> String? {
        library.render(ObjectBox(object: view), withTemplate: chapter)
    }

    /// Checks the chapters' names against a view without rendering them (`lkjip check`).
    public func check(chapters: [String], view: TemplateObject) throws {
        for chapter in chapters where sources[chapter] != nil {
            try VariableChecker(sources: sources).check(chapter, context: ObjectBox(object: view))
        }
    }

    /// Renders the chapters in order and reads each one's output into sections.
    public func render(chapters: [String], context: Any, registry: BlockRegistry, images: [String: Image] = [:]) throws -> [Section] {
        var sections: [Section] = []
        for chapter in chapters {
            guard sources[chapter] != nil else {
                throw TemplateError(template: "\(chapter).mustache", message: "template not found in \(directory.path)")
            }
            try VariableChecker(sources: sources).check(chapter, context: context)
            guard let output = library.render(context, withTemplate: chapter) else {
                throw TemplateError(template: "\(chapter).mustache", message: "template could not be rendered")
            }
            sections += try MarkupReader(template: "\(chapter).mustache", registry: registry, assets: assets, images: images).parse(output)
        }
        return sections
    }

    /// Every `prefix.name` a template of `chapters` (and their partials) refers to, e.g. the
    /// `narasi.*` names: a narasi file no template uses would never be printed.
    public func names(withPrefix prefix: String, in chapters: [String]) -> Set<String> {
        names(withPrefix: prefix, in: chapters, optionalUnder: nil).all
    }

    /// The same, and which of them the templates use only inside a section whose name starts
    /// with `sectionPrefix` (`{{#sistem.eperformance}}`): those belong to a part printed only
    /// when its data is given, so a missing one is no gap.
    public func names(withPrefix prefix: String, in chapters: [String], optionalUnder sectionPrefix: String?) -> (all: Set<String>, optional: Set<String>) {
        var names: Set<String> = []
        var required: Set<String> = []
        var seen: Set<String> = []
        var queue = chapters.map { ($0, false) }
        while let (name, inherited) = queue.popLast() {
            guard seen.insert(name).inserted, let source = sources[name] else { continue }
            var open: [Bool] = []
            for tag in VariableChecker.tags(in: source) {
                let inside = inherited || open.contains(true)
                switch tag.kind {
                case "#", "^": open.append(sectionPrefix.map { tag.name.hasPrefix($0) } ?? false)
                case "/": _ = open.popLast()
                case ">": queue.append((tag.name, inside))
                default: break
                }
                guard tag.kind != "/", tag.name.hasPrefix(prefix) else { continue }
                let found = String(tag.name.dropFirst(prefix.count))
                names.insert(found)
                if !inside { required.insert(found) }
            }
        }
        return (names, names.subtracting(required))
    }
}
