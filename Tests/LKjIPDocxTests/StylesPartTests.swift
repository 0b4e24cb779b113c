import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// `word/styles.xml`: real named styles, every one in schema order, every style the body
/// refers to defined.
final class StylesPartTests: XCTestCase {
    func testEveryStyleInSchemaOrder() throws {
        let styles = try XMLTree.parse(StylesPart.xml(textWidth: 7937))
        XCTAssertEqual(styles.name, "w:styles")
        XCTAssertEqual(orderedNames(styles), ["docDefaults", "style"])
        let defaults = try XCTUnwrap(styles.child("w:docDefaults"))
        assertOrder(try XCTUnwrap(defaults.child("w:rPrDefault")?.child("w:rPr")), Schema.styleRPr)
        assertOrder(try XCTUnwrap(defaults.child("w:pPrDefault")?.child("w:pPr")), Schema.stylePPr)
        for style in styles.all("w:style") {
            let id = style["w:styleId"] ?? "?"
            assertOrder(style, Schema.style, id)
            if let pPr = style.child("w:pPr") {
                assertOrder(pPr, Schema.stylePPr, id)
                if let tabs = pPr.child("w:tabs") { XCTAssertFalse(tabs.children.isEmpty, id) }
            }
            if let rPr = style.child("w:rPr") { assertOrder(rPr, Schema.styleRPr, id) }
            if let tblPr = style.child("w:tblPr") {
                assertOrder(tblPr, Schema.tblPr, id)
                if let borders = tblPr.child("w:tblBorders") { assertOrder(borders, Schema.tblBorders, id) }
                if let margins = tblPr.child("w:tblCellMar") { assertOrder(margins, Schema.cellMargins, id) }
            }
        }
    }

    /// One default paragraph, character and table style each; headings carry outline levels
    /// 0-3 for the navigation pane and the TOC field.
    func testDefaultsAndOutlineLevels() throws {
        let styles = try XMLTree.parse(StylesPart.xml(textWidth: 7937)).all("w:style")
        for kind in ["paragraph", "character", "table"] {
            XCTAssertEqual(styles.filter { $0["w:type"] == kind && $0["w:default"] == "1" }.count, 1, kind)
        }
        for level in 1...4 {
            let heading = try XCTUnwrap(styles.first { $0["w:styleId"] == "Heading\(level)" })
            XCTAssertEqual(heading.child("w:pPr")?.child("w:outlineLvl")?["w:val"], String(level - 1))
        }
        XCTAssertEqual(Set(styles.compactMap { $0["w:styleId"] }).count, styles.count, "style ids are unique")
    }

    /// Every paragraph, table and character style document.xml names exists in styles.xml.
    func testEveryReferencedStyleExists() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let defined = Set(try package.xml("word/styles.xml").all("w:style").compactMap { $0["w:styleId"] })
        let body = try package.body
        let used = Set(body.all("w:pStyle").compactMap { $0["w:val"] } + body.all("w:tblStyle").compactMap { $0["w:val"] } + body.all("w:rStyle").compactMap { $0["w:val"] })
        XCTAssertFalse(used.isEmpty)
        XCTAssertTrue(used.isSubset(of: defined), "undefined styles: \(used.subtracting(defined))")
        for footer in ["word/footer1.xml", "word/footer2.xml"] {
            for name in try package.xml(footer).all("w:pStyle").compactMap({ $0["w:val"] }) { XCTAssertTrue(defined.contains(name), name) }
        }
    }
}
