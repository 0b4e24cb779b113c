import Foundation
import LKjIPDocument
import LKjIPHTML
import TestSupport
import XCTest

final class HTMLWriterTests: XCTestCase {
    static let golden = Bundle.module.url(forResource: "Golden", withExtension: nil)!
    static let sourceGolden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The body only: the stylesheet is the same for every document.
    static func body(_ html: String) -> String {
        String(html[html.range(of: "<body>")!.lowerBound...])
    }

    func testGoldenBodies() throws {
        for (name, document) in SampleDocuments.all {
            try Golden.assertMatches(Self.body(HTMLWriter.write(document)), file: "\(name).html", folder: Self.golden, sourceFolder: Self.sourceGolden)
        }
    }

    func testOutputIsWellFormedAndEveryLinkHasATarget() throws {
        for (name, document) in SampleDocuments.all + [("escaping", SampleDocuments.escaping)] {
            let html = HTMLWriter.write(document)
            XCTAssertNoThrow(try XMLCheck.parseHTML(html, name: name))
            for anchor in html.components(separatedBy: "href=\"#").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                XCTAssertTrue(html.contains("id=\"\(anchor)\""), "\(name): link to #\(anchor) has no target")
            }
        }
    }

    func testTheCheckerItselfRejectsBrokenHTML() {
        XCTAssertThrowsError(try XMLCheck.parseHTML("<!DOCTYPE html><html><body><p>x</div></body></html>"))
    }

    func testDuplicateAnchorsAreMadeUnique() {
        let html = HTMLWriter.write(SampleDocuments.landscapeSections)
        XCTAssertTrue(html.contains("id=\"capaian\""))
        XCTAssertTrue(html.contains("id=\"capaian-2\""))
        XCTAssertTrue(html.contains("<a href=\"#capaian-2\">B. REALISASI ANGGARAN</a>"))
    }

    func testDataCannotInjectMarkup() {
        let html = HTMLWriter.write(SampleDocuments.escaping)
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<b>tebal"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; — Ma&#39;aruf, Minangkabau &lt;b&gt;tebal&lt;/b&gt;"))
    }

    func testDeterministicAndSelfContained() {
        let html = HTMLWriter.write(SampleDocuments.mergedTable)
        XCTAssertEqual(html, HTMLWriter.write(SampleDocuments.mergedTable))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertTrue(html.contains("rowspan=\"3\""))
        XCTAssertTrue(html.contains("colspan=\"2\""))
        XCTAssertTrue(html.contains("background:#1F4E79;color:#fff"))
        XCTAssertTrue(html.contains("<thead>"))
    }

    func testListsOfTablesAndChartsLinkToTheirCaptions() throws {
        var document = SampleDocuments.chart
        document.sections[0].blocks.insert(contentsOf: [
            .tableOfContents(TableOfContents(captions: .chart)),
            .tableOfContents(TableOfContents(captions: .table)),
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("x")])], caption: "Tabel 1.1 Uji")),
        ], at: 0)
        let html = HTMLWriter.write(document)
        XCTAssertTrue(html.contains("<li><a href=\"#grafik-1\">Grafik 3.1 Target dan Realisasi &lt;IKK&gt; &amp; Capaian</a></li>"))
        XCTAssertTrue(html.contains("<li><a href=\"#tabel-1\">Tabel 1.1 Uji</a></li>"))
        XCTAssertTrue(html.contains("<caption id=\"tabel-1\">Tabel 1.1 Uji</caption>"))
        XCTAssertTrue(html.contains("<figure class=\"chart\" id=\"grafik-1\">"))
    }

    func testChartIsInlineSVGThatParses() throws {
        let html = HTMLWriter.write(SampleDocuments.chart)
        let start = try XCTUnwrap(html.range(of: "<svg"))
        let end = try XCTUnwrap(html.range(of: "</svg>"))
        let svg = String(html[start.lowerBound..<end.upperBound])
        XCTAssertNoThrow(try XMLCheck.parse(Data(svg.utf8), name: "chart.svg"))
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 5 + 2, "five bars (one gap) and two legend keys")
        XCTAssertTrue(svg.contains("<title>Realisasi: 99,93</title>"))
        XCTAssertTrue(html.contains("<figcaption>Grafik 3.1 Target dan Realisasi &lt;IKK&gt; &amp; Capaian</figcaption>"))
    }
}
