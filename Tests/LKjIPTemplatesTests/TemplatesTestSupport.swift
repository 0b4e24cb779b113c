import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import TestSupport
import XCTest

/// A folder of templates written by a test, so that line numbers are counted in the test
/// itself.
final class TemplateFolder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = try ToolCheck.temporaryFolder("lkjip-templates")
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func renderer() throws -> TemplateRenderer {
        try TemplateRenderer(directory: url, assets: [Fixtures.url])
    }

    func render(_ chapter: String, context: [String: Any] = [:], registry: BlockRegistry = BlockRegistry(), images: [String: Image] = [:]) throws -> [Section] {
        try renderer().render(chapters: [chapter], context: context, registry: registry, images: images)
    }
}

enum Fixtures {
    static var url: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }
}

/// Reads a fragment of markup (the body of one section) directly.
func read(_ markup: String, registry: BlockRegistry = BlockRegistry(), images: [String: Image] = [:]) throws -> [Section] {
    try MarkupReader(template: "uji.mustache", registry: registry, assets: [Fixtures.url], images: images).parse(markup)
}

func blocks(_ body: String, registry: BlockRegistry = BlockRegistry(), images: [String: Image] = [:]) throws -> [Block] {
    let sections = try read("<chapter><section>\(body)</section></chapter>", registry: registry, images: images)
    return try XCTUnwrap(sections.first).blocks
}

/// The TemplateError a throwing call raised.
func templateError(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> TemplateError? {
    do {
        _ = try body()
        XCTFail("expected a template error", file: file, line: line)
        return nil
    } catch let error as TemplateError {
        return error
    } catch {
        XCTFail("expected a TemplateError, got \(error)", file: file, line: line)
        return nil
    }
}

func text(_ string: String, _ marks: Marks = []) -> Inline { .text(string, marks) }
