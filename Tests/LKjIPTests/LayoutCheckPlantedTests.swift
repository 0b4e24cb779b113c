import Foundation
@testable import LKjIP
import LKjIPDocument
import LKjIPDocx
import LKjIPLayout
import TestSupport
import XCTest
import ZIPFoundation

/// Every class of page defect `lkjip lint` claims, planted in a small document that is laid
/// out by LibreOffice, read back with poppler, and checked: the finding must name the class
/// and the page the defect is on. The documents skip lkjip's layout pass (which exists to
/// prevent these defects), and where lkjip's own keeps would still prevent one, the .docx
/// is edited to plant it (a page break where none belongs). Pages are known by
/// construction: page 1 is the first page, a break starts page 2.
///
/// Needs LibreOffice (python3-uno) and poppler; skipped without them unless
/// LKJIP_REQUIRE_TOOLS=1.
final class LayoutCheckPlantedTests: XCTestCase {
    nonisolated(unsafe) static var session: LibreOffice?
    nonisolated(unsafe) static var work: URL?

    override class func tearDown() {
        session?.close()
        session = nil
        if let work { try? FileManager.default.removeItem(at: work) }
        super.tearDown()
    }

    func office() throws -> (LibreOffice, URL) {
        _ = try ToolCheck.require(LibreOffice.isAvailable && LibreOffice.hasPoppler ? true : nil, "LibreOffice with python3-uno, and poppler-utils")
        if Self.session == nil {
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-planted-\(getpid())")
            try? FileManager.default.removeItem(at: work)
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            Self.work = work
            Self.session = try LibreOffice(work: work)
        }
        return (Self.session!, Self.work!)
    }

    /// Numbers the document (anchors, captions), writes it, optionally edits its
    /// document.xml, lays it out and checks it.
    func findings(_ blocks: [Block], sections more: [Section] = [], edit: ((String) -> String)? = nil) throws -> [LayoutCheck.Finding] {
        let (session, work) = try office()
        var document = Document(metadata: Metadata(title: "Uji"), sections: [Section(blocks: blocks)] + more)
        DocumentNumbering.apply(&document)
        var docx = try DocxWriter.write(document)
        if let edit { docx = try Self.rewrite(docx, part: "word/document.xml", edit) }
        let pdf = work.appendingPathComponent("planted.pdf")
        let pages = try session.layout(docx, pdf: pdf)
        return try LayoutCheck.check(pdf: pdf, document: document, physical: pages)
    }

    /// The package with one part's text replaced.
    static func rewrite(_ data: Data, part: String, _ edit: (String) -> String) throws -> Data {
        let source = try Archive(data: data, accessMode: .read)
        let target = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var content = Data()
            _ = try source.extract(entry) { content.append($0) }
            if entry.path == part { content = Data(edit(String(decoding: content, as: UTF8.self)).utf8) }
            let bytes = content
            try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(target.data)
    }

    static let pageBreak = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"

    /// document.xml with a page-break paragraph before the paragraph holding `text`.
    static func breakBefore(_ text: String, in xml: String) -> String {
        guard let found = xml.range(of: text), let start = xml.range(of: "<w:p>", options: .backwards, range: xml.startIndex..<found.lowerBound) else { return xml }
        var edited = xml
        edited.insert(contentsOf: pageBreak, at: start.lowerBound)
        return edited
    }

    func paragraph(_ text: String, bold: Bool = false) -> Block {
        .paragraph(Paragraph(content: [.text(text, bold ? .bold : [])]))
    }

    func assertFinding(_ findings: [LayoutCheck.Finding], _ kind: LayoutCheck.Finding.Kind, page: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(findings.contains { $0.kind == kind && $0.page == page }, "expected \(kind) on page \(page), found: \(findings)", file: file, line: line)
    }

