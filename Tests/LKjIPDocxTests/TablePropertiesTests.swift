@testable import LKjIPDocx
import TestSupport
import XCTest

/// `w:tblPr`, `w:trPr` and `w:tcPr` with every field set, against ooxml-order.md §1.3-1.5
/// and §1.12.
final class TablePropertiesTests: XCTestCase {
    static let fullTable = TableProperties(style: "TableGrid", width: 9000, justification: "center", indent: 108, borders: false, fixedLayout: true, cellMarginLeftRight: 0, look: true)

    func testTablePropertiesInSchemaOrder() throws {
        let element = try fragment(Self.fullTable.xml)
        XCTAssertEqual(element.name, "w:tblPr")
        XCTAssertEqual(element.children.map(\.localName), ["tblStyle", "tblW", "jc", "tblInd", "tblBorders", "tblLayout", "tblCellMar", "tblLook"])
        assertOrder(element, Schema.documentTblPr)
        assertOrder(try XCTUnwrap(element.child("w:tblBorders")), Schema.tblBorders)
        assertOrder(try XCTUnwrap(element.child("w:tblCellMar")), Schema.cellMargins)
        XCTAssertTrue(SchemaOrder.isSubsequence(TableProperties.schemaOrder, of: Schema.documentTblPr))
    }

    /// A borderless table sets every border, inside ones included, to nil; widths in twips.
    func testTableValues() throws {
        let element = try fragment(Self.fullTable.xml)
        let borders = try XCTUnwrap(element.child("w:tblBorders"))
        XCTAssertEqual(borders.children.map(\.localName), ["top", "left", "bottom", "right", "insideH", "insideV"])
        XCTAssertTrue(borders.children.allSatisfy { $0["w:val"] == "nil" })
        XCTAssertEqual(element.child("w:tblW")?["w:w"], "9000")
        XCTAssertEqual(element.child("w:tblW")?["w:type"], "dxa")
        XCTAssertEqual(element.child("w:tblLayout")?["w:type"], "fixed")
    }

    /// The row properties are a choice group: any order is valid, but each child must be a
    /// member of it.
    func testRowPropertiesAreChoiceMembers() throws {
        let element = try fragment(TableRowProperties(cantSplit: true, header: true).xml)
        XCTAssertEqual(element.name, "w:trPr")
        XCTAssertEqual(Set(element.children.map(\.localName)), ["cantSplit", "tblHeader"])
        XCTAssertTrue(element.children.allSatisfy { Schema.trPrChoice.contains($0.localName) })
        XCTAssertTrue(Set(TableRowProperties.schemaOrder).isSubset(of: Schema.trPrChoice))
        XCTAssertEqual(TableRowProperties().xml, "", "no empty <w:trPr/>")
    }

    func testCellPropertiesInSchemaOrder() throws {
        let full = TableCellProperties(width: 2400, gridSpan: 2, verticalMerge: .restart, shading: "1F4E79", noWrap: true, verticalAlignment: "center")
        let element = try fragment(full.xml)
        XCTAssertEqual(element.name, "w:tcPr")
        XCTAssertEqual(element.children.map(\.localName), ["tcW", "gridSpan", "vMerge", "shd", "noWrap", "vAlign"])
        assertOrder(element, Schema.tcPr)
        XCTAssertTrue(SchemaOrder.isSubsequence(TableCellProperties.schemaOrder, of: Schema.tcPr))
        XCTAssertEqual(element.child("w:vMerge")?["w:val"], "restart")
        XCTAssertEqual(element.child("w:gridSpan")?["w:val"], "2")
        XCTAssertEqual(element.child("w:shd")?["w:fill"], "1F4E79")
        XCTAssertEqual(element.child("w:vAlign")?["w:val"], "center")
    }

    /// A continuation cell of a vertical merge is `<w:vMerge/>` without a value (it means
    /// "continue"); a span of 1 writes no gridSpan.
    func testContinuationCell() throws {
        let element = try fragment(TableCellProperties(width: 1000, verticalMerge: .continuation).xml)
        let merge = try XCTUnwrap(element.child("w:vMerge"))
        XCTAssertTrue(merge["w:val"] == nil || merge["w:val"] == "continue")
        XCTAssertNil(element.child("w:gridSpan"))
    }
}
