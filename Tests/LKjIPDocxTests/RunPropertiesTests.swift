@testable import LKjIPDocx
import TestSupport
import XCTest

/// `w:rPr` with every field set, read back with libxml2, against the strict sequence the
/// Open XML SDK validates (ooxml-order.md §1.2).
final class RunPropertiesTests: XCTestCase {
    static let full = RunProperties(style: "Hyperlink", font: "Arial", bold: true, italic: true, color: "FFFFFF", size: 10.5, underline: true, language: "id-ID")

    func testEveryChildInSchemaOrder() throws {
        let element = try fragment(Self.full.xml)
        XCTAssertEqual(element.name, "w:rPr")
        XCTAssertEqual(element.childNames.map { String($0.dropFirst(2)) }, ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u", "lang"])
        assertOrder(element, Schema.rPr)
    }

    /// The writer's own list of the order is a subsequence of the schema's.
    func testDeclaredOrderIsTheSchemas() {
        XCTAssertTrue(SchemaOrder.isSubsequence(RunProperties.schemaOrder, of: Schema.rPr))
    }

    /// Sizes are half-points (10.5 pt is 21), colours and fonts as given.
    func testValues() throws {
        let element = try fragment(Self.full.xml)
        XCTAssertEqual(element.child("w:sz")?["w:val"], "21")
        XCTAssertEqual(element.child("w:szCs")?["w:val"], "21")
        XCTAssertEqual(element.child("w:color")?["w:val"], "FFFFFF")
        XCTAssertEqual(element.child("w:rFonts")?["w:ascii"], "Arial")
        XCTAssertEqual(element.child("w:u")?["w:val"], "single")
        XCTAssertEqual(element.child("w:lang")?["w:val"], "id-ID")
    }

    /// Nothing set writes nothing (no empty `<w:rPr/>`).
    func testEmptyWritesNothing() {
        XCTAssertEqual(RunProperties().xml, "")
        XCTAssertTrue(RunProperties().isEmpty)
    }
}
