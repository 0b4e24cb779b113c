@testable import LKjIPDocx
import TestSupport
import XCTest

/// `w:sectPr` with every field set against CT_SectPr (ooxml-order.md §1.6).
final class SectionPropertiesTests: XCTestCase {
    static var full: SectionProperties {
        var properties = SectionProperties(pageWidth: 16838, pageHeight: 11906, landscape: true, marginTop: 2268, marginRight: 1701, marginBottom: 1701, marginLeft: 2268)
        properties.headers = [(type: "default", id: "rIdHeaderKop"), (type: "first", id: "rIdHeaderKop")]
        properties.footers = [(type: "default", id: "rIdFooterPage")]
        properties.nextPage = true
        properties.pageNumberFormat = "lowerRoman"
        properties.restartNumbering = true
        return properties
    }

    func testEveryChildInSchemaOrder() throws {
        let element = try fragment(Self.full.xml)
        XCTAssertEqual(element.name, "w:sectPr")
        let names = element.children.map(\.localName)
        // References first (any order among themselves), then the fixed sequence.
        let references = names.prefix { Schema.sectPrReferences.contains($0) }
        XCTAssertEqual(references.count, 3)
        XCTAssertFalse(names.dropFirst(references.count).contains { Schema.sectPrReferences.contains($0) })
        let rest = Array(names.dropFirst(references.count))
        XCTAssertEqual(rest, ["type", "pgSz", "pgMar", "pgNumType", "cols", "docGrid"])
        XCTAssertTrue(SchemaOrder.isSubsequence(rest, of: Schema.sectPr))
    }

    func testDeclaredOrderIsTheSchemas() {
        let declared = SectionProperties.schemaOrder.filter { !Schema.sectPrReferences.contains($0) }
        XCTAssertTrue(SchemaOrder.isSubsequence(declared, of: Schema.sectPr))
        XCTAssertTrue(SectionProperties.schemaOrder.prefix(2).allSatisfy { Schema.sectPrReferences.contains($0) })
    }

    /// Landscape: the width is the long side with `orient="landscape"`; roman numbering
    /// restarting at 1; the section starts on a new page.
    func testValues() throws {
        let element = try fragment(Self.full.xml)
        XCTAssertEqual(element.child("w:pgSz")?["w:w"], "16838")
        XCTAssertEqual(element.child("w:pgSz")?["w:h"], "11906")
        XCTAssertEqual(element.child("w:pgSz")?["w:orient"], "landscape")
        XCTAssertEqual(element.child("w:pgNumType")?["w:fmt"], "lowerRoman")
        XCTAssertEqual(element.child("w:pgNumType")?["w:start"], "1")
        XCTAssertEqual(element.child("w:type")?["w:val"], "nextPage")
        XCTAssertEqual(element.child("w:pgMar")?["w:top"], "2268")
        XCTAssertEqual(element.child("w:footerReference")?["r:id"], "rIdFooterPage")
    }

    /// Without a number format there is no pgNumType, and without a restart no start value.
    func testNoNumberFormat() throws {
        var properties = Self.full
        properties.restartNumbering = false
        XCTAssertNil(try fragment(properties.xml).child("w:pgNumType")?["w:start"])
        properties.pageNumberFormat = nil
        XCTAssertNil(try fragment(properties.xml).child("w:pgNumType"))
    }
}
