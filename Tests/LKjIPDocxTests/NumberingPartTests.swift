import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// Lists restart unless they say they continue: each list its own `w:num` overriding the
/// start of all nine levels (otherwise Word runs a second division's a, b, c on as j, k, l).
final class NumberingPartTests: XCTestCase {
    func item(_ text: String) -> [Block] { [.paragraph(Paragraph(content: [.text(text)]))] }

    /// numId of every numbered paragraph of the body, in order.
    func numIds(_ package: DocxPackage) throws -> [String] {
        try package.body.all("w:numPr").compactMap { $0.child("w:numId")?["w:val"] }
    }

    func testTwoListsOfTheSameKindRestart() throws {
        let package = try DocxPackage(document([
            .list(List(kind: .lowerLetter, items: [item("a"), item("b")])),
            .paragraph(Paragraph(content: [.text("Divisi berikutnya")])),
            .list(List(kind: .lowerLetter, items: [item("a"), item("b"), item("c")])),
        ]))
        let ids = try numIds(package)
        XCTAssertEqual(ids.count, 5)
        XCTAssertEqual(Set(ids.prefix(2)).count, 1)
        XCTAssertEqual(Set(ids.suffix(3)).count, 1)
        XCTAssertNotEqual(ids.first, ids.last, "the second list needs its own instance")
        let numbering = try package.xml("word/numbering.xml")
        let nums = numbering.all("w:num")
        XCTAssertEqual(nums.count, 2)
        // Both instances use the same abstract definition (the lower-letter one).
        XCTAssertEqual(Set(nums.compactMap { $0.child("w:abstractNumId")?["w:val"] }).count, 1)
    }

    /// Every instance overrides the start of all nine levels, the outer one with the list's
    /// start ("3" for a list starting at 3), the inner ones with 1.
    func testEveryInstanceOverridesAllNineLevels() throws {
        let package = try DocxPackage(document([
            .list(List(kind: .decimal, items: [item("satu")], start: 3)),
            .list(List(kind: .bullet, items: [item("butir")])),
            .list(List(kind: .decimalParen, items: [item("a")])),
        ]))
        let nums = try package.xml("word/numbering.xml").all("w:num")
        XCTAssertEqual(nums.count, 3)
        for num in nums {
            let overrides = num.children.filter { $0.name == "w:lvlOverride" }
            XCTAssertEqual(overrides.compactMap { $0["w:ilvl"] }, (0...8).map(String.init))
            for override in overrides { XCTAssertNotNil(override.child("w:startOverride")?["w:val"]) }
            XCTAssertTrue(overrides.dropFirst().allSatisfy { $0.child("w:startOverride")?["w:val"] == "1" })
        }
        XCTAssertEqual(nums.first?.children.first { $0.name == "w:lvlOverride" }?.child("w:startOverride")?["w:val"], "3")
    }

    /// A list that continues reuses the previous list's instance of its kind, so the numbers
    /// go on; a list of another kind in between does not interrupt it.
    func testContinuingListReusesTheNumId() throws {
        let package = try DocxPackage(document([
            .list(List(kind: .decimal, items: [item("1"), item("2")])),
            .list(List(kind: .bullet, items: [item("sela")])),
            .list(List(kind: .decimal, items: [item("3")], continues: true)),
        ]))
        let ids = try numIds(package)
        XCTAssertEqual(ids.count, 4)
        XCTAssertEqual(ids[3], ids[0])
        XCTAssertNotEqual(ids[2], ids[0])
        XCTAssertEqual(try package.xml("word/numbering.xml").all("w:num").count, 2)
    }

    /// Every numId the body uses is defined, and every definition's abstract exists.
    func testEveryNumIdIsDefined() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let numbering = try package.xml("word/numbering.xml")
        let defined = Set(numbering.all("w:num").compactMap { $0["w:numId"] })
        let abstract = Set(numbering.all("w:abstractNum").compactMap { $0["w:abstractNumId"] })
        for id in try numIds(package) { XCTAssertTrue(defined.contains(id), id) }
        for num in numbering.all("w:num") { XCTAssertTrue(abstract.contains(num.child("w:abstractNumId")?["w:val"] ?? ""), num.description) }
    }

    /// A nested list is one level deeper (ilvl 1) than its parent item.
    func testNestedListIsOneLevelDeeper() throws {
        let package = try DocxPackage(SampleDocuments.nestedList)
        let levels = try package.body.all("w:numPr").compactMap { $0.child("w:ilvl")?["w:val"] }
        XCTAssertEqual(levels, ["0", "1", "1", "0", "0"])
    }

    /// Marker formats: "1)" for decimalParen, "a." for lowerLetter, a bullet for bullet.
    func testMarkerFormats() throws {
        let numbering = try XMLTree.parse(NumberingPart.xml(instances: []))
        func level0(_ kind: ListKind) -> XMLTree? {
            numbering.all("w:abstractNum").first { $0["w:abstractNumId"] == String(NumberingPart.abstractId(kind)) }?.child("w:lvl")
        }
        XCTAssertEqual(level0(.decimalParen)?.child("w:lvlText")?["w:val"], "%1)")
        XCTAssertEqual(level0(.lowerLetter)?.child("w:numFmt")?["w:val"], "lowerLetter")
        XCTAssertEqual(level0(.lowerLetter)?.child("w:lvlText")?["w:val"], "%1.")
        XCTAssertEqual(level0(.upperRoman)?.child("w:numFmt")?["w:val"], "upperRoman")
        XCTAssertEqual(level0(.bullet)?.child("w:numFmt")?["w:val"], "bullet")
    }
}
