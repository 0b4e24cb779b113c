import Foundation
@testable import LKjIPSheet
import XCTest
import ZIPFoundation

/// Workbooks and packages the tests share.
enum TestWorkbooks {
    static let header = CellStyle(bold: true, fillColor: "D9E1F2", wrapText: true)
    static let editable = CellStyle(numberFormat: "0.00", locked: false, fillColor: "FFF2CC")
    static let editableFlag = CellStyle(locked: false)

    /// Two sheets covering every feature the writer has: escaping, Indonesian text, numbers
    /// of every shape, booleans, empty styled cells, locked and unlocked cells, three kinds
    /// of validation, frozen panes, column widths, a sparse row.
    static var sample: Workbook {
        var first = Worksheet(
            name: "Pemasyarakatan",
            rows: [
                [Cell("No", style: header), Cell("Indikator", style: header), Cell("Target", style: header),
                 Cell("Satuan", style: header), Cell("Realisasi", style: header), Cell("Tercapai", style: header)],
                [1, "Persentase narapidana & tahanan <dibina>", Cell(.number(90.5), style: CellStyle(numberFormat: "0.00")), "%",
                 Cell(.empty, style: editable), Cell(.bool(true), style: editableFlag)],
                [2, "Jumlah \"warga binaan\" yang 'mandiri'", -12.25, "orang",
                 Cell(.number(87), style: editable), Cell(.bool(false), style: editableFlag)],
                [3, Cell("Indeks kepuasan masyarakat — layanan kunjungan\nbaris kedua", style: CellStyle(wrapText: true)),
                 Cell(.number(1_234_567.891), style: CellStyle(numberFormat: "#,##0.00")), "  spasi di tepi  ",
                 Cell(.empty, style: editable), Cell(.empty, style: editableFlag)],
            ],
            columnWidths: [1: 6, 2: 48.5, 3: 12, 4: 12, 5: 14, 6: 14],
            frozenRows: 1, frozenColumns: 2, protected: true,
            dataValidations: [
                DataValidation(range: "E2:E4", kind: .decimal(min: 0, max: 100), allowBlank: true,
                               errorTitle: "Bukan angka", errorMessage: "Isi angka 0 sampai 100, mis. 87,5 & \"tanpa\" satuan",
                               promptTitle: "Realisasi", prompt: "Angka < 100\nboleh desimal"),
                DataValidation(range: "F2:F4", kind: .list(["Ya", "Tidak", "Belum \"jelas\""]), allowBlank: false),
                DataValidation(range: "G2:G4 H2:H4", kind: .whole(min: 0, max: nil)),
                DataValidation(range: "I2", kind: .decimal(min: nil, max: nil)),
            ])
        first[row: 6, column: 2] = "Catatan: _x000D_ bukan baris baru"
        first[row: 6, column: 3] = 0.1
        first[row: 6, column: 4] = 1e-7
        first[row: 6, column: 5] = 123_456_789_012
        first[row: 6, column: 7] = Cell(.text(""), style: editableFlag)

        let second = Worksheet(
            name: "Sub Bagian Umum",
            rows: [
                ["Kegiatan", "Pagu", "Realisasi Anggaran", "Kode", "Tanggal", "Peserta"],
                ["Layanan perkantoran 📊", 1_500_000_000, 1_234_567_890.5,
                 Cell("00123", style: CellStyle(numberFormat: "@")),
                 Cell(.number(45382), style: CellStyle(numberFormat: "dd/mm/yyyy")),
                 Cell(.number(25), style: CellStyle(numberFormat: "#,##0 \"orang\""))],
                ["Rp 1.500.000,00 — ±5 % “kutip” ‘tunggal’ ñ é ü", -0.5, 0, Cell(.empty), true, false],
            ],
            columnWidths: [1: 40, 2: 18, 3: 18])
        return Workbook(sheets: [first, second], protectsStructure: true)
    }

    // MARK: - Hand-made packages

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Zips parts in the given order, stored or deflated.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// A minimal package with one sheet named `Data` whose part is `sheetXML`; `sharedStrings`
    /// and `styles` are added when given. The sheet part lives at an unusual path with an
    /// absolute relationship target, as openpyxl writes them, so the reader must follow the
    /// relationships.
    static func package(sheetXML: String, sharedStrings: String? = nil, styles: String? = nil, sheetName: String = "Data") throws -> Data {
        var relationships = "<Relationship Id=\"rIdSheet\" Type=\"\(relationshipType)/worksheet\" Target=\"/xl/lembar/data.xml\"/>"
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(relationshipType)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipType)\"><sheets><sheet name=\"\(sheetName)\" sheetId=\"1\" r:id=\"rIdSheet\"/></sheets></workbook>"),
            ("xl/lembar/data.xml", sheetXML),
        ]
        if let sharedStrings {
            parts.append(("xl/strings.xml", sharedStrings))
            relationships += "<Relationship Id=\"rIdStrings\" Type=\"\(relationshipType)/sharedStrings\" Target=\"strings.xml\"/>"
        }
        if let styles {
            parts.append(("xl/styles.xml", styles))
            relationships += "<Relationship Id=\"rIdStyles\" Type=\"\(relationshipType)/styles\" Target=\"styles.xml\"/>"
        }
        parts.append(("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>"))
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A worksheet part around the given `<sheetData>` content.
    static func sheet(_ rows: String, after: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(mainNamespace)\"><sheetData>\(rows)</sheetData>\(after)</worksheet>"
    }

    /// Every entry of a package, in archive order.
    static func parts(of data: Data) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts.append((entry.path, bytes))
        }
        return parts
    }

    /// The error `body` throws, which must be a `SheetError`.
    static func sheetError(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> SheetError? {
        do {
            _ = try body()
            XCTFail("expected a SheetError, but nothing was thrown", file: file, line: line)
        } catch let error as SheetError {
            return error
        } catch {
            XCTFail("expected a SheetError, got \(error)", file: file, line: line)
        }
        return nil
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
