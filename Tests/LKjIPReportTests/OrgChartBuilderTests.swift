import LKjIPDocument
@testable import LKjIPReport
import XCTest

/// The organisation chart from organisasi.yaml and pejabat.yaml.
final class OrgChartBuilderTests: XCTestCase {
    /// The head of office on top (position and name with titles), the divisions below with
    /// their heads (an acting head marked "(Plt.)"/"(Plh.)", since the box does not print the
    /// position), the UPT kinds related (2 LAPAS, 1 RUTAN; the kanwil itself is not a UPT).
    func testChartFromOrganisasi() throws {
        let chart = OrgChartBuilder.make(try SmallReport.report, wording: try SmallReport.wording)
        XCTAssertEqual(chart.root.title, "Kepala Kantor Wilayah")
        XCTAssertEqual(chart.root.detail, "Dr. Haris Sukamto, S.H., M.H.")
        XCTAssertEqual(chart.root.children.map(\.title), ["Divisi Administrasi", "Divisi Pemasyarakatan"])
        XCTAssertEqual(chart.root.children.map(\.detail), ["Ramelan Suprihadi (Plt.)", "Siti Aminah, S.H. (Plh.)"])
        XCTAssertEqual(chart.related.map(\.title), ["LAPAS", "RUTAN"])
        XCTAssertEqual(chart.related.map(\.detail), ["2 satker", "1 satker"])
        XCTAssertNil(chart.drawing, "placed by the layout pass")
    }
}
