import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import XCTest

final class MarkupReaderTests: XCTestCase {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    func read(_ body: String) throws -> [Section] {
        try MarkupReader(template: "uji.mustache", imageSearchPaths: [Self.fixtures]).parse("<chapter>\n\(body)\n</chapter>")
    }

    func blocks(_ body: String) throws -> [Block] {
        try read("<section>\(body)</section>").first?.blocks ?? []
    }

    func testSectionAttributes() throws {
        let sections = try read("<section orientation=\"landscape\" numbering=\"roman\" restart=\"true\"><pagebreak/></section><section/>")
        XCTAssertEqual(sections, [
            Section(orientation: .landscape, pageNumbering: .lowerRoman, restartNumbering: true, blocks: [.pageBreak]),
            Section(orientation: .portrait, pageNumbering: .decimal, restartNumbering: false, blocks: []),
        ])
    }

    func testHeadingsParagraphsAndInlineMarksWithWhitespaceCollapsed() throws {
        let result = try blocks("""
            <h2 id="a" toc="false">A.   LATAR
              BELAKANG</h2>
            <p align="center" style="caption" keep="true">Capaian <b>sangat <i>baik</i></b><br/>dan <u>stabil</u> </p>
            <p>   </p>
            """)
        XCTAssertEqual(result, [
            .heading(Heading(level: 2, content: [.text("A. LATAR BELAKANG")], anchor: "a", inTableOfContents: false)),
            .paragraph(Paragraph(content: [.text("Capaian "), .text("sangat ", .bold), .text("baik", [.bold, .italic]), .lineBreak, .text("dan "), .text("stabil", .underline)], style: .caption, alignment: .center, keepWithNext: true)),
        ])
    }

    func testTableWithSpansShadingAndHeader() throws {
        let result = try blocks("""
            <table widths="1,3" header="1">
            <tr><td colspan="2" bold="true" shade="D9E2F3" align="center">Judul</td></tr>
            <tr><td rowspan="2" valign="center">SS1</td><td shade="">a</td></tr>
            <tr><td><p>b</p><md>- c</md></td></tr>
            </table>
            """)
        guard case .table(let table) = result.first else { return XCTFail("no table") }
        XCTAssertEqual(table.columnWidths, [1, 3])
        XCTAssertEqual(table.headerRowCount, 1)
        XCTAssertEqual(table.rows[0].cells[0].colSpan, 2)
        XCTAssertEqual(table.rows[0].cells[0].shading, "D9E2F3")
        XCTAssertEqual(table.rows[0].cells[0].blocks, [.paragraph(Paragraph(content: [.text("Judul", .bold)], style: .tableText, alignment: .center))])
        XCTAssertEqual(table.rows[1].cells[0].rowSpan, 2)
        XCTAssertEqual(table.rows[1].cells[0].verticalAlignment, .center)
        XCTAssertNil(table.rows[1].cells[1].shading, "an empty shade means no shading")
        XCTAssertEqual(table.rows[2].cells.count, 1)
        XCTAssertEqual(table.rows[2].cells[0].blocks.count, 2)
    }

    func testNestedListsSignatureTocAndImage() throws {
        let result = try blocks("""
            <ol type="a" start="3"><li>satu<ul type="dash"><li>dua</li></ul></li></ol>
            <toc levels="3"/>
            <signature place="Padang, 5 Januari 2023"><left><role>Pihak Kedua,</role><name>Haris Sukamto</name><id>NIP. 1</id></left><right><role>Pihak Pertama,</role><img src="pixel.png" width="20"/><name>Ramelan</name></right></signature>
            <img src="pixel.png" alt="logo"/>
            """)
        XCTAssertEqual(result.count, 4)
        guard case .list(let list) = result[0], case .signature(let signature) = result[2], case .image(let image) = result[3] else { return XCTFail("unexpected blocks \(result)") }
        XCTAssertEqual(list.kind, .lowerLetter)
        XCTAssertEqual(list.start, 3)
        XCTAssertEqual(list.items[0].count, 2)
        XCTAssertEqual(result[1], .tableOfContents(TableOfContents(maxLevel: 3)))
        XCTAssertEqual(signature.placeAndDate, "Padang, 5 Januari 2023")
        XCTAssertEqual(signature.left?.name, "Haris Sukamto")
        XCTAssertEqual(signature.left?.identifier, "NIP. 1")
        XCTAssertEqual(signature.right?.image?.widthPoints, 20)
        XCTAssertEqual(signature.right?.image?.heightPoints, 10, "height follows the 2×1 pixel aspect")
        XCTAssertEqual(image.widthPoints, 1.5)
        XCTAssertEqual(image.description, "logo")
    }

    func testChartWithCategoriesSeriesAndGaps() throws {
        let result = try blocks("<chart caption=\"Grafik 3.1 Uji\"><category>SS1-1</category><category>SS1-2</category><series name=\"Target\" color=\"A6A6A6\"><value>90</value><value>17</value></series><series name=\"Realisasi\"><value>99.93</value><value/></series></chart>")
        XCTAssertEqual(result, [.chart(Chart(caption: "Grafik 3.1 Uji", categories: ["SS1-1", "SS1-2"], series: [
            ChartSeries(name: "Target", values: [90, 17], color: "A6A6A6"),
            ChartSeries(name: "Realisasi", values: [99.93, nil], color: "1F4E79"),
        ]))])
        XCTAssertThrowsError(try blocks("<chart><category>a</category><series name=\"x\"><value>sembilan</value></series></chart>")) { error in
            XCTAssertTrue("\(error)".contains("expected a number"), "\(error)")
        }
        XCTAssertThrowsError(try blocks("<chart><category>a</category><series name=\"x\"></series></chart>")) { error in
            XCTAssertTrue("\(error)".contains("has 0 values for 1 categories"), "\(error)")
        }
    }

    func testEscapedDataStaysText() throws {
        let result = try blocks("<p>&lt;b&gt;&amp;&quot;&#39;</p>")
        XCTAssertEqual(result, [.paragraph(Paragraph(content: [.text("<b>&\"'")]))])
    }

    func testErrorsNameTheTemplateAndLine() {
        XCTAssertThrowsError(try read("<section>\n<blink>x</blink></section>")) { error in
            XCTAssertEqual((error as? TemplateError)?.line, 3)
            XCTAssertTrue("\(error)".contains("unknown element <blink>"), "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("templates/uji.mustache:3"), "\(error)")
        }
        XCTAssertThrowsError(try read("<section>\n<p>a</section>")) { error in
            XCTAssertTrue("\(error)".contains("not well-formed"), "\(error)")
            XCTAssertNotNil((error as? TemplateError)?.line)
        }
        XCTAssertThrowsError(try read("<section><table><tr><td rowspan=\"x\">a</td></tr></table></section>")) { error in
            XCTAssertTrue("\(error)".contains("rowspan=\"x\""), "\(error)")
        }
        XCTAssertThrowsError(try read("<section><img src=\"missing.png\"/></section>")) { error in
            XCTAssertTrue("\(error)".contains("image `missing.png` not found"), "\(error)")
        }
        XCTAssertThrowsError(try read("<section>loose text</section>")) { error in
            XCTAssertTrue("\(error)".contains("text outside a paragraph"), "\(error)")
        }
    }

    func testExternalEntitiesAreNotExpanded() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE chapter [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><chapter><section><p>&x;</p></section></chapter>"
        let sections = try? MarkupReader(template: "uji.mustache", imageSearchPaths: []).parse(xml)
        let text = sections?.first?.blocks.description ?? ""
        XCTAssertFalse(text.contains("root:"))
    }
}
