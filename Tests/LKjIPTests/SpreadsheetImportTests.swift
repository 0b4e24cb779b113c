import Foundation
import LKjIP
import LKjIPSheet
import TestSupport
import XCTest

/// Issue 26, the workbook tried by officers' rules: flow and block YAML merged in their own
/// form, values typed where the import does not read them, percentages as Excel stores them,
/// Indonesian messages with the sheet's own cells, round trips that change nothing (also
/// through LibreOffice Calc), and a workbook an officer can find their way in.
final class SpreadsheetImportTests: XCTestCase {
    /// MiniData with the pelayanan realisasi written as one-line entries, a quarterly
    /// indicator in block form, and an indicator computed from pembilang/penyebut.
    static func variedData(name: String = #function) throws -> URL {
        let pk = MiniData.file("pk/pelayanan.yaml", replacing: "        target: 90\n        satuan: \"%\"\n", with: "        target: 90\n        satuan: \"%\"\n        triwulan:\n          agregasi: akhir\n          tw4: 90\n")
        let realisasi = """
        divisi: pelayanan
        realisasi:
          - indikator: ss1-1   # per triwulan
            triwulan:
              tw1: 20
              tw2: 45
          - {indikator: ss1-2, pembilang: 8, penyebut: 100}
        unit:
          - anggaran:
              - {tahun: 2024, pagu: 2000000000, realisasi: 1900000000}
            riwayat: []
            renstra: []

        """
        let administrasi = MiniData.file("realisasi/administrasi.yaml", replacing: "  - indikator: ss1-1\n    nilai: 3.8\n", with: "  - {indikator: ss1-1, nilai: 3.8}   # satu baris\n")
        return try MiniData.write(replacing: ["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi, "realisasi/administrasi.yaml": administrasi], name: name)
    }

    func export(_ data: URL, _ name: String) throws -> URL {
        let file = data.deletingLastPathComponent().appendingPathComponent(name)
        let result = try LKjIPProcess.run(["sheet", "export", data.path, "-o", file.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        return file
    }

    /// Changes cells of an exported workbook (by sheet and cell) with lkjip's own reader and
    /// writer, as an officer's spreadsheet program would.
    func edit(_ file: URL, unprotect: Bool = false, _ changes: [String: [String: Cell]]) throws {
        var workbook = try XLSXReader.read(try Data(contentsOf: file))
        for (index, sheet) in workbook.sheets.enumerated() {
            guard let cells = changes[sheet.name] else { continue }
            for (reference, cell) in cells {
                let at = try XCTUnwrap(CellReference(reference))
                var new = cell
                if new.style == CellStyle() { new.style = workbook.sheets[index][at].style }
                workbook.sheets[index][at] = new
            }
            if unprotect { workbook.sheets[index].protected = false }
        }
        try XLSXWriter.write(workbook).write(to: file)
    }

    /// The row of an indicator in a division's sheet, found by the hidden id column.
    func row(_ file: URL, sheet: String, id: String) throws -> Int {
        let workbook = try XLSXReader.read(try Data(contentsOf: file))
        let found = try XCTUnwrap(workbook.sheet(named: sheet))
        return try XCTUnwrap(found.rowNumbers.first { $0 > 3 && found[row: $0, column: 1].rawText == id })
    }

    func testOneLineEntryIsMergedInItsOwnForm() throws {
        let data = try Self.variedData()
        let file = try export(data, "r.xlsx")
        let at = try row(file, sheet: "Administrasi", id: "ss1-1")
        try edit(file, ["Administrasi": ["G\(at)": Cell(.number(DecimalText("4.05")!)), "L\(at)": Cell(.text("naik, \"baik\""))]])
        let result = try LKjIPProcess.run(["sheet", "import", file.path, data.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let yaml = try String(contentsOf: data.appendingPathComponent("realisasi/administrasi.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("  - {indikator: ss1-1, nilai: 4.05, keterangan: \"naik, \\\"baik\\\"\"}   # satu baris\n"), yaml)
    }

    func testQuartersInBlockFormStayInBlockForm() throws {
        let data = try Self.variedData()
        let file = try export(data, "r.xlsx")
        let at = try row(file, sheet: "Pelayanan Hukum", id: "ss1-1")
        try edit(file, ["Pelayanan Hukum": ["J\(at)": Cell(.number(70)), "I\(at)": Cell(.number(DecimalText("45.5")!))]])
        let result = try LKjIPProcess.run(["sheet", "import", file.path, data.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let yaml = try String(contentsOf: data.appendingPathComponent("realisasi/pelayanan.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("  - indikator: ss1-1   # per triwulan\n    triwulan:\n      tw1: 20\n      tw2: 45.5\n      tw3: 70\n  - {indikator: ss1-2, pembilang: 8, penyebut: 100}\n"), yaml)
    }

    /// A realisasi typed into the (locked) cell of an indicator computed from pembilang and
    /// penyebut, in the CSV where nothing is locked and in a workbook someone unprotected:
    /// an error at that cell, exit 1, nothing written.
    func testRealisasiTypedWhereTheImportDoesNotReadIsAnError() throws {
        let data = try Self.variedData()
        let csv = try export(data, "r.csv")
        // ss1-2: 8 / 100 × 100 = 8 → "8,00" with the two decimals a computed realisasi has.
        let text = try String(contentsOf: csv, encoding: .utf8)
        XCTAssertTrue(text.contains(";10;%;8;"), text)
        try Data(text.replacingOccurrences(of: ";10;%;8;", with: ";10;%;7,5;").utf8).write(to: csv)
        let before = Fixtures.snapshot(data)
        var result = try LKjIPProcess.run(["sheet", "import", csv.path, data.path])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.standardError.contains("r.csv: baris 5, kolom realisasi: realisasi indikator `ss1-2` dihitung dari pembilang/penyebut di realisasi/pelayanan.yaml"), result.standardError)
        XCTAssertEqual(Fixtures.snapshot(data), before)

        let workbook = try export(data, "r.xlsx")
        let at = try row(workbook, sheet: "Pelayanan Hukum", id: "ss1-2")
        let quarterly = try row(workbook, sheet: "Pelayanan Hukum", id: "ss1-1")
        try edit(workbook, unprotect: true, ["Pelayanan Hukum": ["G\(at)": Cell(.number(7)), "D\(at)": Cell(.number(12)), "G\(quarterly)": Cell(.number(80)), "N\(at)": Cell(.text("catatan di samping"))]])
        result = try LKjIPProcess.run(["sheet", "import", workbook.path, data.path])
        XCTAssertEqual(result.status, 1, result.standardError)
        for expected in [
            "r.xlsx: 'Pelayanan Hukum'!G\(at): realisasi indikator `ss1-2` dihitung dari pembilang/penyebut",
            "r.xlsx: 'Pelayanan Hukum'!D\(at): target tidak dibaca dari lembar kerja; ubah target di pk/pelayanan.yaml (atau sebagai revisi PK); isinya \"12\", seharusnya \"10\"",
            "r.xlsx: 'Pelayanan Hukum'!G\(quarterly): realisasi tahunan indikator `ss1-1` dihitung dari triwulan",
            "r.xlsx: 'Pelayanan Hukum'!N\(at): sel ini tidak dibaca saat impor",
            "lkjip: 4 kesalahan; tidak ada yang diimpor",
        ] {
            XCTAssertTrue(result.standardError.contains(expected), "missing: \(expected)\n\(result.standardError)")
        }
        XCTAssertEqual(Fixtures.snapshot(data), before)
    }

    /// "95%" typed into a cell Excel then formats as a percentage is stored as 0.95: it is
    /// read as 95, the number the officer sees.
    func testPercentCellIsReadAsShown() throws {
        let data = try MiniData.write()
        let file = try export(data, "r.xlsx")
        let at = try row(file, sheet: "Pelayanan Hukum", id: "ss1-1")
        try edit(file, ["Pelayanan Hukum": ["G\(at)": Cell(.number(DecimalText("0.975")!), style: CellStyle(numberFormat: "0.0%", locked: false))]])
        let result = try LKjIPProcess.run(["sheet", "import", file.path, data.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(try String(contentsOf: data.appendingPathComponent("realisasi/pelayanan.yaml"), encoding: .utf8).contains("nilai: 97.5\n"))
    }

    /// Wrong values are reported in Indonesian, each with its cell, all at once.
    func testMessagesAreIndonesianWithTheSheetsCells() throws {
        let data = try MiniData.write()
        let csv = try export(data, "r.csv")
        var text = try String(contentsOf: csv, encoding: .utf8)
        text = text.replacingOccurrences(of: ";90;%;95;", with: ";90;%;95.5;").replacingOccurrences(of: ";10;%;8;", with: ";10;%;delapan;")
            .replacingOccurrences(of: ";Rp;;", with: ";Rp;1,5;")
        try Data(text.utf8).write(to: csv)
        let result = try LKjIPProcess.run(["sheet", "import", csv.path, data.path])
        XCTAssertEqual(result.status, 1)
        for expected in [
            "r.csv: baris 4, kolom realisasi: desimal ditulis dengan koma, mis. 95,5 (titik hanya pemisah ribuan); isinya \"95.5\"",
            "r.csv: baris 5, kolom realisasi: harus angka, mis. 95,5; isinya \"delapan\"",
            "kolom realisasi: realisasi anggaran harus rupiah bulat",
            "lkjip: 4 kesalahan; tidak ada yang diimpor",
        ] {
            XCTAssertTrue(result.standardError.contains(expected), "missing: \(expected)\n\(result.standardError)")
        }
        XCTAssertFalse(result.standardError.contains("expected"), result.standardError)
    }

    /// Unchanged round trips leave the YAML byte-identical: lkjip's .xlsx and Indonesian CSV,
    /// and both as LibreOffice Calc (Indonesian) saves them.
    func testRoundTripsAreByteIdenticalAlsoThroughCalc() throws {
        let data = try Self.variedData()
        let before = Fixtures.snapshot(data)
        for name in ["r.xlsx", "r.csv"] {
            let file = try export(data, name)
            let result = try LKjIPProcess.run(["sheet", "import", file.path, data.path])
            XCTAssertEqual(result.status, 0, "\(name): \(result.standardError)")
            XCTAssertEqual(result.standardOutput, "tidak ada nilai yang berubah\n")
            XCTAssertEqual(Fixtures.snapshot(data), before, name)
        }
        // The CSV is in the Indonesian convention: `;`, decimal comma, a byte order mark.
        let bytes = try Data(contentsOf: data.deletingLastPathComponent().appendingPathComponent("r.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte order mark, for Excel")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix("divisi;jenis;id;nama;target;satuan;realisasi;tw1;tw2;tw3;tw4;keterangan\r\n"), csv)
        XCTAssertTrue(csv.contains("administrasi;indikator;ss1-1;Indeks kepuasan layanan internal;3,1;Indeks;3,8;;;;;\r\n"), csv)

        guard let soffice = ToolCheck.find("soffice") else { _ = try ToolCheck.require(nil as URL?, "LibreOffice"); return }
        let profile = try SpreadsheetSafetyTests.indonesianProfile()
        let calc = data.deletingLastPathComponent().appendingPathComponent("calc")
        for (name, filter) in [("r.xlsx", "xlsx"), ("r.csv", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1057")] {
            let source = data.deletingLastPathComponent().appendingPathComponent(name)
            let arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless"] + (name.hasSuffix("csv") ? ["--infilter=CSV:59,34,76,1,,1057"] : [])
                + ["--convert-to", filter, "--outdir", calc.path, source.path]
            let converted = try ToolCheck.run(soffice, arguments)
            XCTAssertEqual(converted.status, 0, converted.standardError)
            let result = try LKjIPProcess.run(["sheet", "import", calc.appendingPathComponent(name).path, data.path])
            XCTAssertEqual(result.status, 0, "Calc-saved \(name): \(result.standardError)")
            XCTAssertEqual(Fixtures.snapshot(data), before, "Calc-saved \(name)")
        }
        // A value changed in the Calc-saved CSV is imported.
        let saved = calc.appendingPathComponent("r.csv")
        let changed = try String(contentsOf: saved, encoding: .utf8).replacingOccurrences(of: ";3,1;Indeks;3,8;", with: ";3,1;Indeks;3,85;")
        try Data(changed.utf8).write(to: saved)
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "import", saved.path, data.path]).status, 0)
        XCTAssertTrue(try String(contentsOf: data.appendingPathComponent("realisasi/administrasi.yaml"), encoding: .utf8).contains("{indikator: ss1-1, nilai: 3.85}"))
    }

    /// What an officer sees: instructions first, in Indonesian; every yellow cell with an
    /// input message; the ids hidden but present; tab names within 31 characters, shortened
    /// to the office's own abbreviation, and distinct.
    func testWorkbookAnOfficerCanFill() throws {
        let organisasi = MiniData.file("organisasi.yaml", replacing: "nama: Divisi Administrasi", with: "nama: Divisi Pelayanan Hukum dan Hak Asasi Masyarakat")
            .replacingOccurrences(of: "nama: Divisi Pelayanan Hukum\n", with: "nama: Divisi Pelayanan Hukum dan Hak Asasi Manusia\n")
        let data = try MiniData.write(replacing: ["organisasi.yaml": organisasi])
        let file = try export(data, "r.xlsx")
        let workbook = try XLSXReader.read(try Data(contentsOf: file))
        XCTAssertEqual(workbook.sheets.map(\.name), ["Petunjuk", "Pelayanan Hukum dan HAM", "Pelayanan Hukum dan HAM (2)"])
        let instructions = workbook.sheets[0]
        let text = instructions.usedCells.map(\.cell.rawText).joined(separator: "\n")
        for phrase in ["petunjuk pengisian", "Isi hanya sel berwarna kuning", "koma desimal", "Pelayanan Hukum dan HAM (2): Divisi Pelayanan Hukum dan Hak Asasi Manusia"] {
            XCTAssertTrue(text.contains(phrase), "instructions lack \(phrase)")
        }
        for sheet in workbook.sheets.dropFirst() {
            XCTAssertLessThanOrEqual(sheet.name.utf16.count, 31)
            XCTAssertEqual(sheet.hiddenColumns, [1], "the id column is hidden")
            XCTAssertFalse(sheet[row: 1, column: 1].rawText.isEmpty, "the division id is kept")
            XCTAssertTrue(sheet[row: 1, column: 3].rawText.hasPrefix("Divisi Pelayanan Hukum dan Hak Asasi"), "the full name is in the title")
            let prompted = Set(sheet.dataValidations.filter { $0.prompt?.isEmpty == false }.flatMap { CellRange.list($0.range) ?? [] }.map { $0.first })
            let open = sheet.usedCells.filter { !$0.cell.style.locked }.map(\.reference)
            XCTAssertFalse(open.isEmpty)
            for reference in open { XCTAssertTrue(prompted.contains(reference), "\(sheet.name)!\(reference) is open but has no input message") }
        }
    }
}
