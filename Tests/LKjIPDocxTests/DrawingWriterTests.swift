import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// Pictures: stored once however often used, sized in EMU, scaled to the text, galleries as
/// borderless tables.
final class DrawingWriterTests: XCTestCase {
    /// The red picture appears three times and the blue twice in the sample (logo, figure,
    /// gallery, signature scan): the package holds each once, and every use refers to it.
    /// (The chart and the organisation chart of the sample add their fallback drawings, one
    /// SVG each, which are counted apart.)
    func testImagesAreStoredOnceWhenUsedTwice() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let media = package.parts.filter { $0.path.hasPrefix("word/media/") && !$0.path.hasSuffix(".svg") }
        XCTAssertEqual(media.count, 2)
        XCTAssertEqual(Set(media.map(\.data)), [SampleDocuments.redPNG, SampleDocuments.bluePNG])
        let fallbacks = package.parts.filter { $0.path.hasPrefix("word/media/") && $0.path.hasSuffix(".svg") }
        XCTAssertEqual(fallbacks.count, 2, "the chart's and the organisation chart's fallback pictures")
        let body = try package.body
        let fallbackEmbeds = Set(body.all("mc:Fallback").flatMap { $0.all("a:blip") }.compactMap { $0["r:embed"] })
        let embeds = body.all("a:blip").compactMap { $0["r:embed"] }.filter { !fallbackEmbeds.contains($0) }
        XCTAssertEqual(Set(embeds).count, 2)
        XCTAssertGreaterThan(embeds.count, 2)
        let images = try package.xml("word/_rels/document.xml.rels").all("Relationship").filter { $0["Type"]?.hasSuffix("/image") == true }
        XCTAssertEqual(images.count, 4)
    }

    /// Sizes are EMU: 60 x 60 pt is 762000 x 762000; the description is the alt text.
    func testPictureSizeAndDescription() throws {
        let body = try DocxPackage(document([.figure(Figure(image: SampleDocuments.blueImage(description: "Foto \"kantor\" & halaman")))])).body
        let inline = try XCTUnwrap(body.all("wp:inline").first)
        XCTAssertEqual(inline.child("wp:extent")?["cx"], "762000")
        XCTAssertEqual(inline.child("wp:extent")?["cy"], "762000")
        XCTAssertEqual(inline.child("wp:docPr")?["descr"], "Foto \"kantor\" & halaman")
    }

    /// A picture wider than the text is drawn at the text width (396.85 pt = 5039995 EMU,
    /// from 7937 twips × 635), keeping its proportions.
    func testWidePictureIsScaledToTheText() throws {
        let body = try DocxPackage(document([.figure(Figure(image: SampleDocuments.redImage(width: 800, height: 400)))])).body
        let extent = try XCTUnwrap(body.all("wp:extent").first)
        let cx = try XCTUnwrap(Int(extent["cx"] ?? ""))
        let cy = try XCTUnwrap(Int(extent["cy"] ?? ""))
        XCTAssertEqual(Double(cx), 396.85 * 12700, accuracy: 12700)
        XCTAssertEqual(Double(cx) / Double(cy), 2, accuracy: 0.01)
    }

    /// A gallery is a borderless table of `columns` cells per row, each picture captioned
    /// below; an odd last row is padded with an empty cell.
    func testGalleryIsABorderlessTable() throws {
        let gallery = Gallery(items: (1...3).map { Figure(image: SampleDocuments.redImage(), caption: Caption(.figure, "Foto \($0)")) }, columns: 2)
        let body = try DocxPackage(document([.gallery(gallery)])).body
        let table = try XCTUnwrap(body.child("w:tbl"))
        let rows = table.children.filter { $0.name == "w:tr" }
        XCTAssertEqual(rows.count, 2)
        XCTAssertTrue(rows.allSatisfy { $0.children.filter { $0.name == "w:tc" }.count == 2 })
        XCTAssertEqual(table.all("w:drawing").count, 3)
        XCTAssertEqual(table.all("w:p").filter { $0.child("w:pPr")?.child("w:pStyle")?["w:val"] == "Caption" }.map(\.text), ["Gambar 1 Foto 1", "Gambar 2 Foto 2", "Gambar 3 Foto 3"])
        XCTAssertTrue(try XCTUnwrap(table.child("w:tblPr")?.child("w:tblBorders")).children.allSatisfy { $0["w:val"] == "nil" })
    }

    /// A captioned figure keeps with its caption below it; the caption does not keep on.
    func testFigureCaptionBelow() throws {
        let body = try DocxPackage(document([.figure(Figure(image: SampleDocuments.blueImage(), caption: Caption(.figure, "Kantor")))])).body
        let paragraphs = body.children.filter { $0.name == "w:p" }
        XCTAssertEqual(paragraphs.count, 2)
        XCTAssertNotNil(paragraphs[0].child("w:pPr")?.child("w:keepNext"))
        XCTAssertEqual(paragraphs[1].text, "Gambar 1 Kantor")
        XCTAssertNil(paragraphs[1].child("w:pPr")?.child("w:keepNext"))
    }
}
