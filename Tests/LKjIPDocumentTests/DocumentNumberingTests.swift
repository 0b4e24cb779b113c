import Foundation
import LKjIPDocument
import XCTest

/// `DocumentNumbering` assigns caption numbers, anchors and the contents once, for both
/// writers. Expected numbers and anchors are worked out by hand from the rules in the
/// documentation: per chapter "3.1", "3.2" per caption kind; plainly outside chapters; anchors
/// ASCII, starting with a letter, at most 36 characters, unique.
final class DocumentNumberingTests: XCTestCase {
    // MARK: helpers

    func heading(_ text: String, level: Int = 1, chapter: Int? = nil, anchor: String? = nil, toc: Bool = true) -> Block {
        .heading(Heading(level: level, content: [.text(text)], anchor: anchor ?? text, inTableOfContents: toc, chapter: chapter))
    }

    func table(_ caption: String?, cells: [[Block]] = [[.paragraph(Paragraph(content: [.text("x")]))]]) -> Table {
        Table(columnWidths: Array(repeating: 1, count: cells.count), rows: [TableRow(cells: cells.map { TableCell(blocks: $0) })],
              caption: caption.map { Caption(.table, $0) })
    }

    func chart(_ caption: String) -> Block {
        .chart(Chart(caption: Caption(.chart, caption), categories: ["1"], series: [ChartSeries(name: "A", values: [1], color: "000000")],
                     axis: ValueAxis(title: "Persen (%)", maximum: 5, majorUnit: 1, labels: ["0", "1", "2", "3", "4", "5"], numberFormat: "#,##0")))
    }

    func figure(_ caption: String) -> Block {
        .figure(Figure(image: Image(data: Data([1, 2, 3]), format: .png, widthPoints: 10, heightPoints: 10), caption: Caption(.figure, caption)))
    }

    func numbered(_ blocks: [Block], sections more: [[Block]] = []) -> Document {
        var document = Document(metadata: Metadata(title: "Uji"), sections: [Section(blocks: blocks)] + more.map { Section(blocks: $0) })
        DocumentNumbering.apply(&document)
        return document
    }

