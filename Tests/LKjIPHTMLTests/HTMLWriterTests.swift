import Foundation
import LKjIPDocument
@testable import LKjIPHTML
import TestSupport
import XCTest

/// The HTML document as a whole: well-formed, self-contained, print-ready, escaped.
final class HTMLWriterTests: XCTestCase {
    /// libxml2's HTML parser reports no error (unclosed or misnested tags, bad entities) for
    /// a document with every block kind, nor for the golden-file samples.
    func testWellFormed() throws {
        XCTAssertNoThrow(try XMLCheck.parseHTML(HTMLWriter.write(SampleDocuments.everyBlockKind)))
        for (name, sample) in SampleDocuments.all + [("chart", SampleDocuments.chart), ("escaping", SampleDocuments.escaping)] {
            XCTAssertNoThrow(try XMLCheck.parseHTML(HTMLWriter.write(numbered(sample)), name: name))
        }
    }

    /// The page is Indonesian, UTF-8, titled from the metadata, with its stylesheet inline and
    /// pictures as data URIs: one file that works offline.
    func testSelfContained() throws {
        let page = try Page(SampleDocuments.everyBlockKind)
        XCTAssertTrue(page.html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(page.root["lang"], "id")
        XCTAssertEqual(page.all("meta").first { $0["charset"] != nil }?["charset"], "utf-8")
        XCTAssertEqual(page.all("title").first?.text, "Contoh Lengkap")
        XCTAssertEqual(page.all("style").count, 1)
        XCTAssertTrue(page.all("link").isEmpty && page.all("script").isEmpty)
        for image in page.all("img") { XCTAssertTrue(image["src"]?.hasPrefix("data:image/png;base64,") == true) }
        let data = try XCTUnwrap(page.all("img").first?["src"]?.split(separator: ",").last.flatMap { Data(base64Encoded: String($0)) })
        XCTAssertTrue([SampleDocuments.redPNG, SampleDocuments.bluePNG].contains(data))
    }

    /// The print stylesheet prints fills (print-color-adjust) and turns landscape sections; it
    /// prints no page numbers of its own (a browser cannot restart them at BAB I or count the
    /// front matter in roman numerals, so they would contradict DAFTAR ISI, which shows the
    /// numbers of the .docx and .pdf; issue 23).
    func testPrintStylesheet() throws {
        let css = try XCTUnwrap(try Page(SampleDocuments.everyBlockKind).all("style").first?.text)
        XCTAssertTrue(css.contains("print-color-adjust: exact"))
        XCTAssertFalse(css.contains("counter(page"))
        XCTAssertTrue(css.contains("@page landscape"))
        XCTAssertTrue(css.contains("@media print"))
        XCTAssertTrue(css.contains("thead { display: table-header-group; }"), "header rows repeat on printed pages")
        // A4 (21 x 29.7 cm) with 4 cm top and left, 3 cm bottom and right margins.
        let page = try XCTUnwrap(css.range(of: #"@page \{ size: ([0-9.]+)cm ([0-9.]+)cm; margin: ([0-9.]+)cm ([0-9.]+)cm ([0-9.]+)cm ([0-9.]+)cm;"#, options: .regularExpression).map { String(css[$0]) })
        let numbers = page.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
        XCTAssertEqual(numbers.count, 6, page)
        for (value, expected) in zip(numbers, [21, 29.7, 4, 3, 3, 4]) { XCTAssertEqual(value, expected, accuracy: 0.01, page) }
    }

    /// Page sections are `<div class="section …">` (a `<section>` would need a heading) and
    /// carry the classes the print stylesheet keys on.
    func testSectionClasses() throws {
        let page = try Page(SampleDocuments.everyBlockKind)
        XCTAssertEqual(page.all("section").count, 0)
        let sections = page.all("div").map { Set(($0["class"] ?? "").split(separator: " ").map(String.init)) }.filter { $0.contains("section") }
        XCTAssertEqual(sections.count, 5)
        XCTAssertTrue(sections[0].isSuperset(of: ["section", "portrait", "numbering-none"]))
        XCTAssertTrue(sections[1].isSuperset(of: ["numbering-lowerRoman", "restart"]))
        XCTAssertTrue(sections[2].isSuperset(of: ["numbering-decimal", "restart"]))
        XCTAssertTrue(sections[3].contains("landscape"))
        XCTAssertFalse(sections[3].contains("restart"))
    }

    /// Headings keep their levels and the model's anchors as ids; ids are unique.
    func testHeadingsUseTheModelsAnchors() throws {
        let sample = SampleDocuments.everyBlockKind
        let page = try Page(sample)
        XCTAssertEqual(page.all("h1").compactMap { $0["id"] }.first, "daftar-isi")
        XCTAssertTrue(page.all("h2").contains { $0["id"] == "a-latar-belakang" && $0.text == "A. LATAR BELAKANG" })
        XCTAssertEqual(page.all("h4").first?.text, "a. Rincian")
        XCTAssertEqual(Set(page.ids).count, page.ids.count, "ids are unique")
        XCTAssertFalse(page.ids.contains(""), "no empty id")
    }

    /// Contents lists link to the anchors, in the model's order; every link resolves.
    func testContentsLinkToAnchors() throws {
        let sample = SampleDocuments.everyBlockKind
        let page = try Page(sample)
        let ids = Set(page.ids)
        let navs = page.all("nav")
        XCTAssertEqual(navs.count, 4)
        let headings = sample.contents.filter { if case .heading(let level) = $0.kind { return level <= 3 }; return false }
        XCTAssertEqual(navs[0].all("a").compactMap { $0["href"] }, headings.map { "#" + $0.anchor })
        XCTAssertEqual(navs[0].all("a").map(\.text), headings.map(\.text))
        let tables = sample.contents.filter { $0.kind == .caption(.table) }
        XCTAssertEqual(navs[1].all("a").map(\.text), tables.map(\.text))
        for link in page.all("a") {
            let href = try XCTUnwrap(link["href"])
            XCTAssertTrue(href.hasPrefix("#"))
            XCTAssertTrue(ids.contains(String(href.dropFirst())), "broken link \(href)")
        }
    }

    /// An empty list prints a dash.
    func testEmptyContentsPrintsADash() throws {
        let page = try Page(document([.contents(TableOfContents(captions: .chart))]))
        XCTAssertEqual(page.all("nav").first?.all("li").map(\.text), ["-"])
    }

    /// Escaping works on scalars: a markup character that a combining mark joins into one
    /// Character ("<" + U+0338) is escaped too; plain text is unchanged.
    func testEscapingByScalar() {
        XCTAssertEqual("<\u{338}script>".htmlEscaped, "&lt;\u{338}script&gt;")
        XCTAssertEqual("&\u{301}amp;".htmlEscaped, "&amp;\u{301}amp;")
        XCTAssertEqual("a'b\"c".htmlEscaped, "a&#39;b&quot;c")
        XCTAssertEqual("Capaian 99,56% — Kanwil".htmlEscaped, "Capaian 99,56% — Kanwil")
    }

    /// Marks become strong, em and u; a line break is <br>.
    func testInlineMarks() throws {
        let page = try Page(document([.paragraph(Paragraph(content: [.text("a", .bold), .text("b", .italic), .lineBreak, .text("c", [.underline, .bold])], keepWithNext: true))]))
        let paragraph = try XCTUnwrap(page.all("p").first)
        XCTAssertEqual(paragraph.all("strong").map(\.text), ["a", "c"])
        XCTAssertEqual(paragraph.all("em").map(\.text), ["b"])
        XCTAssertEqual(paragraph.all("u").map(\.text), ["c"])
        XCTAssertEqual(paragraph.all("br").count, 1)
        XCTAssertTrue((paragraph["class"] ?? "").split(separator: " ").contains("keep"))
    }

    /// Lists: ordered lists with their start and type; the "1)" style through a counter
    /// starting one before the list's start.
    func testLists() throws {
        let page = try Page(document([
            .list(List(kind: .decimal, items: [[.paragraph(Paragraph(content: [.text("x")]))]], start: 4)),
            .list(List(kind: .lowerLetter, items: [[.paragraph(Paragraph(content: [.text("y")]))]])),
            .list(List(kind: .decimalParen, items: [[.paragraph(Paragraph(content: [.text("z")]))]], start: 3)),
            .list(List(kind: .dash, items: [[.paragraph(Paragraph(content: [.text("w")]))]])),
        ]))
        let lists = page.root.descendants.filter { $0.name == "ol" || $0.name == "ul" }
        XCTAssertEqual(lists.map(\.name), ["ol", "ol", "ol", "ul"])
        XCTAssertEqual(lists[0]["start"], "4")
        XCTAssertEqual(lists[1]["type"], "a")
        XCTAssertEqual(lists[2]["class"], "paren")
        XCTAssertEqual(lists[2]["style"], "--start: 2")
        XCTAssertEqual(lists[3]["class"], "dash")
    }

    /// The nested list of an item stands inside that item.
    func testNestedList() throws {
        let page = try Page(SampleDocuments.nestedList)
        let inner = try XCTUnwrap(page.all("ol").first { $0["type"] == "a" })
        XCTAssertEqual(inner.parent?.name, "li")
        XCTAssertEqual(inner.all("li").map(\.text), ["Rencana kerja dan anggaran", "Layanan keuangan"])
    }

    /// Hostile text is escaped everywhere: text, attributes (alt, aria-label, meta, title)
    /// and SVG; the parser finds no element made of it and reads it back exactly.
    func testHostileTextIsEscapedEverywhere() throws {
        let hostile = SampleDocuments.hostile
        var chart = SampleDocuments.placedOrgChart
        chart.drawing?.boxes[1].title = hostile
        chart.drawing?.boxes[1].titleLines = [hostile]
        chart.caption = Caption(.figure, hostile)
        var sample = document([
            .heading(Heading(level: 2, content: [.text(hostile)], anchor: hostile)),
            .paragraph(Paragraph(content: [.text(hostile)])),
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text(hostile, shading: "1F4E79")])], caption: Caption(.table, hostile))),
            .list(List(kind: .bullet, items: [[.paragraph(Paragraph(content: [.text(hostile)]))]])),
            .signature(SignatureBlock(placeAndDate: hostile, right: Signatory(roleLines: [hostile], name: hostile, rank: hostile, identifier: hostile))),
            .figure(Figure(image: SampleDocuments.blueImage(description: hostile), caption: Caption(.figure, hostile))),
            .chart(Chart(caption: Caption(.chart, hostile), categories: [hostile], key: [hostile], series: [ChartSeries(name: hostile, values: [1], color: "1F4E79")],
                         axis: ValueAxis(title: hostile, maximum: 1, majorUnit: 1, labels: [hostile, hostile], numberFormat: "#,##0"))),
            .orgChart(chart),
            .contents(TableOfContents(maxLevel: 3)),
        ])
        sample.metadata.title = hostile
        sample.metadata.author = hostile
        let html = HTMLWriter.write(sample)
        XCTAssertNoThrow(try XMLCheck.parseHTML(html))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<b>tebal</b>"))
        let page = try Page(sample)
        XCTAssertTrue(page.all("script").isEmpty)
        XCTAssertTrue(page.all("b").allSatisfy { $0.text != "tebal" })
        XCTAssertEqual(page.all("title").first?.text, hostile)
        XCTAssertEqual(page.all("meta").first { $0["name"] == "author" }?["content"], hostile)
        XCTAssertEqual(page.all("img").first?["alt"], hostile)
        XCTAssertTrue(page.all("svg").allSatisfy { ($0["aria-label"] ?? "").hasSuffix(hostile) })
        XCTAssertEqual(page.all("p").first?.text, hostile)
        XCTAssertEqual(page.all("td").first?.text, hostile)
        XCTAssertTrue(page.all("text").contains { $0.text == hostile }, "SVG text")
        XCTAssertTrue(page.all("figure").first { $0["class"] == "org" }?.all("text").contains { $0.text == hostile } ?? false, "organisation chart text")
    }

    /// Points in CSS and SVG: at most two decimals, a decimal point whatever the locale.
    func testPointsFormatting() {
        XCTAssertEqual(Points.css(12), "12")
        XCTAssertEqual(Points.css(12.345), "12.35")
        XCTAssertEqual(Points.css(0.1), "0.10")
        XCTAssertEqual(Points.css(.infinity), "0")
    }
}
