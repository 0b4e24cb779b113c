@testable import LKjIPDocx
import TestSupport
import XCTest

/// `w:pPr` with every field set against CT_PPr (ooxml-order.md §1.1).
final class ParagraphPropertiesTests: XCTestCase {
    static var full: ParagraphProperties {
        var properties = ParagraphProperties()
        properties.style = "Caption"
        properties.keepNext = true
        properties.keepLines = true
        properties.pageBreakBefore = true
        properties.widowControl = false
        properties.numbering = (id: 3, level: 1)
        properties.tabs = [ParagraphProperties.Tab(alignment: "right", leader: "dot", position: 9000)]
        properties.spacingBefore = 120
        properties.spacingAfter = 60
        properties.line = 240
        properties.indentLeft = 720
        properties.indentHanging = 360
        properties.justification = .both
        properties.outlineLevel = 0
        properties.runProperties = RunPropertiesTests.full
        properties.section = SectionPropertiesTests.full
        return properties
    }

    func testEveryChildInSchemaOrder() throws {
        let element = try fragment(Self.full.xml)
        XCTAssertEqual(element.name, "w:pPr")
        XCTAssertEqual(element.childNames.map { String($0.dropFirst(2)) },
                       ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr", "tabs", "spacing", "ind", "jc", "outlineLvl", "rPr", "sectPr"])
        assertOrder(element, Schema.pPr)
        assertOrder(try XCTUnwrap(element.child("w:numPr")), Schema.numPr)
        assertOrder(try XCTUnwrap(element.child("w:rPr")), Schema.paragraphMarkRPr)
    }

    func testDeclaredOrderIsTheSchemas() {
        XCTAssertTrue(SchemaOrder.isSubsequence(ParagraphProperties.schemaOrder, of: Schema.pPr))
    }

    /// Attribute values: spacing in twips with the "auto" line rule, justification "both",
    /// numbering level and id, a right tab with dot leader, widowControl switched off.
    func testValues() throws {
        let element = try fragment(Self.full.xml)
        let spacing = try XCTUnwrap(element.child("w:spacing"))
        XCTAssertEqual(spacing["w:before"], "120")
        XCTAssertEqual(spacing["w:after"], "60")
        XCTAssertEqual(spacing["w:line"], "240")
        XCTAssertEqual(spacing["w:lineRule"], "auto")
        XCTAssertEqual(element.child("w:ind")?["w:left"], "720")
        XCTAssertEqual(element.child("w:ind")?["w:hanging"], "360")
        XCTAssertEqual(element.child("w:jc")?["w:val"], "both")
        XCTAssertEqual(element.child("w:numPr")?.child("w:ilvl")?["w:val"], "1")
        XCTAssertEqual(element.child("w:numPr")?.child("w:numId")?["w:val"], "3")
        let tab = try XCTUnwrap(element.child("w:tabs")?.child("w:tab"))
        XCTAssertEqual(tab["w:val"], "right")
        XCTAssertEqual(tab["w:leader"], "dot")
        XCTAssertEqual(tab["w:pos"], "9000")
        XCTAssertEqual(element.child("w:widowControl")?["w:val"], "0")
    }

    /// Nothing set writes nothing; an empty tab list writes no `<w:tabs/>` (the schema needs
    /// at least one tab inside).
    func testEmptyWritesNothing() {
        XCTAssertEqual(ParagraphProperties().xml, "")
        var properties = ParagraphProperties()
        properties.keepNext = true
        XCTAssertFalse(properties.xml.contains("w:tabs"))
    }
}
