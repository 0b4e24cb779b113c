@testable import LKjIPDocx
import TestSupport
import XCTest

/// `word/settings.xml` and `w:style` definitions (Settings.swift) against CT_Settings
/// (ooxml-order.md §1.7) and CT_Style (§1.8).
final class SettingsTests: XCTestCase {
    func testSettingsInSchemaOrder() throws {
        let element = try XMLTree.parse(Settings(updateFields: true, language: "id-ID").xml)
        XCTAssertEqual(element.name, "w:settings")
        XCTAssertEqual(element.children.map(\.localName), ["zoom", "defaultTabStop", "characterSpacingControl", "updateFields", "compat", "themeFontLang"])
        assertOrder(element, Schema.settings)
        XCTAssertTrue(SchemaOrder.isSubsequence(Settings.schemaOrder, of: Schema.settings))
        XCTAssertEqual(element.child("w:themeFontLang")?["w:val"], "id-ID")
        // compatSetting is the last (and only) kind of child of compat.
        XCTAssertEqual(element.child("w:compat")?.children.map(\.localName), ["compatSetting"])
    }

    /// updateFields is written only when asked for (page numbers not measured).
    func testUpdateFieldsOnlyWhenAsked() throws {
        XCTAssertNil(try XMLTree.parse(Settings(updateFields: false).xml).child("w:updateFields"))
        XCTAssertEqual(try XMLTree.parse(Settings(updateFields: true).xml).child("w:updateFields")?["w:val"], "true")
    }

    /// A style with every field set: children in CT_Style order, its pPr without pStyle and
    /// its rPr without rStyle (neither may appear in a style, §1.1 and §1.2 variants).
    func testStyleDefinitionInSchemaOrder() throws {
        var pPr = ParagraphProperties()
        pPr.keepNext = true
        pPr.spacingAfter = 120
        pPr.justification = .center
        pPr.outlineLevel = 1
        let style = StyleDefinition(kind: .paragraph, id: "Heading2", name: "heading 2", isDefault: true, basedOn: "Normal", next: "Normal", uiPriority: 9,
                                    semiHidden: true, qFormat: true, paragraph: pPr, run: RunProperties(font: "Arial", bold: true, size: 12),
                                    table: "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/></w:tblPr>")
        let element = try fragment(style.xml)
        XCTAssertEqual(element.name, "w:style")
        XCTAssertEqual(element["w:type"], "paragraph")
        XCTAssertEqual(element["w:styleId"], "Heading2")
        XCTAssertEqual(element["w:default"], "1")
        XCTAssertEqual(element.children.map(\.localName), ["name", "basedOn", "next", "uiPriority", "semiHidden", "qFormat", "pPr", "rPr", "tblPr"])
        assertOrder(element, Schema.style)
        assertOrder(try XCTUnwrap(element.child("w:pPr")), Schema.stylePPr)
        assertOrder(try XCTUnwrap(element.child("w:rPr")), Schema.styleRPr)
        XCTAssertTrue(SchemaOrder.isSubsequence(StyleDefinition.schemaOrder, of: Schema.style))
    }
}
