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

    /// The Word SEQ field names: Tabel, Grafik, Gambar, as Indonesian reports title them,
    /// and the printed word when the report gives none.
    func testKindSequenceNames() {
        XCTAssertEqual(CaptionKind.table.sequence, "Tabel")
        XCTAssertEqual(CaptionKind.chart.sequence, "Grafik")
        XCTAssertEqual(CaptionKind.figure.sequence, "Gambar")
    }

    /// The office's word (kata.yaml's `label_tabel`) is printed instead of the field name.
    func testPrintedWordIsTheOfficesWord() {
        var caption = Caption(.table, "Realisasi Anggaran")
        caption.number = "2.1"
        caption.word = "Tab."
        XCTAssertEqual(caption.full, "Tab. 2.1 Realisasi Anggaran")
        XCTAssertEqual(caption.label, "Tab.")
    }
}
