import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// The organisation chart as one Word drawing group: a `wps:wsp` per box and per line,
/// where the layout pass placed them.
final class OrgChartWriterTests: XCTestCase {
    func group() throws -> XMLTree {
        let body = try DocxPackage(document([.orgChart(SampleDocuments.placedOrgChart)])).body
        return try XCTUnwrap(body.all("wpg:wgp").first)
    }

    /// 3 boxes and 4 lines in `SampleDocuments.placedOrgChart`: 7 shapes in one group, each
    /// with a unique drawing id.
    func testOneShapePerBoxAndLine() throws {
        let group = try self.group()
        let shapes = group.children.filter { $0.name == "wps:wsp" }
        XCTAssertEqual(shapes.count, 3 + 4)
        XCTAssertEqual(shapes.filter { $0.child("wps:txbx") != nil }.count, 3)
        XCTAssertEqual(shapes.filter { $0.all("a:prstGeom").first?["prst"] == "line" }.count, 4)
        let ids = try DocxPackage(document([.orgChart(SampleDocuments.placedOrgChart)])).body.descendants
            .filter { ["wp:docPr", "wps:cNvPr"].contains($0.name) }.compactMap { $0["id"] }
        XCTAssertEqual(Set(ids).count, ids.count)
    }

    /// Boxes sit at the layout's coordinates in EMU (12700 per point): the second box at
    /// (0, 90) pt is 196 x 54 pt, i.e. off (0, 1143000), ext (2489200, 685800).
    func testBoxesAtTheLayoutsPlaces() throws {
        let boxes = try group().children.filter { $0.name == "wps:wsp" && $0.child("wps:txbx") != nil }
        let second = try XCTUnwrap(boxes.first { $0.text.contains("Divisi Administrasi") })
        let xfrm = try XCTUnwrap(second.all("a:xfrm").first)
        XCTAssertEqual(xfrm.child("a:off")?["x"], "0")
        XCTAssertEqual(xfrm.child("a:off")?["y"], "1143000")
        XCTAssertEqual(xfrm.child("a:ext")?["cx"], "2489200")
        XCTAssertEqual(xfrm.child("a:ext")?["cy"], "685800")
        // The group's extent is the drawing's 400 x 150 pt.
        let extent = try XCTUnwrap(try DocxPackage(document([.orgChart(SampleDocuments.placedOrgChart)])).body.all("wp:extent").first)
        XCTAssertEqual(extent["cx"], "5080000")
        XCTAssertEqual(extent["cy"], "1905000")
    }

    /// The dark head box gets white bold text; light boxes keep black; dashed lines are dashed.
    func testTextColoursAndDashes() throws {
        let group = try self.group()
        let head = try XCTUnwrap(group.children.first { $0.text.contains("Kepala Kantor Wilayah") })
        XCTAssertTrue(head.all("w:color").allSatisfy { $0["w:val"] == "FFFFFF" })
        XCTAssertFalse(head.all("w:color").isEmpty)
        let light = try XCTUnwrap(group.children.first { $0.text.contains("Divisi Administrasi") })
        XCTAssertTrue(light.all("w:color").isEmpty)
        XCTAssertEqual(group.all("a:prstDash").count, 1)
    }

    /// Without a drawing (no layout pass) nothing is written rather than a broken shape.
    func testNoDrawingWritesNothing() throws {
        let body = try DocxPackage(document([.orgChart(OrgChart(root: OrgNode(title: "Kepala")))])).body
        XCTAssertTrue(body.all("wpg:wgp").isEmpty)
    }
}
