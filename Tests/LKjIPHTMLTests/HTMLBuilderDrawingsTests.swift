import Foundation
import LKjIPDocument
@testable import LKjIPHTML
import TestSupport
import XCTest

/// Charts and the organisation chart as inline SVG, figures and galleries
/// (HTMLBuilder+Drawings.swift).
final class HTMLBuilderDrawingsTests: XCTestCase {
    /// The geometry of `ChartSVG`, read from its viewBox: 640 x 280 with a plot area from
    /// x 62 to 628 and y 12 to 232.
    let plot = (left: 62.0, right: 628.0, top: 12.0, bottom: 232.0)

    /// Labels no program would compute (Indonesian decimal commas, a suffix), so the test
    /// shows the SVG prints the model's labels rather than its own numbers.
    var chart: Chart {
        Chart(caption: Caption(.chart, "Capaian"), categories: ["1", "2", "3"], key: ["1. Indeks", "2. Persentase", "3. Jumlah"], series: [
            ChartSeries(name: "Target", values: [100, 100, 100], color: "A6A6A6"),
            ChartSeries(name: "Capaian", values: [150, nil, 40], color: "1F4E79"),
        ], axis: ValueAxis(title: "Capaian (%)", maximum: 150, majorUnit: 50, labels: ["nol", "50,0", "100,0", "150,0 %"], numberFormat: "#,##0.0"))
    }

    func svg() throws -> XMLTree {
        try XCTUnwrap(try Page(document([.chart(chart)])).all("svg").first)
    }

    /// Tick labels are the model's, one per tick from 0 to the maximum.
    func testTickLabelsAreTheModels() throws {
        let svg = try svg()
        XCTAssertEqual(svg.attribute("viewBox"), "0 0 640 280")
        let labels = svg.all("text").filter { $0["text-anchor"] == "end" }.map(\.text)
        XCTAssertEqual(labels, ["nol", "50,0", "100,0", "150,0 %"])
        XCTAssertTrue(svg.all("text").contains { $0.text == "Capaian (%)" }, "axis title")
        // Ticks at 0, 50, 100, 150 of 150 over the 220 pt plot height: y = 232, 158.67, 85.33, 12.
        let ticks = svg.all("text").filter { $0["text-anchor"] == "end" }.map { number($0, "y") - 3 }
        for (tick, expected) in zip(ticks, [232, 158.67, 85.33, 12]) { XCTAssertEqual(tick, expected, accuracy: 0.01) }
    }

    /// Bars stand inside the plot area, from the zero line up to their value: 150 of 150 is
    /// the full 220 pt, 100 is 146.67 pt, 40 is 58.67 pt; a missing value draws no bar.
    func testBarsWithinThePlot() throws {
        let bars = try svg().all("rect").filter { number($0, "y") < 262 }
        XCTAssertEqual(bars.count, 5, "three target bars and two capaian bars")
        for bar in bars {
            XCTAssertGreaterThanOrEqual(number(bar, "x"), plot.left)
            XCTAssertLessThanOrEqual(number(bar, "x") + number(bar, "width"), plot.right + 0.01)
            XCTAssertGreaterThanOrEqual(number(bar, "y"), plot.top - 0.01)
            XCTAssertEqual(number(bar, "y") + number(bar, "height"), plot.bottom, accuracy: 0.02)
        }
        let heights = bars.filter { $0["fill"] == "#1F4E79" }.map { number($0, "height") }
        XCTAssertEqual(heights.count, 2)
        XCTAssertEqual(heights[0], 220, accuracy: 0.01)
        XCTAssertEqual(heights[1], 40.0 / 150 * 220, accuracy: 0.01)
        XCTAssertEqual(bars.filter { $0["fill"] == "#A6A6A6" }.map { number($0, "height") }.first ?? 0, 100.0 / 150 * 220, accuracy: 0.01)
    }

    /// A value above the axis maximum is drawn to the top of the plot, not past it.
    func testBarAboveTheMaximumIsClipped() throws {
        var tall = chart
        tall.series[1].values = [400, 1, 1]
        let svg = try XCTUnwrap(try Page(document([.chart(tall)])).all("svg").first)
        for bar in svg.all("rect") where number(bar, "y") < 262 { XCTAssertGreaterThanOrEqual(number(bar, "y"), plot.top - 0.01) }
    }

