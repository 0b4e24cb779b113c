import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import XCTest

/// BlockRegistry, InlineBuilder and TemplateError.
final class SupportTypesTests: XCTestCase {
    /// Refs are unique per registry and give back what was registered; blocks and
    /// signatories have refs of their own kind.
    func testBlockRegistry() {
        let registry = BlockRegistry()
        let a = registry.register(.pageBreak)
        let b = registry.register([.pageBreak, .pageBreak])
        let s = registry.register(Signatory(roleLines: [], name: "Nama"))
        XCTAssertEqual(Set([a, b, s]).count, 3)
        XCTAssertEqual(registry.blocks(a), [.pageBreak])
        XCTAssertEqual(registry.blocks(b)?.count, 2)
        XCTAssertEqual(registry.signatory(s)?.name, "Nama")
        XCTAssertNil(registry.blocks(s))
        XCTAssertNil(registry.signatory(a))
    }

    /// Registering from many threads gives distinct refs (the registry is shared by a batch).
    func testBlockRegistryIsThreadSafe() {
        let registry = BlockRegistry()
        let refs = NSMutableSet()
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 200) { _ in
            let ref = registry.register(.pageBreak)
            lock.lock(); refs.add(ref); lock.unlock()
        }
        XCTAssertEqual(refs.count, 200)
    }

    /// Whitespace runs collapse to one space between words, leading and trailing space
    /// disappear, line breaks swallow the space before them; runs of equal marks merge.
    func testInlineBuilder() {
        var builder = InlineBuilder()
        builder.appendText("  Satu \n\t dua  ", marks: [])
        builder.appendText("dua", marks: [])
        builder.appendBreak()
        builder.appendText(" tiga ", marks: .bold)
        XCTAssertEqual(builder.inlines, [.text("Satu dua dua", []), .lineBreak, .text("tiga", .bold)])
        XCTAssertTrue(InlineBuilder.isBlank(" \n\t\u{2003}"))
        XCTAssertFalse(InlineBuilder.isBlank("\u{00A0}"), "a no-break space is content")
    }

    /// "templates/<file>:<line>:<column>: error: <message>", as compilers print locations.
    func testTemplateErrorDescription() {
        XCTAssertEqual(TemplateError(template: "bab3.mustache", line: 42, message: "x").description, "templates/bab3.mustache:42: error: x")
        XCTAssertEqual(TemplateError(template: "bab3.mustache", line: 4, column: 7, message: "x").description, "templates/bab3.mustache:4:7: error: x")
        XCTAssertEqual(TemplateError(template: "bab3.mustache", message: "x").description, "templates/bab3.mustache: error: x")
    }
}