    let signature = Block.signature(SignatureBlock(placeAndDate: "Padang, 5 Januari 2023",
        left: Signatory(roleLines: ["Pihak Kedua,", "Kepala Kantor Wilayah"], name: "Haris Sukamto", identifier: "NIP. 19660605 198911 1 001"),
        right: Signatory(roleLines: ["Pihak Pertama,", "Kepala Divisi Administrasi"], name: "Ramelan Suprihadi", identifier: "NIP. 19681209 199403 1 001")))

    func table(rows: Int, caption: String? = nil, header: Int = 1) -> Table {
        var rowsList = [TableRow(cells: [.text("No", bold: true), .text("Uraian Kegiatan", bold: true)])]
        for index in 1...rows { rowsList.append(TableRow(cells: [.text("\(index).") , .text("Kegiatan nomor \(index) kantor wilayah")])) }
        return Table(columnWidths: [1, 6], headerRowCount: header, rows: rowsList, caption: caption.map { Caption(.table, $0) })
    }

    // MARK: - Page defects

    /// A signature block alone on page 2, away from the text it signs.
    func testLonelySignature() throws {
        let found = try findings([paragraph("Demikian perjanjian ini dibuat untuk dilaksanakan."), .pageBreak, signature])
        assertFinding(found, .lonelySignature, page: 2)
    }

    /// The same signature with its text on its page is not reported.
    func testSignatureWithItsTextIsNotLonely() throws {
        let found = try findings([paragraph("Demikian perjanjian ini dibuat untuk dilaksanakan."), signature])
        XCTAssertFalse(found.contains { $0.kind == .lonelySignature }, "\(found)")
    }

    /// A heading that ends page 1; its text starts page 2.
    func testLonelyHeading() throws {
        let heading = Block.heading(Heading(level: 2, content: [.text("REALISASI ANGGARAN KANTOR")], anchor: "realisasi"))
        let found = try findings([paragraph("Pendahuluan bab ini."), heading, paragraph("Isi bagian realisasi anggaran.")],
                                 edit: { Self.breakBefore("Isi bagian", in: $0) })
        assertFinding(found, .lonelyHeading, page: 1)
    }

    /// A page with a line of text before a change of orientation, no chapter after it.
    func testNearlyEmptyPageBeforeLandscape() throws {
        let found = try findings([paragraph("Satu baris saja.")], sections: [Section(orientation: .landscape, blocks: [.table(table(rows: 3, caption: "Lebar"))])])
        assertFinding(found, .emptyPage, page: 1)
    }

    /// A short table the layout keeps whole, whose keeps are lost in the file (planted: the
    /// .docx without `w:keepNext`), splits at the foot of page 1.
    func testKeptTableThatSplits() throws {
        var kept = table(rows: 8, caption: "Daftar Kegiatan")
        kept.keepTogether = true
        let filler = (1...21).map { paragraph("Paragraf pengisi nomor \($0) sebelum tabel.") }
        let found = try findings(filler + [.table(kept)], edit: { $0.replacingOccurrences(of: "<w:keepNext/>", with: "") })
        assertFinding(found, .splitTable, page: 1)
    }

    /// A caption on page 1 whose table starts on page 2.
    func testDetachedCaption() throws {
        let found = try findings([paragraph("Berikut tabelnya:"), .table(table(rows: 3, caption: "Rekapitulasi Kegiatan"))],
                                 edit: { $0.replacingOccurrences(of: "<w:tbl>", with: Self.pageBreak + "<w:tbl>") })
        assertFinding(found, .detachedCaption, page: 1)
    }

    /// A table that starts with two of its rows at the foot of page 1: its third row is too
    /// tall for the rest of the page and cannot split.
    func testTableStartingWithTwoRows() throws {
        var tall = table(rows: 4, caption: "Kegiatan Pendukung")
        tall.rows[3].cells[1] = .text(Array(repeating: "Uraian panjang kegiatan pendukung sasaran kantor wilayah.", count: 40).joined(separator: " "))
        let filler = (1...16).map { paragraph("Paragraf pengisi nomor \($0) sebelum tabel.") }
        let found = try findings(filler + [.table(tall)])
        assertFinding(found, .shortTableStart, page: 1)
    }

