import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// Room for the page number in DAFTAR ISI / TABEL (`ContentsLayout`): an entry whose last line
/// would run into the dot leader and the number gets a line break before its last word.
///
/// Widths are Liberation Sans Regular at 11 pt, from fontTools (advance × 11 / 2048 summed
/// over the characters, space = 3.056 pt), set greedily on the portrait text width 396.85 pt;
/// an entry needs a break when its last line is longer than its line width minus 42 pt:
///
/// - "Capaian Indikator Kinerja Kegiatan Divisi Pelayanan Hukum dan Hak Asasi" = 366.25 pt on
///   one line: more than 396.85 − 42 = 354.85 → break before "Asasi" (71 − 5 = offset 66).
/// - "2. Perbandingan Realisasi Kinerja Administrasi dengan Target Renstra" = 344.86 pt: as a
///   level-2 heading (indent 22 pt: 374.85 − 42 = 332.85) a break before "Renstra" (68 − 7 =
///   61); as a level-1 heading (354.85) none.
/// - "BAB I PENDAHULUAN" = 114.31 pt: none.
/// - "C. CAPAIAN KINERJA ORGANISASI DAN AKUNTABILITAS KEUANGAN KANTOR": 363.08 pt, then
///   "KANTOR" (45.84 pt) alone on the second line: none.
/// - The caption "Tabel 3.4 Realisasi Anggaran … Sumatera Barat 2023" (125 characters): first
///   line "… Kantor Wilayah" 336.89 pt ("Kementerian", 62.37 pt, does not fit the 59.96 pt
///   left), second line "Kementerian … Barat 2023" 326.50 pt on the hanging-indent width
///   396.85 − 56.7 = 340.15 pt: more than 340.15 − 42 = 298.15 → break before "2023"
///   (125 − 4 = 121). On the full width (354.85) it would need none.
final class ContentsLayoutTests: XCTestCase {
    static let width = Page.portrait

    private func heading(_ text: String, level: Int = 1) -> ContentsEntry {
        ContentsEntry(kind: .heading(level: level), text: text, anchor: "h")
    }

    func testLongOneLineHeadingBreaksBeforeItsLastWord() {
        let text = "Capaian Indikator Kinerja Kegiatan Divisi Pelayanan Hukum dan Hak Asasi"
        XCTAssertEqual(text.count, 71)
        let wrap = ContentsLayout.wrap(heading(text), width: Self.width)
        XCTAssertEqual(wrap, 66)
        if let wrap { XCTAssertEqual(String(text.dropFirst(wrap)), "Asasi") }
    }

    func testIndentOfTheLevelCounts() {
        let text = "2. Perbandingan Realisasi Kinerja Administrasi dengan Target Renstra"
        XCTAssertEqual(text.count, 68)
        XCTAssertEqual(ContentsLayout.wrap(heading(text, level: 2), width: Self.width), 61)
        XCTAssertNil(ContentsLayout.wrap(heading(text, level: 1), width: Self.width))
    }

    func testShortEntryGetsNoBreak() {
        XCTAssertNil(ContentsLayout.wrap(heading("BAB I PENDAHULUAN"), width: Self.width))
        XCTAssertNil(ContentsLayout.wrap(heading("PENDAHULUAN"), width: Self.width), "one word cannot break")
    }

    func testEntryWhoseLastLineIsShortGetsNoBreak() {
        XCTAssertNil(ContentsLayout.wrap(heading("C. CAPAIAN KINERJA ORGANISASI DAN AKUNTABILITAS KEUANGAN KANTOR"), width: Self.width))
    }

    func testCaptionContinuationUsesTheHangingIndent() {
        let text = "Tabel 3.4 Realisasi Anggaran Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Sumatera Barat 2023"
        XCTAssertEqual(text.count, 125)
        let entry = ContentsEntry(kind: .caption(.table), text: text, anchor: "tabel-3-4")
        XCTAssertEqual(ContentsLayout.wrap(entry, width: Self.width), 121)
    }

    /// Through `DocumentLayout.apply`: the document's contents get their breaks, on the
    /// portrait text width of the page.
    func testDocumentLayoutSetsWrapAt() {
        var doc = document([paragraph("Isi.")])
        doc.contents = [
            heading("Capaian Indikator Kinerja Kegiatan Divisi Pelayanan Hukum dan Hak Asasi"),
            heading("BAB I PENDAHULUAN"),
        ]
        let result = laidOut(doc)
        XCTAssertEqual(result.contents.map(\.wrapAt), [66, nil])
    }
}
