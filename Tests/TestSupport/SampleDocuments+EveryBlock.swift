import Foundation
import LKjIPDocument

/// Tiny pictures and a document with every block kind, for the writer tests and the
/// external validators (openxml-audit, the Nu Html Checker).
extension SampleDocuments {
    /// A 4 x 2 pixel red PNG (made with Python's zlib and struct, 8-bit RGB).
    public static let redPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGM4IScHRwzIHABvCgghBqXSdgAAAABJRU5ErkJggg==")!
    /// A 2 x 2 pixel blue PNG.
    public static let bluePNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGOQkzsBRAwQCgAZ1gQRShBSHAAAAABJRU5ErkJggg==")!

    public static func redImage(width: Double = 80, height: Double = 40, description: String = "Foto merah") -> Image {
        Image(data: redPNG, format: .png, widthPoints: width, heightPoints: height, description: description)
    }

    public static func blueImage(width: Double = 60, height: Double = 60, description: String = "Foto biru") -> Image {
        Image(data: bluePNG, format: .png, widthPoints: width, heightPoints: height, description: description)
    }

    /// An organisation chart with its drawing already placed (the layout pass's job), so
    /// writer tests need not depend on the layout module: a head box, two division boxes
    /// and the lines joining them, inside 400 x 150 points.
    public static var placedOrgChart: OrgChart {
        var chart = OrgChart(root: OrgNode(title: "Kepala Kantor Wilayah", detail: "Haris Sukamto", children: [
            OrgNode(title: "Divisi Administrasi"), OrgNode(title: "Divisi Pemasyarakatan"),
        ]), caption: Caption(.figure, "Struktur Organisasi"))
        chart.drawing = OrgDrawing(width: 400, height: 150, boxes: [
            OrgBox(x: 100, y: 0, width: 200, height: 46, title: "Kepala Kantor Wilayah", detail: "Haris Sukamto", fill: "1F4E79", fontSize: 9),
            OrgBox(x: 0, y: 90, width: 196, height: 54, title: "Divisi Administrasi", detail: nil, fill: "D9E2F3", fontSize: 9),
            OrgBox(x: 204, y: 90, width: 196, height: 54, title: "Divisi Pemasyarakatan", detail: "Ramelan", fill: "D9E2F3", fontSize: 9),
        ], lines: [
            OrgLine(x1: 200, y1: 46, x2: 200, y2: 68),
            OrgLine(x1: 98, y1: 68, x2: 302, y2: 68),
            OrgLine(x1: 98, y1: 68, x2: 98, y2: 90),
            OrgLine(x1: 302, y1: 68, x2: 302, y2: 90, dashed: true),
        ])
        return chart
    }

