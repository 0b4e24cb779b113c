import Foundation
import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest
import ZIPFoundation

/// An office's reference document keeps its own rules: the kop on the first page only when
/// its section says so (`w:titlePg`), never on the cover; its font, named or through its
/// theme; its theme part; and a kop picture whose drawing id would clash with the body's
/// gets an id of its own.
final class ReferenceRulesTests: XCTestCase {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A reference written by hand: a default header ("HALAMAN"), a first-page header with a
    /// picture (`wp:docPr id="1"`) when `titlePage`, fonts given by `rFonts`, and a theme.
    static func reference(titlePage: Bool, rFonts: String, theme: String? = nil) throws -> ReferenceDocument {
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        var files: [(String, String)] = [
            ("[Content_Types].xml", declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("word/_rels/document.xml.rels", declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId2\" Type=\"\(r)/header\" Target=\"header1.xml\"/><Relationship Id=\"rId3\" Type=\"\(r)/header\" Target=\"header2.xml\"/></Relationships>"),
            ("word/document.xml", declaration + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body><w:p/><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>\(titlePage ? "<w:headerReference w:type=\"first\" r:id=\"rId3\"/>" : "")<w:pgSz w:w=\"12189\" w:h=\"18709\"/><w:pgMar w:top=\"2268\" w:right=\"1134\" w:bottom=\"1418\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\(titlePage ? "<w:titlePg/>" : "")</w:sectPr></w:body></w:document>"),
            ("word/styles.xml", declaration + "<w:styles xmlns:w=\"\(w)\"><w:docDefaults><w:rPrDefault><w:rPr>\(rFonts)<w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"),
            ("word/header1.xml", declaration + "<w:hdr xmlns:w=\"\(w)\"><w:p><w:r><w:t>HALAMAN</w:t></w:r></w:p></w:hdr>"),
            ("word/header2.xml", declaration + "<w:hdr xmlns:w=\"\(w)\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"1\" name=\"Logo\"/></wp:inline></w:drawing></w:r><w:r><w:t>KOP</w:t></w:r></w:p></w:hdr>"),
        ]
        if let theme { files.append(("word/theme/theme1.xml", declaration + theme)) }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in files {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try ReferenceDocument.read(try XCTUnwrap(archive.data))
    }

    /// Cover (unnumbered), front matter, a chapter.
    var threeSections: Document {
        var document = Document(metadata: Metadata(title: "Uji"), sections: [
            Section(pageNumbering: .none, blocks: [.paragraph(Paragraph(content: [.text("Sampul")]))]),
            Section(pageNumbering: .lowerRoman, restartNumbering: true, blocks: [.paragraph(Paragraph(content: [.text("Kata pengantar")]))]),
            Section(pageNumbering: .decimal, restartNumbering: true, blocks: [.figure(Figure(image: SampleDocuments.blueImage(description: "x")))]),
        ])
        DocumentNumbering.apply(&document)
        return document
    }

    func sections(_ reference: ReferenceDocument) throws -> [XMLTree] {
        try DocxPackage(threeSections, options: DocxOptions(reference: reference)).body.all("w:sectPr")
    }

    /// With a first page of its own: the cover has the empty header, the first section after
    /// it the kop on its first page (titlePg) and the default header after, the next section
    /// the default header only.
    func testFirstPageKopAfterTheCover() throws {
        let sections = try self.sections(try Self.reference(titlePage: true, rFonts: "<w:rFonts w:ascii=\"Bookman Old Style\"/>"))
        XCTAssertEqual(sections.count, 3)
        func headers(_ section: XMLTree) -> [String: String] {
            Dictionary(uniqueKeysWithValues: section.all("w:headerReference").map { ($0["w:type"] ?? "", $0["r:id"] ?? "") })
        }
        XCTAssertEqual(headers(sections[0]), ["default": DocxOptions.emptyHeaderId])
        XCTAssertEqual(headers(sections[1]).keys.sorted(), ["default", "first"])
        XCTAssertNotNil(sections[1].child("w:titlePg"))
        XCTAssertEqual(headers(sections[2]).keys.sorted(), ["default"])
        XCTAssertNil(sections[2].child("w:titlePg"))
        XCTAssertNotEqual(headers(sections[1])["first"], headers(sections[1])["default"])
    }

    /// The kop picture's drawing id moves out of the body's range: every `wp:docPr` id of
    /// the package is unique.
    func testDrawingIdsAreUnique() throws {
        let reference = try Self.reference(titlePage: true, rFonts: "")
        let package = try DocxPackage(threeSections, options: DocxOptions(reference: reference))
        var ids = try package.body.all("wp:docPr").compactMap { $0["id"] }
        for part in package.parts where part.path.hasPrefix("word/header") {
            ids += try package.xml(part.path).all("wp:docPr").compactMap { $0["id"] }
        }
        XCTAssertTrue(ids.contains("1"), "the body's first drawing")
        XCTAssertEqual(ids.count, Set(ids).count, "\(ids)")
    }

    /// The font: named in the styles, or given through the theme (`asciiTheme`), whose part
    /// is then kept; with none at all, Word's default.
    func testFontNamedOrThroughTheTheme() throws {
        XCTAssertEqual(try Self.reference(titlePage: false, rFonts: "<w:rFonts w:ascii=\"Bookman Old Style\"/>").font, "Bookman Old Style")
        let theme = "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Kantor\"><a:themeElements><a:fontScheme name=\"Kantor\"><a:majorFont><a:latin typeface=\"Cambria\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"
        let themed = try Self.reference(titlePage: false, rFonts: "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/>", theme: theme)
        XCTAssertEqual(themed.font, "Calibri")
        let package = try DocxPackage(threeSections, options: DocxOptions(reference: themed))
        XCTAssertEqual(try package.xml("word/theme/theme1.xml")["name"], "Kantor")
        XCTAssertEqual(try Self.reference(titlePage: false, rFonts: "").font, "Times New Roman")
    }
}
