import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// Issue 25: a table's cells are placed and measured once per size (`TableMetrics`) for all
/// the tries of the layout pass; the widths and heights are the ones measuring each cell
/// anew gives (the bundled reports' .docx are byte-identical with and without the cache).
final class TableMetricsTests: XCTestCase {
    /// A header cell spanning two rows, a body cell spanning two columns, bold and plain.
    static let table = Table(columnWidths: [1, 3, 2], headerRowCount: 2, rows: [
        TableRow(cells: [.text("NO", rowSpan: 2, bold: true), .text("PERTANGGUNGJAWABAN", bold: true), .text("KETERANGAN", bold: true)]),
        TableRow(cells: [.text("Indikator", bold: true), .text("Kinerja", bold: true)]),
        TableRow(cells: [.text("1."), .text("Persentase penyelesaian layanan administrasi hukum umum", colSpan: 2)]),
        TableRow(cells: [.text("2."), .text("Indeks kepuasan"), .text("Sangat baik sekali")]),
    ])

    func testMeasuredOnceGivesWhatMeasuringAnewGives() {
        let settings = LayoutSettings()
        let metrics = TableMetrics(Self.table)
        for size in [10.0, 9.0] {
            for comfortable in [true, false] {
                XCTAssertEqual(TableLayout.minimumWidths(Self.table, size: size, settings: settings, comfortable: comfortable, metrics: metrics),
                               TableLayout.minimumWidths(Self.table, size: size, settings: settings, comfortable: comfortable), "\(size) \(comfortable)")
            }
            XCTAssertEqual(TableLayout.contentWidths(Self.table, size: size, settings: settings, metrics: metrics),
                           TableLayout.contentWidths(Self.table, size: size, settings: settings))
        }
        var sized = Self.table
        sized.widths = [40, 200, 150]
        XCTAssertEqual(Height.rows(sized, settings: settings, metrics: metrics), Height.rows(sized, settings: settings))
        sized.fontSize = 9
        XCTAssertEqual(Height.rows(sized, settings: settings, metrics: metrics), Height.rows(sized, settings: settings))
    }

    /// The grid positions: "Indikator" stands in column 1 (column 0 is covered by "NO"
    /// spanning two rows), the spanning body cell in column 1.
    func testCellsArePlacedOnTheGrid() {
        let placed = TableMetrics(Self.table).placed.map { "\($0.row),\($0.column)" }
        XCTAssertEqual(placed, ["0,0", "0,1", "0,2", "1,1", "1,2", "2,0", "2,1", "3,0", "3,1", "3,2"])
    }

    /// A table tightened after it spilled keeps its last three rows together as well.
    func testATightenedTableKeepsItsLastRowsTogether() throws {
        var rows = [TableRow(cells: [.text("No", bold: true), .text("Uraian", bold: true)])]
        for index in 1...6 { rows.append(TableRow(cells: [.text("\(index)."), .text("Baris ke-\(index) dari tabel yang panjang")])) }
        var table = Table(columnWidths: [1, 6], headerRowCount: 1, rows: rows)
        var caption = Caption(.table, "Uji")
        caption.anchor = "tabel-uji"
        table.caption = caption
        var document = laidOut(document([.table(table)]))
        XCTAssertTrue(DocumentLayout.tighten(["tabel-uji"], in: &document))
        let result = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(result.fontSize, 9)
        XCTAssertEqual(result.keepLastRows, 3)
    }
}
