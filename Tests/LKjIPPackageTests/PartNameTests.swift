import LKjIPPackage
import XCTest

/// Relationship targets as part names, the one rule of the .docx and .xlsx readers: relative
/// to the source's folder, package-absolute with a leading slash, `..` climbing, and nothing
/// that leaves the package or is not a plain part name.
final class PartNameTests: XCTestCase {
    func testRelativeAbsoluteAndClimbing() {
        XCTAssertEqual(PartName.resolve("header1.xml", from: "word/"), "word/header1.xml")
        XCTAssertEqual(PartName.resolve("/xl/worksheets/sheet1.xml", from: "xl/"), "xl/worksheets/sheet1.xml")
        XCTAssertEqual(PartName.resolve("../media/a.png", from: "word/charts/"), "word/media/a.png")
        XCTAssertEqual(PartName.resolve("./media/a%20b.png", from: "word/"), "word/media/a b.png")
    }

    func testTargetsOutsideThePackageOrNotPlainAreRefused() {
        XCTAssertNil(PartName.resolve("../../etc/passwd", from: "word/"))
        XCTAssertNil(PartName.resolve("..\\media\\a.png", from: "word/"))
        XCTAssertNil(PartName.resolve("file:///etc/passwd", from: "word/"))
        XCTAssertNil(PartName.resolve("C:/a.png", from: "word/"))
        XCTAssertNil(PartName.resolve("a%00.png", from: "word/"))
        XCTAssertNil(PartName.resolve("/", from: "word/"))
    }
}