    /// The chart figure: the numbered caption and the anchor as id; the key to the numbered
    /// categories in one block with the figure (kept on one page in print), as an
    /// unnumbered list: the key lines carry their numbers ("1. 1. Indeks" otherwise).
    func testChartFigure() throws {
        let page = try Page(document([.chart(chart)]))
        let figure = try XCTUnwrap(page.all("figure").first)
        XCTAssertEqual(figure["id"], "grafik-1")
        XCTAssertEqual(figure.child("figcaption")?.text, "Grafik 1 Capaian")
        XCTAssertTrue(page.all("ol").isEmpty)
        let block = try XCTUnwrap(page.all("div").first { $0["class"] == "chart-block" })
        XCTAssertTrue(block.children.contains { $0 === figure }, "the figure is in the block")
        let key = try XCTUnwrap(block.child("ul"))
        XCTAssertEqual(key["class"], "chart-key")
        XCTAssertEqual(key.all("li").map(\.text), ["1. Indeks", "2. Persentase", "3. Jumlah"])
        XCTAssertEqual(figure.child("svg")?["role"], "img")
    }

    /// The organisation chart draws the layout's boxes and lines: a rect per box at its
    /// place, a line per line (dashed where dashed), white text on the dark head box.
    func testOrgChartSVG() throws {
        let chart = SampleDocuments.placedOrgChart
        let drawing = try XCTUnwrap(chart.drawing)
        let page = try Page(document([.orgChart(chart)]))
        let figure = try XCTUnwrap(page.all("figure").first { $0["class"] == "org" })
        let svg = try XCTUnwrap(figure.child("svg"))
        XCTAssertEqual(svg.attribute("viewBox"), "0 0 400 150")
        let rects = svg.all("rect")
        XCTAssertEqual(rects.count, drawing.boxes.count)
        for (rect, box) in zip(rects, drawing.boxes) {
            XCTAssertEqual(number(rect, "x"), box.x)
            XCTAssertEqual(number(rect, "y"), box.y)
            XCTAssertEqual(number(rect, "width"), box.width)
            XCTAssertEqual(rect["fill"], "#" + box.fill)
        }
        let lines = svg.all("line")
        XCTAssertEqual(lines.count, drawing.lines.count)
        XCTAssertEqual(lines.filter { $0["stroke-dasharray"] != nil }.count, 1)
        // The text is the layout's wrapped lines, as SVG text (no HTML inside the SVG): the
        // title lines bold, white on the dark head box.
        let texts = svg.all("text")
        XCTAssertEqual(texts.filter { $0["font-weight"] == "bold" }.map { $0.text.trimmingCharacters(in: .whitespaces) }, drawing.boxes.flatMap(\.titleLines))
        XCTAssertEqual(texts.first?["fill"], "#fff")
        XCTAssertEqual(texts.last?["fill"], "#000")
        XCTAssertTrue(svg.all("foreignObject").isEmpty)
        XCTAssertEqual(figure["id"], "gambar-1")
        XCTAssertEqual(figure.child("figcaption")?.text, "Gambar 1 Struktur Organisasi")
    }

    /// Without a drawing nothing is written.
    func testOrgChartWithoutDrawing() throws {
        XCTAssertTrue(try Page(document([.orgChart(OrgChart(root: OrgNode(title: "Kepala")))])).all("svg").isEmpty)
    }

    /// A gallery is a grid of `columns` columns of captioned figures, each with its anchor.
    func testGallery() throws {
        let gallery = Gallery(items: (1...3).map { Figure(image: SampleDocuments.redImage(), caption: Caption(.figure, "Foto \($0)")) }, columns: 2)
        let page = try Page(document([.gallery(gallery)]))
        let grid = try XCTUnwrap(page.all("div").first { $0["class"] == "gallery" })
        XCTAssertEqual(grid["style"], "grid-template-columns: repeat(2, 1fr)")
        let figures = grid.children.filter { $0.name == "figure" }
        XCTAssertEqual(figures.count, 3)
        XCTAssertEqual(figures.compactMap { $0["id"] }, ["gambar-1", "gambar-2", "gambar-3"])
        XCTAssertEqual(figures.map { $0.child("figcaption")?.text }, ["Gambar 1 Foto 1", "Gambar 2 Foto 2", "Gambar 3 Foto 3"])
    }

    /// A picture is printed at its size in points, with its description as alt text.
    func testFigureSizeAndAlt() throws {
        let page = try Page(document([.figure(Figure(image: SampleDocuments.blueImage(width: 60, height: 45, description: "Kantor")))]))
        let image = try XCTUnwrap(page.all("img").first)
        XCTAssertEqual(image["style"], "width:60pt;height:45pt")
        XCTAssertEqual(image["alt"], "Kantor")
    }

    /// Un-numbered captions (a document the numbering pass has not seen) must not produce
    /// an empty id, which HTML forbids.
    func testUnnumberedCaptionsHaveNoEmptyId() throws {
        let page = try Page(document([
            .chart(chart),
            .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text("a")])], caption: Caption(.table, "Tanpa nomor"))),
        ], numbered: false))
        XCTAssertFalse(page.ids.contains(""), "empty id attributes")
    }
}
