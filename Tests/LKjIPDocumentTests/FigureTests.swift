import LKjIPDocument
import XCTest

final class FigureTests: XCTestCase {
    /// A gallery has at least one column, whatever a template asks for.
    func testGalleryHasAtLeastOneColumn() {
        XCTAssertEqual(Gallery(items: [], columns: 0).columns, 1)
        XCTAssertEqual(Gallery(items: [], columns: 3).columns, 3)
    }

    /// MIME types and extensions the package and data URIs need.
    func testImageFormats() {
        XCTAssertEqual(ImageFormat.png.mimeType, "image/png")
        XCTAssertEqual(ImageFormat.jpeg.mimeType, "image/jpeg")
        XCTAssertEqual(ImageFormat.png.fileExtension, "png")
        XCTAssertEqual(ImageFormat.jpeg.fileExtension, "jpeg")
    }
}
