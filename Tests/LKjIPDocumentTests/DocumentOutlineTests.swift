import LKjIPDocument
import XCTest

/// Empty parts are left out of the document and of DAFTAR ISI, and the letters of the parts
/// kept are computed after the omission.
final class DocumentOutlineTests: XCTestCase {
    func heading(_ level: Int, _ text: String, _ numbering: HeadingNumbering? = nil) -> Block {
        .heading(Heading(level: level, content: [.text(text)], anchor: text, numbering: numbering))
    }

    func text(_ value: String) -> Block { .paragraph(Paragraph(content: [.text(value)])) }

    func outlined(_ blocks: [Block]) -> Document {
        var document = Document(metadata: Metadata(title: "Uji"), sections: [Section(blocks: blocks)])
        DocumentNumbering.apply(&document)
        return document
    }

    func headings(_ document: Document) -> [String] {
        document.sections.flatMap(\.blocks).compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.displayContent.plainText }
            return nil
        }
    }

    /// BAB III of the example without realisasi: B has no table and no narasi, C's two
    /// sub-parts are empty, so C is empty too; D follows A and becomes B. The chapter stays.
    func testEmptyPartsAreLeftOutAndLettersRunOn() {
        let document = outlined([
            heading(1, "BAB III AKUNTABILITAS KINERJA"),
            heading(2, "CAPAIAN KINERJA ORGANISASI", .upperLetter), text("Isi A."),
            heading(2, "REALISASI ANGGARAN", .upperLetter),
            heading(2, "CAPAIAN KINERJA ANGGARAN", .upperLetter), heading(3, "SMART DJA", .decimal), heading(3, "IKPA", .decimal),
            heading(2, "CAPAIAN KINERJA LAINNYA", .upperLetter), heading(3, "e-Performance", .decimal), text("Isi."),
        ])
        XCTAssertEqual(headings(document), ["BAB III AKUNTABILITAS KINERJA", "A. CAPAIAN KINERJA ORGANISASI", "B. CAPAIAN KINERJA LAINNYA", "1. e-Performance"])
        XCTAssertEqual(document.contents.map(\.text), ["BAB III AKUNTABILITAS KINERJA", "A. CAPAIAN KINERJA ORGANISASI", "B. CAPAIAN KINERJA LAINNYA", "1. e-Performance"])
    }

    /// The run-in parts a.–h. of a unit: "e. Penyebab…" with nothing under it is left out and
    /// "f." becomes "e."; each unit (a heading of a higher level) starts again at "a".
    func testRunInPartsRestartUnderEachUnit() {
        let document = outlined([
            heading(3, "CAPAIAN KINERJA DIVISI ADMINISTRASI", .decimal),
            heading(5, "Perbandingan Target dan Realisasi", .lowerLetter), text("Tabel."),
            heading(5, "Penyebab keberhasilan", .lowerLetter),
            heading(5, "Analisis Efisiensi", .lowerLetter), text("Tabel."),
            heading(3, "CAPAIAN KINERJA DIVISI PEMASYARAKATAN", .decimal),
            heading(5, "Perbandingan Target dan Realisasi", .lowerLetter), text("Tabel."),
        ])
        XCTAssertEqual(headings(document), [
            "1. CAPAIAN KINERJA DIVISI ADMINISTRASI", "a. Perbandingan Target dan Realisasi", "b. Analisis Efisiensi",
            "2. CAPAIAN KINERJA DIVISI PEMASYARAKATAN", "a. Perbandingan Target dan Realisasi",
        ])
    }

    /// A page break is no content; a chapter heading is never left out.
    func testPageBreakIsNoContentAndChaptersStay() {
        let document = outlined([heading(1, "LAMPIRAN"), heading(2, "DOKUMENTASI", .decimal), .pageBreak, heading(2, "APLIKASI", .decimal), text("Gambar.")])
        XCTAssertEqual(headings(document), ["LAMPIRAN", "1. APLIKASI"])
    }

    /// Numbering twice gives the same labels (the outline is recomputed, not appended).
    func testIdempotent() {
        var document = outlined([heading(2, "SATU", .upperLetter), text("x"), heading(2, "DUA", .upperLetter), text("y")])
        DocumentNumbering.apply(&document)
        XCTAssertEqual(headings(document), ["A. SATU", "B. DUA"])
    }

    /// Labels past Z run on as AA, AB (as spreadsheet columns), by hand.
    func testLabels() {
        XCTAssertEqual(HeadingNumbering.upperLetter.label(1), "A")
        XCTAssertEqual(HeadingNumbering.upperLetter.label(26), "Z")
        XCTAssertEqual(HeadingNumbering.upperLetter.label(27), "AA")
        XCTAssertEqual(HeadingNumbering.lowerLetter.label(5), "e")
        XCTAssertEqual(HeadingNumbering.decimal.label(12), "12")
    }
}
