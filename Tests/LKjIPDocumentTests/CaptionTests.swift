import LKjIPDocument
import XCTest

/// Caption wording: the Indonesian word, the number, the text.
final class CaptionTests: XCTestCase {
    /// Before numbering the caption is its text alone; after, "Tabel 3.2 ...".
    func testFullTextBeforeAndAfterNumbering() {
        var caption = Caption(.table, "Realisasi Anggaran")
        XCTAssertEqual(caption.full, "Realisasi Anggaran")
        caption.number = "3.2"
        XCTAssertEqual(caption.full, "Tabel 3.2 Realisasi Anggaran")
    }

    /// Tabel, Grafik, Gambar, as Indonesian reports title them.
    func testKindWords() {
        XCTAssertEqual(CaptionKind.table.word, "Tabel")
        XCTAssertEqual(CaptionKind.chart.word, "Grafik")
        XCTAssertEqual(CaptionKind.figure.word, "Gambar")
    }
}
