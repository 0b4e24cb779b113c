import Foundation
import LKjIPDocument

/// Small documents that exercise one writer feature each; the DOCX and HTML writer tests
/// render the same ones, so the two outputs can be compared by eye in the golden files.
public enum SampleDocuments {
    static func text(_ string: String, _ marks: Marks = []) -> [Inline] { [.text(string, marks)] }

    static func document(_ blocks: [Block], orientation: Orientation = .portrait) -> Document {
        Document(metadata: Metadata(title: "Contoh", subject: "Uji", author: "Kanwil Uji", date: "2024-01-10"),
                 sections: [Section(orientation: orientation, pageNumbering: .decimal, restartNumbering: true, blocks: blocks)])
    }

    /// BAB II B style table: a sasaran spanning its indicators (vertical merge) and a
    /// header cell spanning two columns (horizontal merge).
    public static var mergedTable: Document {
        let table = Table(columnWidths: [1, 4, 5, 2], headerRowCount: 2, rows: [
            TableRow(cells: [.text("No", rowSpan: 2, bold: true), .text("Sasaran Kegiatan", rowSpan: 2, bold: true), .text("Indikator dan Target", colSpan: 2, alignment: .center, bold: true)]),
            TableRow(cells: [.text("Indikator", bold: true), .text("Target", bold: true)]),
            TableRow(cells: [.text("1.", rowSpan: 3), .text("Meningkatnya Pelayanan Tahanan", rowSpan: 3), .text("Persentase menurunnya tahanan yang overstaying"), .text("90%", shading: "1F4E79", alignment: .center)]),
            TableRow(cells: [.text("Persentase Tahanan yang memperoleh Layanan Penyuluhan Hukum"), .text("90%", shading: "00B050", alignment: .center)]),
            TableRow(cells: [.text("Persentase Tahanan yang memperoleh Fasilitas Bantuan Hukum"), .text("90%", alignment: .center)]),
        ])
        return document([.table(table)])
    }

    public static var nestedList: Document {
        let inner = List(kind: .lowerLetter, items: [
            [.paragraph(Paragraph(content: text("Rencana kerja dan anggaran")))],
            [.paragraph(Paragraph(content: text("Layanan keuangan")))],
        ])
        let outer = List(kind: .decimal, items: [
            [.paragraph(Paragraph(content: text("Divisi Administrasi", .bold))), .list(inner)],
            [.paragraph(Paragraph(content: text("Divisi Pemasyarakatan")))],
        ], start: 1)
        let bullets = List(kind: .decimalParen, items: [[.paragraph(Paragraph(content: text("Misi pertama")))]], start: 3)
        return document([.list(outer), .list(bullets)])
    }

    public static var signature: Document {
        document([
            .paragraph(Paragraph(content: text("Dalam rangka mewujudkan manajemen pemerintahan yang efektif."))),
            .signature(SignatureBlock(
                placeAndDate: "Padang, 5 Januari 2023",
                left: Signatory(roleLines: ["Pihak Kedua,", "Kepala Kantor Wilayah Sumatera Barat"], name: "Haris Sukamto", identifier: "NIP. 19660605 198911 1 001"),
                right: Signatory(roleLines: ["Pihak Pertama,", "Kepala Divisi Administrasi"], name: "Ramelan Suprihadi", identifier: "NIP. 19681209 199403 1 001"))),
        ])
    }

    /// A portrait chapter, then a landscape section for a wide Renstra table, with headings
    /// for the table of contents.
    public static var landscapeSections: Document {
        let wide = Table(columnWidths: [4] + Array(repeating: 1, count: 9), headerRowCount: 1, rows: [
            TableRow(cells: [.text("Indikator Kinerja Kegiatan")] + (2020...2024).map { .text(String($0)) } + (2020...2023).map { .text(String($0)) }),
            TableRow(cells: [.text("Indeks kepuasan layanan internal")] + ["7,1", "7,2", "7,21", "7,22", "7,23", "8,85", "3,65", "3,8", "3,8"].map { .text($0) }),
        ])
        return Document(metadata: Metadata(title: "Contoh", author: "Kanwil Uji", date: "2024-01-10"), sections: [
            Section(pageNumbering: .lowerRoman, restartNumbering: true, blocks: [
                .heading(Heading(level: 1, content: text("DAFTAR ISI"), anchor: "daftar-isi", inTableOfContents: false, alignment: .center)),
                .contents(TableOfContents(maxLevel: 2)),
            ]),
            Section(pageNumbering: .decimal, restartNumbering: true, blocks: [
                .heading(Heading(level: 1, content: text("BAB III AKUNTABILITAS KINERJA"), anchor: "bab-3")),
                .heading(Heading(level: 2, content: text("A. CAPAIAN KINERJA ORGANISASI"), anchor: "capaian")),
                .paragraph(Paragraph(content: [.text("Capaian ", []), .text("melebihi", .italic), .lineBreak, .text("target", .underline)])),
            ]),
            Section(orientation: .landscape, pageNumbering: .decimal, blocks: [.table(wide)]),
            Section(pageNumbering: .decimal, blocks: [.pageBreak, .heading(Heading(level: 2, content: text("B. REALISASI ANGGARAN"), anchor: "capaian"))]),
        ])
    }

    /// A chart as BAB III draws one: target vs realisasi per indicator, with a gap.
    public static var chart: Document {
        document([.chart(Chart(caption: Caption(.chart, "Target dan Realisasi <IKK> & Capaian"), categories: ["1", "2", "3"], key: ["1. Indeks <a>", "2. Persentase", "3. Jumlah"], series: [
            ChartSeries(name: "Target", values: [100, 100, 100], color: "A6A6A6"),
            ChartSeries(name: "Capaian", values: [111.03, nil, 441.18], color: "1F4E79"),
        ], axis: ValueAxis(title: "Capaian (%)", maximum: 500, majorUnit: 100, labels: ["0", "100", "200", "300", "400", "500"], numberFormat: "#,##0")))])
    }

    /// Text that must come through exactly and never become markup.
    public static let hostile = "<script>alert(1)</script> & \"q\" 'a' — Ma'aruf, Minangkabau <b>tebal</b>"

    public static var escaping: Document {
        document([.paragraph(Paragraph(content: text(hostile))), .table(Table(columnWidths: [1], rows: [TableRow(cells: [.text(hostile)])]))])
    }

    public static var all: [(name: String, document: Document)] {
        [("merged-table", mergedTable), ("nested-list", nestedList), ("signature", signature), ("landscape-sections", landscapeSections)]
    }
}
