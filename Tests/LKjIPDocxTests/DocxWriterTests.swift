import Foundation
import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

final class DocxWriterTests: XCTestCase {
    static let golden = Bundle.module.url(forResource: "Golden", withExtension: nil)!
    static let sourceGolden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// One element per line, so golden diffs read like the document.
    static func readable(_ xml: String) -> String {
        var text = xml
        for tag in ["<w:p>", "<w:p ", "<w:tbl>", "<w:tr>", "<w:tc>", "<w:sectPr>"] {
            text = text.replacingOccurrences(of: tag, with: "\n" + tag)
        }
        return text + "\n"
    }

    func documentXML(_ document: Document) throws -> String {
        let docx = try DocxWriter.write(document)
        return String(decoding: try XCTUnwrap(ZipParts.part("word/document.xml", in: docx)), as: UTF8.self)
    }

    func testGoldenDocumentParts() throws {
        for (name, document) in SampleDocuments.all {
            try Golden.assertMatches(Self.readable(try documentXML(document)), file: "\(name).document.xml", folder: Self.golden, sourceFolder: Self.sourceGolden)
        }
    }

    func testEveryPartIsWellFormedAndReferenced() throws {
        for (name, document) in SampleDocuments.all + [("escaping", SampleDocuments.escaping)] {
            let parts = try ZipParts.read(try DocxWriter.write(document))
            let paths = Set(parts.map(\.path))
            for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
                XCTAssertNoThrow(try XMLCheck.parse(data, name: "\(name):\(path)"))
            }
            let types = String(decoding: parts.first { $0.path == "[Content_Types].xml" }!.data, as: UTF8.self)
            for path in paths where path.hasSuffix(".xml") && path != "[Content_Types].xml" {
                XCTAssertTrue(types.contains("PartName=\"/\(path)\""), "\(path) has no content type")
            }
            let relationships = String(decoding: parts.first { $0.path == "word/_rels/document.xml.rels" }!.data, as: UTF8.self)
            for target in relationships.components(separatedBy: "Target=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                XCTAssertTrue(paths.contains("word/\(target)"), "relationship target \(target) missing")
            }
        }
    }

    func testSameDocumentGivesIdenticalBytes() throws {
        for (_, document) in SampleDocuments.all {
            XCTAssertEqual(try DocxWriter.write(document), try DocxWriter.write(document))
        }
    }

    func testVerticalMergeContinuationsLandInTheirColumn() throws {
        let xml = try documentXML(SampleDocuments.mergedTable)
        let rows = xml.components(separatedBy: "<w:tr>").dropFirst()
        XCTAssertEqual(rows.count, 5)
        let thirdRow = Array(rows)[3]
        let cells = thirdRow.components(separatedBy: "<w:tc>").dropFirst().map { $0 }
        XCTAssertEqual(cells.count, 4, "two continuation cells plus two real cells")
        XCTAssertTrue(cells[0].contains("<w:vMerge/>") && cells[1].contains("<w:vMerge/>"))
        XCTAssertFalse(cells[2].contains("vMerge"))
        XCTAssertTrue(Array(rows)[2].contains("<w:vMerge w:val=\"restart\"/>"))
        let header = Array(rows)[0]
        XCTAssertTrue(header.contains("<w:gridSpan w:val=\"2\"/>"))
        let grid = TableWriter.columnTwips(Table(columnWidths: [1, 4, 5, 2], rows: []), textWidth: 7937)
        XCTAssertEqual(grid.reduce(0, +), 7937)
        XCTAssertTrue(header.contains("<w:tcW w:w=\"\(grid[2] + grid[3])\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/>"))
    }

    func testRowThatOverflowsTheGridThrows() {
        let table = Table(columnWidths: [1, 1], rows: [TableRow(cells: [.text("a"), .text("b"), .text("c")])])
        XCTAssertThrowsError(try DocxWriter.write(Document(metadata: Metadata(title: "x"), sections: [Section(blocks: [.table(table)])]))) { error in
            XCTAssertEqual(error as? DocxError, .tableGrid("row 1 needs 3 columns, the table has 2"))
        }
    }

    func testTextIsEscapedAndComesBackExactly() throws {
        let xml = try documentXML(SampleDocuments.escaping)
        XCTAssertTrue(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &apos;a&apos; — Ma&apos;aruf, Minangkabau &lt;b&gt;tebal&lt;/b&gt;"))
        XCTAssertFalse(xml.contains("<script"))
    }

    func testControlCharacterIsRefused() {
        let document = Document(metadata: Metadata(title: "x"), sections: [Section(blocks: [.paragraph(Paragraph(content: [.text("a\u{1}b")]))])])
        XCTAssertThrowsError(try DocxWriter.write(document)) { error in
            XCTAssertEqual(error as? DocxError, .invalidCharacter(1, context: "a\u{1}b"))
        }
    }

    func testSectionsCarryOrientationAndPageNumbering() throws {
        let xml = try documentXML(SampleDocuments.landscapeSections)
        XCTAssertEqual(xml.components(separatedBy: "<w:sectPr>").count - 1, 4)
        XCTAssertTrue(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        XCTAssertTrue(xml.contains("<w:pgNumType w:fmt=\"lowerRoman\" w:start=\"1\"/>"))
        XCTAssertTrue(xml.contains("<w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/>"))
        XCTAssertTrue(xml.contains("TOC \\o \"1-2\""))
        XCTAssertTrue(xml.contains("PAGEREF _bab-3".replacingOccurrences(of: "-", with: "_")))
        XCTAssertFalse(xml.contains("PAGEREF _daftar_isi"), "DAFTAR ISI is not listed in itself")
    }

    func testImagesBecomeMediaParts() throws {
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!
        let image = Image(data: png, format: .png, widthPoints: 72, heightPoints: 72, description: "Tanda tangan")
        let document = SampleDocuments.signature
        var withImage = document
        if case .signature(var block) = document.sections[0].blocks[1] {
            block.right?.image = image
            withImage.sections[0].blocks[1] = .signature(block)
        }
        let parts = try ZipParts.read(try DocxWriter.write(withImage))
        XCTAssertEqual(parts.first { $0.path == "word/media/image1.png" }?.data, png)
        let xml = String(decoding: parts.first { $0.path == "word/document.xml" }!.data, as: UTF8.self)
        XCTAssertTrue(xml.contains("<wp:extent cx=\"914400\" cy=\"914400\"/>"))
    }

    func testListOfChartsLinksToCaptionBookmarks() throws {
        var document = SampleDocuments.chart
        document.sections[0].blocks.insert(.tableOfContents(TableOfContents(captions: .chart)), at: 0)
        let xml = try documentXML(document)
        XCTAssertTrue(xml.contains("<w:hyperlink w:anchor=\"_grafik_1\" w:history=\"1\">"))
        XCTAssertTrue(xml.contains("PAGEREF _grafik_1 \\h"))
        XCTAssertTrue(xml.contains("<w:bookmarkStart w:id=\"0\" w:name=\"_grafik_1\"/>"))
    }

    func testChartsAreNativePartsReferencedFromTheDocument() throws {
        let parts = try ZipParts.read(try DocxWriter.write(SampleDocuments.chart))
        let chart = try XCTUnwrap(parts.first { $0.path == "word/charts/chart1.xml" }?.data)
        XCTAssertNoThrow(try XMLCheck.parse(chart, name: "chart1.xml"))
        let xml = String(decoding: chart, as: UTF8.self)
        XCTAssertTrue(xml.contains("<c:barChart>"))
        XCTAssertTrue(xml.contains("<c:pt idx=\"0\"><c:v>99.93</c:v></c:pt>"))
        XCTAssertFalse(xml.contains("<c:pt idx=\"1\"><c:v>nil"), "a missing value leaves a gap")
        let types = String(decoding: parts.first { $0.path == "[Content_Types].xml" }!.data, as: UTF8.self)
        XCTAssertTrue(types.contains("PartName=\"/word/charts/chart1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\""))
        let relationships = String(decoding: parts.first { $0.path == "word/_rels/document.xml.rels" }!.data, as: UTF8.self)
        XCTAssertTrue(relationships.contains("Id=\"rIdChart1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart1.xml\""))
        let document = String(decoding: parts.first { $0.path == "word/document.xml" }!.data, as: UTF8.self)
        XCTAssertTrue(document.contains("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdChart1\"/>"))
        XCTAssertTrue(document.contains("Grafik 3.1 Target dan Realisasi &lt;IKK&gt; &amp; Capaian"))
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            XCTAssertNoThrow(try XMLCheck.parse(data, name: path))
        }
    }
}
