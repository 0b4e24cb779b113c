import LKjIPDocument
import XCTest

/// Page geometry: A4 with the Tata Naskah Dinas margins (4 cm top and left, 3 cm bottom and
/// right). 1 cm = 72 / 2.54 pt = 28.35 pt; A4 is 21 x 29.7 cm.
final class DocumentTests: XCTestCase {
    func testA4Margins() {
        let page = PageSetup.a4
        let cm = 72 / 2.54
        XCTAssertEqual(page.width, 21 * cm, accuracy: 0.1)
        XCTAssertEqual(page.height, 29.7 * cm, accuracy: 0.1)
        XCTAssertEqual(page.top, 4 * cm, accuracy: 0.1)
        XCTAssertEqual(page.left, 4 * cm, accuracy: 0.1)
        XCTAssertEqual(page.bottom, 3 * cm, accuracy: 0.1)
        XCTAssertEqual(page.right, 3 * cm, accuracy: 0.1)
    }

    /// Portrait text runs between left and right margin (21 - 4 - 3 = 14 cm); a landscape
    /// page turns the sheet, so its text runs between top and bottom margin
    /// (29.7 - 4 - 3 = 22.7 cm).
    func testTextWidthPerOrientation() {
        let cm = 72 / 2.54
        XCTAssertEqual(PageSetup.a4.textWidth(.portrait), 14 * cm, accuracy: 0.1)
        XCTAssertEqual(PageSetup.a4.textWidth(.landscape), 22.7 * cm, accuracy: 0.1)
    }

    /// The default date is fixed, never the clock, so equal data give equal files.
    func testMetadataDefaultsAreFixed() {
        let metadata = Metadata(title: "x")
        XCTAssertEqual(metadata.date, "2000-01-01")
        XCTAssertEqual(metadata.language, "id-ID")
    }
}