    /// A sasaran spanning two indicator rows whose first row ends page 1: LibreOffice prints
    /// the sasaran's name (five lines in its column) on page 2, beside nothing on page 1.
    /// Higher on the page (14 paragraphs before the table) the span is whole and not reported.
    func testSpanWhoseTextGoesToTheNextPage() throws {
        func spanned() -> Table {
            Table(columnWidths: [3, 4, 1], headerRowCount: 1, rows: [
                TableRow(cells: [.text("Sasaran", bold: true), .text("Indikator", bold: true), .text("Target", bold: true)]),
                TableRow(cells: [.text("Sasaran pertama kantor"), .text("Indikator satu kantor wilayah"), .text("90%")]),
                TableRow(cells: [.text("Meningkatnya kualitas penyelenggaraan pemasyarakatan di bidang keamanan dan ketertiban di seluruh unit pelaksana teknis wilayah provinsi", rowSpan: 2),
                                 .text("Persentase pengaduan yang diselesaikan"), .text("85%")]),
                TableRow(cells: [.text("Persentase pencegahan gangguan kamtib"), .text("80%")]),
            ], caption: Caption(.table, "Capaian Kinerja"))
        }
        let low = try findings((1...22).map { paragraph("Paragraf pengisi nomor \($0) sebelum tabel.") } + [.table(spanned())])
        assertFinding(low, .splitSpan, page: 1)
        let high = try findings((1...14).map { paragraph("Paragraf pengisi nomor \($0) sebelum tabel.") } + [.table(spanned())])
        XCTAssertFalse(high.contains { $0.kind == .splitSpan }, "\(high)")
    }

    /// A header cell spanning two one-line header rows, its text five lines in a narrow
    /// column, without the row height the layout pass gives it: LibreOffice cuts it.
    func testClippedHeaderCell() throws {
        var clipped = Table(columnWidths: [1, 1, 1, 4], headerRowCount: 2, rows: [
            TableRow(cells: [.text("Capaian Terhadap Sasaran Akhir Periode Rencana Strategis", rowSpan: 2, bold: true), .text("Realisasi", colSpan: 2, bold: true), .text("Uraian", rowSpan: 2, bold: true)]),
            TableRow(cells: [.text("2022", bold: true), .text("2023", bold: true)]),
            TableRow(cells: [.text("90%"), .text("80"), .text("85"), .text("Kegiatan satu")]),
        ], caption: Caption(.table, "Capaian Renstra"))
        clipped.widths = [50, 60, 60, 226]
        let found = try findings([.table(clipped)])
        assertFinding(found, .clippedHeader, page: 1)
    }

    /// The key of a chart on the page after the chart.
    func testChartKeyApartFromItsChart() throws {
        let chart = Chart(caption: Caption(.chart, "Capaian Indikator"), categories: ["1", "2"], key: ["1. Persentase layanan hukum yang selesai", "2. Indeks kepuasan masyarakat wilayah"],
                          series: [ChartSeries(name: "Target", values: [100, 100], color: "A6A6A6", measured: false), ChartSeries(name: "Capaian", values: [90, 120], color: "1F4E79")],
                          axis: ValueAxis(title: "Capaian (%)", maximum: 150, majorUnit: 50, labels: ["0", "50", "100", "150"], numberFormat: "0"))
        let found = try findings([.chart(chart)], edit: { Self.breakBefore("1. Persentase layanan", in: $0) })
        assertFinding(found, .detachedKey, page: 1)
    }

    /// A word wider than its column is broken by LibreOffice inside the cell.
    func testBrokenWordInACell() throws {
        var narrow = Table(columnWidths: [1, 5], rows: [TableRow(cells: [.text("Pemasyarakatan"), .text("Divisi yang membina warga binaan")])])
        narrow.widths = [56, 300]
        let found = try findings([.table(narrow)])
        assertFinding(found, .brokenWord, page: 1)
    }
}
