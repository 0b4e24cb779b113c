import Foundation
import LKjIPDocument
import Mustache

/// Loads a folder of chapter templates and renders chapters into document sections.
///
/// Mustache renders an unknown name as nothing; a typo would then silently drop a figure or a
/// whole table. So before rendering, `VariableChecker` resolves every tag against the
/// context and reports the template file and line of any name that does not exist.
public struct TemplateRenderer {
    public let directory: URL
    let sources: [String: String]
    let library: MustacheLibrary
    let imageSearchPaths: [URL]

    public init(directory: URL, imageSearchPaths: [URL]) throws {
        self.directory = directory
        self.imageSearchPaths = imageSearchPaths
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else {
            throw TemplateError(template: directory.lastPathComponent, message: "templates folder not found: \(directory.path)")
        }
        var sources: [String: String] = [:]
        var templates: [String: MustacheTemplate] = [:]
        for file in names.sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else {
                throw TemplateError(template: file, message: "cannot read the template (is it UTF-8 text?)")
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(template: file, line: error.context.lineNumber, column: error.context.columnNumber, message: "template syntax: \(error.error) near \"\(error.context.line.trimmingCharacters(in: .whitespaces))\"")
            }
            sources[name] = text
        }
        self.sources = sources
        self.library = MustacheLibrary(templates: templates)
    }

    /// Renders the chapters in order and reads each one's output into sections.
    public func render(chapters: [String], context: Any) throws -> [Section] {
        var sections: [Section] = []
        for chapter in chapters {
            guard sources[chapter] != nil else {
                throw TemplateError(template: "\(chapter).mustache", message: "template not found in \(directory.path)")
            }
            try VariableChecker(sources: sources).check(chapter, context: context)
            guard let output = library.render(context, withTemplate: chapter) else {
                throw TemplateError(template: "\(chapter).mustache", message: "template could not be rendered")
            }
            sections += try MarkupReader(template: "\(chapter).mustache", imageSearchPaths: imageSearchPaths).parse(output)
        }
        return sections
    }
}
