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

    /// A UPTD that signs its own PK is a division of the Dinas and one of its kinds of unit:
    /// drawn once, as the division with its head; the other kind (4 puskesmas) stays.
    func testAUnitKindThatIsADivisionIsDrawnOnce() throws {
        let report = try ExampleReport.load("dinkes-lembah-sari-2025")
        let chart = OrgChartBuilder.make(report, wording: try ExampleReport.wording(report))
        XCTAssertTrue(chart.root.children.map(\.title).contains("UPTD Instalasi Farmasi Kesehatan"))
        XCTAssertEqual(chart.related.map(\.title), ["UPTD Puskesmas"])
        XCTAssertEqual(chart.related.map(\.detail), ["4 unit kerja"])
    }
}