    /// Every block kind at least once, in roman front matter, a decimal chapter that
    /// restarts at 1, and a landscape section; numbered with `DocumentNumbering`.
    public static var everyBlockKind: Document {
        let t = { (s: String) -> [Inline] in [.text(s, [])] }
        let table = Table(columnWidths: [1, 4, 2], headerRowCount: 1, rows: [
            TableRow(cells: [.text("No", bold: true), .text("Indikator", bold: true), .text("Capaian", bold: true)]),
            TableRow(cells: [.text("1.", rowSpan: 2), {
                var cell = TableCell.text("Persentase layanan")
                cell.rowHeader = true
                return cell
            }(), .text("123%", shading: "1F4E79", alignment: .center)]),
            TableRow(cells: [.text("Indeks kepuasan"), .text("95%", shading: "FFC000", alignment: .center)]),
            TableRow(cells: [.text("Jumlah", colSpan: 2, bold: true), TableCell(blocks: [
                .paragraph(Paragraph(content: t("Catatan"), style: .tableText)),
                .list(List(kind: .bullet, items: [[.paragraph(Paragraph(content: t("di dalam sel")))]])),
            ])]),
        ], caption: Caption(.table, "Capaian Indikator"))
        let chart = Chart(caption: Caption(.chart, "Capaian Indikator Kinerja"), categories: ["1", "2"], key: ["1. Persentase layanan", "2. Indeks kepuasan"], series: [
            ChartSeries(name: "Target", values: [100, 100], color: "A6A6A6"),
            ChartSeries(name: "Capaian", values: [123, 95], color: "1F4E79"),
        ], axis: ValueAxis(title: "Capaian (%)", maximum: 150, majorUnit: 50, labels: ["0", "50", "100", "150"], numberFormat: "#,##0"))
        let wide = Table(columnWidths: [3] + Array(repeating: 1, count: 6), headerRowCount: 1, rows: [
            TableRow(cells: [.text("Indikator")] + (2019...2024).map { .text(String($0)) }),
            TableRow(cells: [.text("Indeks")] + ["7,1", "7,2", "7,21", "7,22", "7,23", "8,85"].map { .text($0) }),
        ], caption: Caption(.table, "Target Renstra"))
        var document = Document(metadata: Metadata(title: "Contoh Lengkap", subject: "Uji", author: "Kanwil Uji", date: "2024-01-10"), sections: [
            Section(pageNumbering: .none, blocks: [
                .figure(Figure(image: redImage(description: "Logo"))),
                .paragraph(Paragraph(content: t("LAPORAN KINERJA"), style: .title, alignment: .center)),
                .paragraph(Paragraph(content: t("Tahun 2023"), style: .subtitle, alignment: .center)),
            ]),
            Section(pageNumbering: .lowerRoman, restartNumbering: true, blocks: [
                .heading(Heading(level: 1, content: t("DAFTAR ISI"), anchor: "daftar-isi", inTableOfContents: false, alignment: .center)),
                .contents(TableOfContents(maxLevel: 3)),
                .pageBreak,
                .heading(Heading(level: 1, content: t("DAFTAR TABEL"), anchor: "daftar-tabel", inTableOfContents: false, alignment: .center)),
                .contents(TableOfContents(captions: .table)),
                .heading(Heading(level: 1, content: t("DAFTAR GRAFIK"), anchor: "daftar-grafik", inTableOfContents: false, alignment: .center)),
                .contents(TableOfContents(captions: .chart)),
                .heading(Heading(level: 1, content: t("DAFTAR GAMBAR"), anchor: "daftar-gambar", inTableOfContents: false, alignment: .center)),
                .contents(TableOfContents(captions: .figure)),
            ]),
            Section(pageNumbering: .decimal, restartNumbering: true, blocks: [
                .heading(Heading(level: 1, content: t("BAB I PENDAHULUAN"), anchor: "bab-1", alignment: .center, chapter: 1)),
                .heading(Heading(level: 2, content: t("A. LATAR BELAKANG"), anchor: "A. LATAR BELAKANG")),
                .paragraph(Paragraph(content: [.text("Teks ", []), .text("tebal", .bold), .text(" miring", .italic), .lineBreak, .text("garis", .underline), .text(" " + hostile, [])])),
                .heading(Heading(level: 3, content: t("1. Tugas"), anchor: "tugas")),
                .heading(Heading(level: 4, content: t("a. Rincian"), anchor: "rincian")),
                .list(List(kind: .decimal, items: [
                    [.paragraph(Paragraph(content: t("Satu"))), .list(List(kind: .lowerLetter, items: [[.paragraph(Paragraph(content: t("Sub a")))], [.paragraph(Paragraph(content: t("Sub b")))]]))],
                    [.paragraph(Paragraph(content: t("Dua")))],
                ])),
                .list(List(kind: .decimalParen, items: [[.paragraph(Paragraph(content: t("Tiga")))]], start: 3, continues: true)),
                .list(List(kind: .dash, items: [[.paragraph(Paragraph(content: t("Butir")))]])),
                .paragraph(Paragraph(content: t("Tabel berikut:"), keepWithNext: true)),
                .table(table),
                .chart(chart),
                .figure(Figure(image: blueImage(), caption: Caption(.figure, "Kegiatan Sosialisasi"))),
                .gallery(Gallery(items: [
                    Figure(image: redImage(), caption: Caption(.figure, "Dokumentasi satu")),
                    Figure(image: blueImage(), caption: Caption(.figure, "Dokumentasi dua")),
                    Figure(image: redImage(), caption: Caption(.figure, "Dokumentasi tiga")),
                ], columns: 2)),
                .orgChart(placedOrgChart),
                .keepTogether([
                    .paragraph(Paragraph(content: [.text("Rekapitulasi Pegawai", .bold)], keepWithNext: true)),
                    .table(Table(columnWidths: [3, 1], headerRowCount: 1, rows: [
                        TableRow(cells: [.text("Satuan Kerja", bold: true), .text("Jumlah", bold: true)]),
                        TableRow(cells: [.text("Lapas Padang"), .text("123", alignment: .right)]),
                    ], caption: Caption(.table, "Rekapitulasi Pegawai"), keepTogether: true)),
                ]),
                .paragraph(Paragraph(content: t("Demikian laporan ini disusun."))),
                .signature(SignatureBlock(placeAndDate: "Padang, 10 Januari 2024",
                    left: Signatory(roleLines: ["Pihak Kedua,", "Kepala Kantor Wilayah"], name: "Dr. Haris Sukamto, S.H., M.H.", rank: "Pembina Utama Muda (IV/c)", identifier: "NIP. 19660605 198911 1 001", image: redImage(width: 110, height: 55)),
                    right: Signatory(roleLines: ["Pihak Pertama,", "Plt. Kepala Divisi Administrasi"], name: "Ramelan Suprihadi", identifier: "NIP. 19681209 199403 1 001"))),
            ]),
            Section(orientation: .landscape, pageNumbering: .decimal, blocks: [
                .paragraph(Paragraph(content: [.text("Target Jangka Menengah", .bold)], keepWithNext: true)),
                .table(wide),
            ]),
            Section(pageNumbering: .decimal, blocks: [
                .heading(Heading(level: 1, content: t("LAMPIRAN"), anchor: "lampiran")),
                .table(Table(columnWidths: [1, 1], rows: [TableRow(cells: [.text("Nama"), .text(": " + hostile)])], borders: false)),
            ]),
        ])
        DocumentNumbering.apply(&document)
        return document
    }
}
