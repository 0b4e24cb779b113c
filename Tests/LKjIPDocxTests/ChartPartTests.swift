import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// `word/charts/chartN.xml`: a native clustered column chart with the model's axis.
final class ChartPartTests: XCTestCase {
    func chartPart() throws -> XMLTree {
        try DocxPackage(SampleDocuments.chart).xml("word/charts/chart1.xml")
    }

    /// The value axis runs from 0 to the model's maximum (500) in the model's steps (100),
    /// titled with its unit; the chart recomputes nothing.
    func testValueAxisIsTheModels() throws {
        let valueAxis = try XCTUnwrap(try chartPart().all("c:valAx").first)
        let scaling = try XCTUnwrap(valueAxis.child("c:scaling"))
        XCTAssertEqual(Double(scaling.child("c:min")?["val"] ?? ""), 0)
        XCTAssertEqual(Double(scaling.child("c:max")?["val"] ?? ""), 500)
        XCTAssertEqual(Double(valueAxis.child("c:majorUnit")?["val"] ?? ""), 100)
        XCTAssertEqual(valueAxis.child("c:title")?.all("a:t").map(\.text).joined(), "Capaian (%)")
        XCTAssertEqual(valueAxis.child("c:numFmt")?["formatCode"], "#,##0")
    }

    /// Series names, colours, categories and values come through; a missing value is left
    /// out (a gap), never written as 0.
    func testSeries() throws {
        let series = try chartPart().all("c:ser")
        XCTAssertEqual(series.count, 2)
        XCTAssertEqual(series.map { $0.child("c:tx")?.all("c:v").first?.text }, ["Target", "Capaian"])
        XCTAssertEqual(series[1].all("a:srgbClr").first?["val"], "1F4E79")
        XCTAssertEqual(series[0].child("c:cat")?.all("c:v").map(\.text), ["1", "2", "3"])
        // Every series refers to its cells of the embedded workbook: names in row 1,
        // categories in A2:A4, the second series' values in C2:C4.
        XCTAssertEqual(series.map { $0.child("c:tx")?.all("c:f").first?.text }, ["Data!$B$1", "Data!$C$1"])
        XCTAssertEqual(series[1].child("c:cat")?.all("c:f").first?.text, "Data!$A$2:$A$4")
        XCTAssertEqual(series[1].child("c:val")?.all("c:f").first?.text, "Data!$C$2:$C$4")
        let values = try XCTUnwrap(series[1].child("c:val")?.child("c:numRef")?.child("c:numCache"))
        XCTAssertEqual(values.child("c:ptCount")?["val"], "3")
        let points = values.all("c:pt")
        XCTAssertEqual(points.compactMap { $0["idx"] }, ["0", "2"])
        XCTAssertEqual(points.compactMap { Double($0.child("c:v")?.text ?? "") }, [111.03, 441.18])
    }

    /// Elements in the DrawingML chart schema order (ooxml-order.md §1.14).
    func testSchemaOrder() throws {
        let space = try chartPart()
        XCTAssertEqual(space.name, "c:chartSpace")
        assertOrder(space, Schema.chartSpace)
        let chart = try XCTUnwrap(space.child("c:chart"))
        assertOrder(chart, Schema.chart)
        let plotArea = try XCTUnwrap(chart.child("c:plotArea"))
        let bar = try XCTUnwrap(plotArea.child("c:barChart"))
        assertOrder(bar, Schema.barChart)
        XCTAssertEqual(bar.children.filter { $0.name == "c:axId" }.count, 2)
        for series in bar.children where series.name == "c:ser" { assertOrder(series, Schema.barSeries) }
        for axis in plotArea.all("c:valAx") {
            assertOrder(axis, Schema.valAx)
            assertOrder(try XCTUnwrap(axis.child("c:scaling")), Schema.scaling)
            if let title = axis.child("c:title") { assertOrder(title, Schema.title) }
        }
        for axis in plotArea.all("c:catAx") { assertOrder(axis, Schema.catAx) }
        if let legend = chart.child("c:legend") { assertOrder(legend, Schema.legend) }
        // The two axes cross each other by id.
        let ids = bar.children.filter { $0.name == "c:axId" }.compactMap { $0["val"] }
        XCTAssertEqual(Set(plotArea.all("c:axId").filter { $0.parent?.name != "c:barChart" }.compactMap { $0["val"] }), Set(ids))
    }

    /// The chart is an inline graphic in the body, related by id, with its caption right after
    /// it and then the key to the numbered categories.
    func testChartIsReferencedFromTheBody() throws {
        let package = try DocxPackage(SampleDocuments.chart)
        let body = try package.body
        let reference = try XCTUnwrap(body.all("c:chart").first?["r:id"])
        let relationship = try XCTUnwrap(try package.xml("word/_rels/document.xml.rels").all("Relationship").first { $0["Id"] == reference })
        XCTAssertEqual(relationship["Target"], "charts/chart1.xml")
        let texts = body.children.filter { $0.name == "w:p" }.map(\.text)
        let caption = try XCTUnwrap(texts.firstIndex(of: "Target dan Realisasi <IKK> & Capaian"), "the sample is not numbered, so the caption is its text")
        let key = try XCTUnwrap(texts.firstIndex(of: "1. Indeks <a>"), "the key to the numbered categories")
        XCTAssertLessThan(caption, key)
    }

    /// Hostile series names and titles are escaped, not markup.
    func testHostileTextIsEscaped() throws {
        let chart = Chart(caption: Caption(.chart, SampleDocuments.hostile), categories: ["<1>"], series: [ChartSeries(name: "A & \"B\"", values: [1], color: "000000")],
                          axis: ValueAxis(title: "<script>", maximum: 1, majorUnit: 1, labels: ["0", "1"], numberFormat: "#,##0"))
        let part = try XMLTree.parse(try ChartPart.xml(chart))
        XCTAssertEqual(part.all("c:ser").first?.child("c:tx")?.all("c:v").first?.text, "A & \"B\"")
        XCTAssertEqual(part.all("c:valAx").first?.child("c:title")?.all("a:t").first?.text, "<script>")
        XCTAssertEqual(part.all("c:cat").first?.all("c:v").first?.text, "<1>")
    }
}
