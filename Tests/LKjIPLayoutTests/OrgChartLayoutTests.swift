import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// Placement of the organisation chart: every box inside the drawing and the text width,
/// no two boxes overlapping, for the sizes of office the data can describe.
final class OrgChartLayoutTests: XCTestCase {
    func chart(divisions: Int, units: Int, title: (Int) -> String = { "Divisi \($0 + 1)" }) -> OrgChart {
        OrgChart(root: OrgNode(title: "Kepala Kantor Wilayah", detail: "Haris Sukamto",
                               children: (0..<divisions).map { OrgNode(title: title($0), detail: "Nama Kepala \($0 + 1)") }),
                 related: (0..<units).map { OrgNode(title: "Lapas \($0 + 1)", detail: "\($0 + 3) satker") })
    }

    func overlap(_ a: OrgBox, _ b: OrgBox) -> Bool {
        a.x < b.x + b.width - 0.001 && b.x < a.x + a.width - 0.001 && a.y < b.y + b.height - 0.001 && b.y < a.y + a.height - 0.001
    }

    /// 0 to 12 divisions and 0 to 13 technical-unit kinds, on portrait and landscape widths.
    func testBoxesLieWithinTheWidthAndDoNotOverlap() {
        for width in [Page.portrait, Page.landscape] {
            for divisions in 0...12 {
                for units in [0, 1, 2, 5, 6, 7, 13] {
                    let drawing = OrgChartLayout.drawing(chart(divisions: divisions, units: units), width: width)
                    let label = "width \(width), \(divisions) divisions, \(units) units"
                    XCTAssertEqual(drawing.boxes.count, 1 + divisions + units, label)
                    XCTAssertLessThanOrEqual(drawing.width, width + 0.001, label)
                    for box in drawing.boxes {
                        XCTAssertGreaterThanOrEqual(box.x, -0.001, label)
                        XCTAssertGreaterThanOrEqual(box.y, -0.001, label)
                        XCTAssertLessThanOrEqual(box.x + box.width, drawing.width + 0.001, label)
                        XCTAssertLessThanOrEqual(box.y + box.height, drawing.height + 0.001, label)
                        XCTAssertGreaterThan(box.width, 0, label)
                    }
                    for (i, a) in drawing.boxes.enumerated() {
                        for b in drawing.boxes[(i + 1)...] {
                            XCTAssertFalse(overlap(a, b), "\(label): \(a.title) overlaps \(b.title)")
                        }
                    }
                    for line in drawing.lines {
                        for x in [line.x1, line.x2] { XCTAssertTrue((-0.001...drawing.width + 0.001).contains(x), label) }
                        for y in [line.y1, line.y2] { XCTAssertTrue((-0.001...drawing.height + 0.001).contains(y), label) }
                    }
                }
            }
        }
    }

    /// The head of office is centred on top in the dark fill; the divisions sit below it.
    func testHeadIsCentredOnTop() throws {
        let drawing = OrgChartLayout.drawing(chart(divisions: 4, units: 0), width: Page.portrait)
        let head = try XCTUnwrap(drawing.boxes.first)
        XCTAssertEqual(head.title, "Kepala Kantor Wilayah")
        XCTAssertEqual(head.y, 0)
        XCTAssertEqual(head.x + head.width / 2, drawing.width / 2, accuracy: 0.01)
        XCTAssertEqual(head.fill, "1F4E79")
        for box in drawing.boxes.dropFirst() { XCTAssertGreaterThanOrEqual(box.y, head.y + head.height) }
    }

    /// Technical units hang from the head by dashed lines; the divisions by solid ones.
    func testUnitsAreJoinedByDashedLines() {
        let drawing = OrgChartLayout.drawing(chart(divisions: 2, units: 3), width: Page.portrait)
        XCTAssertTrue(drawing.lines.contains { $0.dashed })
        XCTAssertTrue(drawing.lines.contains { !$0.dashed })
        let unitBoxes = drawing.boxes.filter { $0.title.hasPrefix("Lapas") }
        let divisionBoxes = drawing.boxes.filter { $0.title.hasPrefix("Divisi") }
        XCTAssertEqual(unitBoxes.count, 3)
        XCTAssertGreaterThan(unitBoxes.map(\.y).min()!, divisionBoxes.map { $0.y + $0.height }.max()!)
    }

    /// Box text is never below 8 pt: when the longest word does not fit a box even at 8 pt,
    /// a row holds fewer, wider boxes. With eight divisions four to a row a box is
    /// (396.85 - 3 × 8) / 4 = 93.21 pt wide, 85.21 pt inside its 4 pt margins;
    /// "PERTANGGUNGJAWABAN" bold is 13000 / 1000 em (fontTools, Liberation Sans Bold), 104 pt
    /// at 8 pt: too wide. Three to a row, a box is (396.85 - 2 × 8) / 3 = 126.95 pt, 118.95
    /// inside, and the word is 117 pt at 9 pt: it fits at full size.
    func testBoxesWidenInsteadOfShrinkingBelowEightPoints() throws {
        let drawing = OrgChartLayout.drawing(chart(divisions: 8, units: 0, title: { $0 == 0 ? "PERTANGGUNGJAWABAN" : "Divisi \($0)" }), width: Page.portrait)
        let box = try XCTUnwrap(drawing.boxes.first { $0.title == "PERTANGGUNGJAWABAN" })
        XCTAssertEqual(box.width, (Page.portrait - 2 * 8) / 3, accuracy: 0.01)
        XCTAssertEqual(box.fontSize, 9)
        for box in drawing.boxes { XCTAssertGreaterThanOrEqual(box.fontSize, 8) }
        XCTAssertEqual(OrgChartLayout.problems(drawing), [])
    }

    /// A box is as tall as its wrapped lines: a long unit name wraps to several lines, and
    /// the row grows; nothing is cut (the check the lint applies finds nothing).
    func testBoxesGrowWithTheirLines() throws {
        let long = "Lembaga Pembinaan Khusus Anak dan Rumah Penyimpanan Benda Sitaan Negara (RUPBASAN)"
        let drawing = OrgChartLayout.drawing(chart(divisions: 4, units: 6, title: { $0 == 0 ? long : "Divisi \($0)" }), width: Page.portrait)
        let box = try XCTUnwrap(drawing.boxes.first { $0.title == long })
        XCTAssertGreaterThan(box.titleLines.count, 2)
        XCTAssertEqual(box.titleLines.joined(separator: " "), long)
        // Lines × 1,25 × size plus the 3 pt margins top and bottom fit the box.
        XCTAssertGreaterThanOrEqual(box.height, Double(box.titleLines.count + box.detailLines.count) * box.fontSize * 1.25 + 6)
        XCTAssertEqual(OrgChartLayout.problems(drawing), [])
    }

    /// A very narrow width still gives a drawing (at least 200 pt wide).
    func testNarrowWidthHasAFloor() {
        XCTAssertEqual(OrgChartLayout.drawing(chart(divisions: 2, units: 0), width: 50).width, 200)
    }
}
