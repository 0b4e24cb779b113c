import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// `DocumentLayout.size`: when a table goes on a landscape page. A portrait page is kept
/// unless landscape saves more than `landscapeSaving` (0.75) of a page in height; `portrait`
/// tables never turn.
///
/// Hand figures (Liberation Sans Regular via fontTools, see `ContentsLayoutTests`):
/// - "layanan hukum dan hak asasi manusia" is 172.89 pt at 10 pt (155.60 at 9), its longest
///   word "manusia" 37.80 pt. Six such columns: comfortably each needs min(72, 172.89) + 14 =
///   86 pt, 6 × 86 = 516 > 396.85 (portrait) but ≤ 643.45 (landscape); at their longest word
///   6 × (37.80 + 14) = 310.8 ≤ 396.85, so portrait fits, not comfortably. Portrait columns of
///   396.85 / 6 = 66.1 pt (52.1 for text) set it in ⌈172.89 / 52.1 × 1.15⌉ = 4 lines (the
///   layout's conservative estimate), landscape columns of 643.45 / 6 = 107.2 pt in
///   ⌈172.89 / 93.2 × 1.15⌉ = 3: one line of 12.5 pt saved per row.
/// - "Pelaksanaan pembinaan … kabupaten dan kota" is 472.55 pt at 10 pt. Three such columns fit
///   portrait comfortably (3 × 86 = 258); portrait columns of 132.3 pt (118.3 for text) need
///   ⌈472.55 / 118.3 × 1.15⌉ = 5 lines, landscape columns of 214.5 pt ⌈472.55 / 200.5 × 1.15⌉ =
///   3: two lines (25 pt) saved per row.
/// - A portrait A4 page holds 841.9 − 113.4 − 85.05 = 643.45 pt of text; 0.75 of it is 482.6 pt.
///   3 rows save 37.5 pt or 75 pt (stay portrait); 80 rows of the first kind save 1000 pt and 30
///   rows of the second 750 pt (landscape).
final class DocumentLayoutOrientationTests: XCTestCase {
    static let short = "layanan hukum dan hak asasi manusia"
    static let long = "Pelaksanaan pembinaan dan pengawasan layanan hukum bagi masyarakat di seluruh kabupaten dan kota"

    private func table(columns: Int, rows: Int, text: String, portrait: Bool = false) -> Table {
        var table = Table(columnWidths: Array(repeating: 1, count: columns), headerRowCount: 1, rows:
            [TableRow(cells: (1...columns).map { .text("Kolom \($0)", bold: true) })] +
            (0..<rows).map { _ in TableRow(cells: (0..<columns).map { _ in .text(text) }) })
        table.portrait = portrait
        return table
    }

    private func orientations(_ table: Table) -> [Orientation] {
        laidOut(document([paragraph("Sebelum tabel."), .table(table), paragraph("Sesudah tabel.")])).sections.map(\.orientation)
    }

    /// Six columns of running text do not fit a portrait page comfortably, but the table is
    /// small: a landscape page would save one line per row, 37.5 pt, far less than 482.6 pt.
    func testSmallTableThatDoesNotFitComfortablyStaysPortrait() throws {
        XCTAssertGreaterThan(6 * (72 + Page.padding), Page.portrait, "not comfortable on portrait")
        XCTAssertLessThanOrEqual(6 * (37.80 + Page.padding), Page.portrait, "fits at its longest words")
        let small = table(columns: 6, rows: 3, text: Self.short)
        XCTAssertEqual(orientations(small), [.portrait])
        let sized = try XCTUnwrap(tables(laidOut(document([.table(small)]))).first)
        XCTAssertLessThanOrEqual(try XCTUnwrap(sized.widths).reduce(0, +), Page.portrait + 0.001)
    }

    /// The same six columns over 80 rows: landscape saves about 1000 pt, more than 0.75 of a
    /// page, and the table turns (with the text before and after staying portrait).
    func testLongNarrowTableGoesLandscape() {
        XCTAssertEqual(orientations(table(columns: 6, rows: 80, text: Self.short)), [.portrait, .landscape, .portrait])
    }

    /// A table that fits portrait comfortably also turns when it is long enough: 30 rows of
    /// three long-text columns save about 750 pt; 3 such rows (75 pt) do not.
    func testComfortableButLongTableGoesLandscape() {
        XCTAssertEqual(orientations(table(columns: 3, rows: 30, text: Self.long)), [.portrait, .landscape, .portrait])
        XCTAssertEqual(orientations(table(columns: 3, rows: 3, text: Self.long)), [.portrait])
    }

    /// `portrait = true` keeps the long table portrait although landscape would save a page
    /// and a half; its widths still fill the portrait text width.
    func testPortraitTableStaysPortrait() throws {
        let forced = table(columns: 6, rows: 80, text: Self.short, portrait: true)
        XCTAssertEqual(orientations(forced), [.portrait])
        var sized = forced
        let orientation = DocumentLayout.size(&sized, available: Page.portrait, landscape: Page.landscape, pageHeight: 643.45, settings: LayoutSettings())
        XCTAssertEqual(orientation, .portrait)
        XCTAssertEqual(try XCTUnwrap(sized.widths).reduce(0, +), Page.portrait, accuracy: 0.7)
        var free = table(columns: 6, rows: 80, text: Self.short)
        XCTAssertEqual(DocumentLayout.size(&free, available: Page.portrait, landscape: Page.landscape, pageHeight: 643.45, settings: LayoutSettings()), .landscape)
    }

    /// The saving is measured against `landscapeSaving`: with a threshold of 2 pages the 80
    /// rows (about 1000 pt saved, 1.55 pages) stay portrait; with 0.75 they turn.
    func testThresholdIsTheSettingsLandscapeSaving() {
        var settings = LayoutSettings()
        settings.landscapeSaving = 2
        var kept = table(columns: 6, rows: 80, text: Self.short)
        XCTAssertEqual(DocumentLayout.size(&kept, available: Page.portrait, landscape: Page.landscape, pageHeight: 643.45, settings: settings), .portrait)
        settings.landscapeSaving = 0.75
        var turned = table(columns: 6, rows: 80, text: Self.short)
        XCTAssertEqual(DocumentLayout.size(&turned, available: Page.portrait, landscape: Page.landscape, pageHeight: 643.45, settings: settings), .landscape)
    }
}
