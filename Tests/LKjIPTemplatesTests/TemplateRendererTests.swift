import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import XCTest

final class TemplateRendererTests: XCTestCase {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    func renderer() throws -> TemplateRenderer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["chapter", "bagian", "typo"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("\(name).mustache"), to: folder.appendingPathComponent("\(name).mustache"))
        }
        return try TemplateRenderer(directory: folder, imageSearchPaths: [])
    }

    let context: [String: Any] = ["judul": "Capaian <b>&", "baris": [["nama": "Ma'aruf"], ["nama": "Minangkabau"]]]

    func testRendersChaptersWithPartialsAndEscapesData() throws {
        let sections = try renderer().render(chapters: ["chapter"], context: context)
        XCTAssertEqual(sections.count, 1)
        XCTAssertEqual(sections[0].pageNumbering, .lowerRoman)
        XCTAssertEqual(sections[0].blocks, [
            .heading(Heading(level: 1, content: [.text("Capaian <b>&")], anchor: "judul")),
            .paragraph(Paragraph(content: [.text("Ma'aruf")])),
            .paragraph(Paragraph(content: [.text("Minangkabau")])),
            .paragraph(Paragraph(content: [.text("Capaian <b>&", .bold)], alignment: .center)),
        ])
    }

    func testUnknownVariableNamesFileAndLine() throws {
        XCTAssertThrowsError(try renderer().render(chapters: ["typo"], context: context)) { error in
            XCTAssertEqual("\(error)", "templates/typo.mustache:5: error: unknown variable `baris.namaa`")
        }
    }

    func testTemplateSyntaxErrorNamesFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("broken.mustache"), to: folder.appendingPathComponent("broken.mustache"))
        XCTAssertThrowsError(try TemplateRenderer(directory: folder, imageSearchPaths: [])) { error in
            guard let error = error as? TemplateError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.template, "broken.mustache")
            XCTAssertNotNil(error.line)
        }
    }

    func testMissingChapterTemplate() throws {
        XCTAssertThrowsError(try renderer().render(chapters: ["bab9"], context: context)) { error in
            XCTAssertTrue("\(error)".contains("bab9.mustache"), "\(error)")
            XCTAssertTrue("\(error)".contains("template not found"), "\(error)")
        }
    }

    func testBundledTemplatesAllParse() throws {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        XCTAssertNoThrow(try TemplateRenderer(directory: folder.appendingPathComponent("templates"), imageSearchPaths: []))
    }
}