    /// Every caption in reading order, walking nested blocks (independent of the code's walk).
    func captions(_ document: Document) -> [Caption] {
        var result: [Caption] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .table(let table):
                    if let caption = table.caption { result.append(caption) }
                    for row in table.rows { for cell in row.cells { walk(cell.blocks) } }
                case .list(let list): for item in list.items { walk(item) }
                case .chart(let chart): result.append(chart.caption)
                case .figure(let figure): if let caption = figure.caption { result.append(caption) }
                case .gallery(let gallery): result += gallery.items.compactMap(\.caption)
                case .orgChart(let chart): if let caption = chart.caption { result.append(caption) }
                case .keepTogether(let inner): walk(inner)
                default: break
                }
            }
        }
        for section in document.sections { walk(section.blocks) }
        return result
    }

    func headings(_ document: Document) -> [Heading] {
        var result: [Heading] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading): result.append(heading)
                case .table(let table): for row in table.rows { for cell in row.cells { walk(cell.blocks) } }
                case .list(let list): for item in list.items { walk(item) }
                case .keepTogether(let inner): walk(inner)
                default: break
                }
            }
        }
        for section in document.sections { walk(section.blocks) }
        return result
    }

    // MARK: caption numbers

    /// In BAB III the tables are "Tabel 3.1", "Tabel 3.2" and the chart between them is
    /// "Grafik 3.1": each kind counts on its own within the chapter.
    func testCaptionsAreNumberedPerChapterAndKind() {
        let document = numbered([
            heading("BAB III AKUNTABILITAS KINERJA", chapter: 3),
            .table(table("Capaian Divisi Administrasi")),
            chart("Capaian Indikator"),
            .table(table("Realisasi Anggaran")),
            figure("Kegiatan"),
        ])
        XCTAssertEqual(captions(document).map(\.full), [
            "Tabel 3.1 Capaian Divisi Administrasi", "Grafik 3.1 Capaian Indikator", "Tabel 3.2 Realisasi Anggaran", "Gambar 3.1 Kegiatan",
        ])
        XCTAssertEqual(captions(document).map(\.number), ["3.1", "3.1", "3.2", "3.1"])
    }

    /// A new chapter restarts its counts; a level-2 heading inside a chapter does not.
    func testNextChapterRestartsAndSubheadingsDoNot() {
        let document = numbered([
            heading("BAB III", chapter: 3),
            .table(table("a")),
            heading("A. CAPAIAN", level: 2),
            .table(table("b")),
            heading("BAB IV", chapter: 4),
            .table(table("c")),
        ])
        XCTAssertEqual(captions(document).compactMap(\.number), ["3.1", "3.2", "4.1"])
    }

    /// Front matter (before any chapter) and LAMPIRAN (a level-1 heading without a chapter)
    /// number their captions plainly: "Tabel 1", "Tabel 2".
    func testCaptionsOutsideChaptersArePlain() {
        let front = numbered([.table(table("Ringkasan")), chart("Ikhtisar")])
        XCTAssertEqual(captions(front).map(\.full), ["Tabel 1 Ringkasan", "Grafik 1 Ikhtisar"])

        let annex = numbered([
            heading("BAB IV PENUTUP", chapter: 4),
            .table(table("a")),
            heading("LAMPIRAN"),
            .table(table("Perjanjian Kinerja")),
            .table(table("Rencana Aksi")),
        ])
        XCTAssertEqual(captions(annex).compactMap(\.number), ["4.1", "1", "2"])
    }

    /// Chapters span sections: a landscape section in the middle of BAB III goes on counting.
    func testNumberingCarriesAcrossSections() {
        let document = numbered([heading("BAB III", chapter: 3), .table(table("a"))], sections: [[.table(table("b"))], [.table(table("c"))]])
        XCTAssertEqual(captions(document).compactMap(\.number), ["3.1", "3.2", "3.3"])
    }

    /// A captioned table inside a table cell and one inside a list item are counted where
    /// they stand in reading order (outer table's caption first, it is printed above it).
    func testNestedCaptionsAreCountedInReadingOrder() {
        let inner = table("Di dalam sel")
        let outer = table("Luar", cells: [[.paragraph(Paragraph(content: [.text("sel")]))], [.table(inner)]])
        let list = List(kind: .decimal, items: [[.paragraph(Paragraph(content: [.text("butir")])), .table(table("Di dalam daftar")), figure("Foto di daftar")]])
        let document = numbered([
            heading("BAB II", chapter: 2),
            .table(outer),
            .list(list),
            .table(table("Sesudah")),
        ])
        XCTAssertEqual(captions(document).map(\.full), [
            "Tabel 2.1 Luar", "Tabel 2.2 Di dalam sel", "Tabel 2.3 Di dalam daftar", "Gambar 2.1 Foto di daftar", "Tabel 2.4 Sesudah",
        ])
    }

    /// Blocks the layout pass grouped to keep on one page are numbered where they stand.
    func testCaptionsInKeepTogetherGroups() {
        let document = numbered([
            heading("BAB I", chapter: 1), .table(table("a")),
            .keepTogether([paragraph("Judul"), .table(table("b"))]),
            .table(table("c")),
        ])
        XCTAssertEqual(captions(document).compactMap(\.number), ["1.1", "1.2", "1.3"])
        XCTAssertEqual(document.contents.map(\.text), ["BAB I", "Tabel 1.1 a", "Tabel 1.2 b", "Tabel 1.3 c"])
    }

    func paragraph(_ text: String) -> Block { .paragraph(Paragraph(content: [.text(text)])) }

    /// Gallery pictures and the organisation chart are numbered figures too.
    func testGalleryAndOrgChartCaptionsAreNumbered() {
        let image = Image(data: Data([1]), format: .png, widthPoints: 1, heightPoints: 1)
        let document = numbered([
            heading("BAB I", chapter: 1),
            .orgChart(OrgChart(root: OrgNode(title: "Kepala"), caption: Caption(.figure, "Struktur Organisasi"))),
            .gallery(Gallery(items: [Figure(image: image, caption: Caption(.figure, "Satu")), Figure(image: image, caption: Caption(.figure, "Dua"))])),
        ])
        XCTAssertEqual(captions(document).map(\.full), ["Gambar 1.1 Struktur Organisasi", "Gambar 1.2 Satu", "Gambar 1.3 Dua"])
    }

    /// A caption's anchor names its kind and number ("tabel-3-2"), so the DAFTAR TABEL link
    /// target is stable.
    func testCaptionAnchorsNameKindAndNumber() {
        let document = numbered([heading("BAB III", chapter: 3), .table(table("a")), .table(table("b")), chart("c")])
        XCTAssertEqual(captions(document).compactMap(\.anchor), ["tabel-3-1", "tabel-3-2", "grafik-3-1"])
    }

    // MARK: anchors

    /// Two headings "A. LATAR BELAKANG" (one per chapter) get distinct anchors.
    func testDuplicateHeadingsGetDistinctAnchors() {
        // (Each part has a line under it: a heading with nothing under it is left out.)
        let body = Block.paragraph(Paragraph(content: [.text("Isi.")]))
        let document = numbered([
            heading("BAB I", chapter: 1), heading("A. LATAR BELAKANG", level: 2), body,
            heading("BAB II", chapter: 2), heading("A. LATAR BELAKANG", level: 2), body,
        ])
        let anchors = headings(document).map(\.anchor)
        XCTAssertEqual(anchors[1], "a-latar-belakang")
        XCTAssertNotEqual(anchors[1], anchors[3])
        XCTAssertEqual(Set(anchors).count, anchors.count)
    }

    /// Anchors from any text are ASCII letters, digits and hyphens, begin with a letter, are at
    /// most 36 characters and never repeat: valid Word bookmark names and HTML ids as they are.
    func testAnchorsAreValidIdentifiers() {
        let long = "Sasaran Kegiatan Terwujudnya Layanan Administratif dan Fasilitatif yang Efektif"
        let raw = [
            "A. LATAR BELAKANG", "A. LATAR BELAKANG", "2023 Capaian", "", "   ", "Ümraniye çağrı ödül", "«<script>»", "-- -- --",
            long, long, long, long, long, long, long, long, long, long, long, long,
            "tabel-1-1", "h-", "h", "Ω", "BAB III AKUNTABILITAS KINERJA",
        ]
        var blocks: [Block] = raw.flatMap { [heading($0, level: 2), .paragraph(Paragraph(content: [.text("Isi.")]))] }
        blocks.append(.table(table("Tabel dengan anchor yang mungkin bentrok")))
        let document = numbered(blocks)
        let anchors = headings(document).map(\.anchor) + captions(document).compactMap(\.anchor)
        XCTAssertEqual(anchors.count, raw.count + 1)
        XCTAssertEqual(Set(anchors).count, anchors.count, "anchors repeat: \(anchors)")
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-".unicodeScalars)
        for anchor in anchors {
            XCTAssertFalse(anchor.isEmpty)
            XCTAssertLessThanOrEqual(anchor.count, 36, anchor)
            XCTAssertTrue(anchor.unicodeScalars.allSatisfy { allowed.contains($0) }, anchor)
            XCTAssertTrue(anchor.unicodeScalars.first.map { ("a"..."z").contains($0) } ?? false, anchor)
        }
    }

    /// A heading's given anchor is normalised, not replaced: "Bab 3" becomes "bab-3".
    func testAnchorKeepsItsWords() {
        let document = numbered([heading("x", anchor: "Bab 3")])
        XCTAssertEqual(headings(document).first?.anchor, "bab-3")
    }

    /// Headings in table cells and list items get unique anchors too.
    func testNestedHeadingsAreMadeUnique() {
        let inCell = table(nil, cells: [[heading("Ringkasan", level: 3)]])
        let document = numbered([heading("Ringkasan", level: 3), .table(inCell), .list(List(kind: .bullet, items: [[heading("Ringkasan", level: 4)]]))])
        let anchors = headings(document).map(\.anchor)
        XCTAssertEqual(anchors.count, 3)
        XCTAssertEqual(Set(anchors).count, 3, "\(anchors)")
    }

    // MARK: contents

    /// The contents list is every heading meant for DAFTAR ISI and every caption, in reading
    /// order, with the anchors the blocks got and the full caption text.
    func testContentsEntriesInReadingOrder() {
        let document = numbered([
            heading("DAFTAR ISI", toc: false),
            heading("BAB I PENDAHULUAN", chapter: 1),
            heading("A. LATAR BELAKANG", level: 2),
            .table(table("Pegawai")),
            .list(List(kind: .bullet, items: [[figure("Kantor")]])),
        ], sections: [[heading("BAB II", chapter: 2), chart("Anggaran")]])
        XCTAssertEqual(document.contents, [
            ContentsEntry(kind: .heading(level: 1), text: "BAB I PENDAHULUAN", anchor: "bab-i-pendahuluan"),
            ContentsEntry(kind: .heading(level: 2), text: "A. LATAR BELAKANG", anchor: "a-latar-belakang"),
            ContentsEntry(kind: .caption(.table), text: "Tabel 1.1 Pegawai", anchor: "tabel-1-1"),
            ContentsEntry(kind: .caption(.figure), text: "Gambar 1.1 Kantor", anchor: "gambar-1-1"),
            ContentsEntry(kind: .heading(level: 1), text: "BAB II", anchor: "bab-ii"),
            ContentsEntry(kind: .caption(.chart), text: "Grafik 2.1 Anggaran", anchor: "grafik-2-1"),
        ])
    }

    /// A line break in a heading becomes a space in its DAFTAR ISI line.
    func testLineBreakInHeadingBecomesSpace() {
        var document = Document(metadata: Metadata(title: "Uji"), sections: [Section(blocks: [
            .heading(Heading(level: 1, content: [.text("BAB I"), .lineBreak, .text("PENDAHULUAN")], anchor: "bab-1", chapter: 1)),
        ])])
        DocumentNumbering.apply(&document)
        XCTAssertEqual(document.contents.map(\.text), ["BAB I PENDAHULUAN"])
    }

    /// Numbering twice gives the same document: the report and the combined annex may both
    /// number sections that were numbered before.
    func testNumberingIsIdempotent() {
        let once = numbered([
            heading("BAB I", chapter: 1), heading("A. LATAR BELAKANG", level: 2), heading("A. LATAR BELAKANG", level: 2),
            .table(table("a")), chart("b"),
        ])
        var twice = once
        DocumentNumbering.apply(&twice)
        XCTAssertEqual(twice, once)
    }
}
