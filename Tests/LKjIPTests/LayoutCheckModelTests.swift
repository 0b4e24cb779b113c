import Foundation
@testable import LKjIP
import LKjIPDocument
import LKjIPDocx
import XCTest

/// The classes `lkjip lint` reads from the document model, each planted in a document built
/// by hand (without `DocumentOutline`, which would repair some of them), with the page of
/// every bookmark given as LibreOffice would report it: the finding names the class and the
/// page of the part it is in.
final class LayoutCheckModelTests: XCTestCase {
    func heading(_ level: Int, _ text: String, _ anchor: String) -> Block {
        .heading(Heading(level: level, content: [.text(text)], anchor: anchor))
    }

    func paragraph(_ text: String, bold: Bool = false, keep: Bool = false) -> Block {
        .paragraph(Paragraph(content: [.text(text, bold ? .bold : [])], keepWithNext: keep))
    }

    func findings(_ blocks: [Block], pages: [String: Int]) -> [LayoutCheck.Finding] {
        let document = Document(metadata: Metadata(title: "Uji"), sections: [Section(blocks: blocks)])
        var physical: [String: Int] = [:]
        for (anchor, page) in pages { physical[DocxBookmarks.anchor(anchor)] = page }
        return LayoutCheck.model(document, physical: physical)
    }

    /// "B. REALISASI ANGGARAN" directly followed by "C. CAPAIAN…": B has nothing under it.
    func testEmptyPart() {
        let found = findings([
            heading(1, "BAB III AKUNTABILITAS KINERJA", "bab-3"), heading(2, "A. CAPAIAN", "a"), paragraph("Isi."),
            heading(2, "B. REALISASI ANGGARAN", "b"), heading(2, "C. CAPAIAN KINERJA ANGGARAN", "c"), paragraph("Isi C."),
        ], pages: ["bab-3": 40, "a": 40, "b": 52, "c": 52])
        XCTAssertEqual(found.filter { $0.kind == .emptyPart }.map(\.page), [52])
        XCTAssertTrue(found.contains { $0.message.contains("B. REALISASI ANGGARAN") })
    }

    /// A sub-heading with content under a heading keeps the heading from being empty.
    func testPartWithASubPartIsNotEmpty() {
        let found = findings([heading(2, "C. CAPAIAN", "c"), heading(3, "1. SMART DJA", "c1"), paragraph("Nilai.")], pages: ["c": 3, "c1": 3])
        XCTAssertFalse(found.contains { $0.kind == .emptyPart })
    }

    /// Run-in titles typed "a." then "e." (b–d left out): the lettering jumps, on the page of
    /// the heading the titles are under.
    func testLetteringGap() {
        let found = findings([
            heading(3, "1. CAPAIAN KINERJA DIVISI ADMINISTRASI", "d1"),
            paragraph("a. Perbandingan antara Target dan Realisasi", bold: true, keep: true), paragraph("Isi."),
            paragraph("e. Penyebab keberhasilan", bold: true, keep: true), paragraph("Isi."),
        ], pages: ["d1": 31])
        XCTAssertEqual(found.filter { $0.kind == .letteringGap }.map(\.page), [31])
    }

    /// Headings numbered A, B, C are fine; a heading numbered by `DocumentOutline` after an
    /// omission is too.
    func testComputedLetteringRunsOn() {
        var document = Document(metadata: Metadata(title: "Uji"), sections: [Section(blocks: [
            .heading(Heading(level: 2, content: [.text("SATU")], anchor: "s1", numbering: .upperLetter)), paragraph("Isi."),
            .heading(Heading(level: 2, content: [.text("DUA")], anchor: "s2", numbering: .upperLetter)),
            .heading(Heading(level: 2, content: [.text("TIGA")], anchor: "s3", numbering: .upperLetter)), paragraph("Isi."),
        ])])
        DocumentNumbering.apply(&document)
        XCTAssertFalse(LayoutCheck.model(document, physical: [:]).contains { $0.kind == .letteringGap || $0.kind == .emptyPart })
    }

    /// A heading inside a table cell (the old keep-together wrapper).
    func testHeadingInATable() {
        let wrapper = Table(columnWidths: [1], rows: [TableRow(cells: [TableCell(blocks: [heading(2, "B. PERJANJIAN KINERJA", "pk")])])], borders: false)
        let found = findings([heading(1, "BAB II", "bab-2"), .table(wrapper)], pages: ["bab-2": 20, "pk": 22])
        XCTAssertEqual(found.filter { $0.kind == .headingInTable }.map(\.page), [22])
    }

    func chart(_ capaian: [Double?], axisFrom minimum: Double = 0) -> Block {
        var caption = Caption(.chart, "Capaian")
        caption.anchor = "grafik-3-1"
        return .chart(Chart(caption: caption, categories: capaian.indices.map { "\($0 + 1)" },
                            series: [ChartSeries(name: "Target", values: capaian.map { _ in 100 }, color: "A6A6A6", measured: false),
                                     ChartSeries(name: "Capaian", values: capaian, color: "1F4E79")],
                            axis: ValueAxis(title: "Capaian (%)", minimum: minimum, maximum: 200, majorUnit: 50, labels: [], numberFormat: "0")))
    }

    /// A chart with target bars only (no realisasi).
    func testChartWithoutRealisasi() {
        let found = findings([chart([nil, nil])], pages: ["grafik-3-1": 35])
        XCTAssertEqual(found.filter { $0.kind == .emptyChart }.map(\.page), [35])
    }

    /// A capaian of -14% on an axis from 0: its bar is not drawn.
    func testNegativeValueBelowTheAxis() {
        let found = findings([chart([120, -14])], pages: ["grafik-3-1": 36])
        XCTAssertEqual(found.filter { $0.kind == .chartAxis }.map(\.page), [36])
        XCTAssertTrue(findings([chart([120, -14], axisFrom: -50)], pages: ["grafik-3-1": 36]).allSatisfy { $0.kind != .chartAxis })
    }

    /// An organisation chart box set in 6,5 pt with text that does not fit: both reported.
    func testOrgChartTextTooSmallAndCut() {
        var org = OrgChart(root: OrgNode(title: "Kepala"), caption: Caption(.figure, "Struktur"))
        org.caption?.anchor = "gambar-1-1"
        org.drawing = OrgDrawing(width: 300, height: 40, boxes: [
            OrgBox(x: 0, y: 0, width: 60, height: 20, title: "Lembaga Pembinaan Khusus Anak (LPKA)", detail: "2 satker", fill: "F2F2F2", fontSize: 6.5),
        ], lines: [])
        let found = findings([.orgChart(org)], pages: ["gambar-1-1": 9]).filter { $0.kind == .orgChartText }
        XCTAssertEqual(Set(found.map(\.page)), [9])
        XCTAssertTrue(found.contains { $0.message.contains("6.5 pt") })
        XCTAssertTrue(found.contains { $0.message.contains("cut") })
    }
}
