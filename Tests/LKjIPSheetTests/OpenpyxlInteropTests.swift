import Foundation
@testable import LKjIPSheet
import XCTest

/// openpyxl (PyPI) is an independent reader and writer of the format: it must understand
/// what XLSXWriter writes, and XLSXReader must understand what it writes.
final class OpenpyxlInteropTests: XCTestCase {
    func testOpenpyxlReadsOurWorkbookAndFillsIt() throws {
        let python = try ExternalTools.pythonWithOpenpyxl()
        let folder = try TestWorkbooks.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = folder.appendingPathComponent("realisasi.xlsx"), filled = folder.appendingPathComponent("terisi.xlsx")
        try XLSXWriter.write(TestWorkbooks.sample).write(to: ours)

        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["Pemasyarakatan"]
        out = {
            "sheets": wb.sheetnames,
            "A1": ws["A1"].value, "B2": ws["B2"].value, "C3": ws["C3"].value, "F2": ws["F2"].value,
            "B4": ws["B4"].value, "D4": ws["D4"].value, "umum_A2": wb["Sub Bagian Umum"]["A2"].value,
            "protected": ws.protection.sheet, "umum_protected": wb["Sub Bagian Umum"].protection.sheet,
            "A2_locked": ws["A2"].protection.locked, "E2_locked": ws["E2"].protection.locked,
            "E2_format": ws["E2"].number_format, "A1_bold": ws["A1"].font.b, "B4_wrap": ws["B4"].alignment.wrap_text,
            "freeze": ws.freeze_panes, "width_B": ws.column_dimensions["B"].width,
            "lock_structure": bool(wb.security and wb.security.lockStructure),
            "validations": sorted([[v.type, str(v.sqref), v.formula1, v.formula2, bool(v.allow_blank)] for v in ws.data_validations.dataValidation]),
        }
        ws["E2"] = 87.5
        ws["E4"] = "sembilan puluh"
        wb.save(sys.argv[2])
        print(json.dumps(out))
        """
        let output = try ExternalTools.python(python, script, [ours.path, filled.path])
        let seen = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(seen["sheets"] as? [String], ["Pemasyarakatan", "Sub Bagian Umum"])
        XCTAssertEqual(seen["A1"] as? String, "No")
        XCTAssertEqual(seen["B2"] as? String, "Persentase narapidana & tahanan <dibina>")
        XCTAssertEqual(seen["C3"] as? Double, -12.25)
        XCTAssertEqual(seen["F2"] as? Bool, true)
        XCTAssertEqual(seen["B4"] as? String, "Indeks kepuasan masyarakat — layanan kunjungan\nbaris kedua")
        XCTAssertEqual(seen["D4"] as? String, "  spasi di tepi  ")
        XCTAssertEqual(seen["umum_A2"] as? String, "Layanan perkantoran 📊")
        XCTAssertEqual(seen["protected"] as? Bool, true)
        XCTAssertEqual(seen["umum_protected"] as? Bool, false)
        XCTAssertEqual(seen["A2_locked"] as? Bool, true)
        XCTAssertEqual(seen["E2_locked"] as? Bool, false)
        XCTAssertEqual(seen["E2_format"] as? String, "0.00")
        XCTAssertEqual(seen["A1_bold"] as? Bool, true)
        XCTAssertEqual(seen["B4_wrap"] as? Bool, true)
        XCTAssertEqual(seen["freeze"] as? String, "C2")
        XCTAssertEqual(seen["width_B"] as? Double, 48.5)
        XCTAssertEqual(seen["lock_structure"] as? Bool, true)
        let validations = try XCTUnwrap(seen["validations"] as? [[Any]]).map { $0.map { "\($0)" } }
        XCTAssertEqual(validations, [
            ["decimal", "E2:E4", "0", "100", "1"],
            ["decimal", "I2", "-1E+307", "1E+307", "1"],
            ["list", "F2:F4", "\"Ya,Tidak,Belum \"\"jelas\"\"\"", "<null>", "0"],
            ["whole", "G2:G4 H2:H4", "0", "<null>", "1"],
        ])

        // Everything openpyxl saved back is what we wrote, plus the two cells it filled, with
        // two openpyxl habits: an empty text cell becomes a styled blank, and the `_x005F_`
        // that protects literal "_x000D_" text is dropped on reading but not restored on
        // writing, so the saved file (in Excel as well) holds a carriage return there.
        var expected = TestWorkbooks.sample
        expected.sheets[0][row: 6, column: 2] = "Catatan: \r bukan baris baru"
        expected.sheets[0][row: 2, column: 5] = Cell(.number(87.5), style: TestWorkbooks.editable)
        expected.sheets[0][row: 4, column: 5] = Cell(.text("sembilan puluh"), style: TestWorkbooks.editable)
        expected.sheets[0][row: 6, column: 7] = Cell(.empty, style: TestWorkbooks.editableFlag)
        let read = try XLSXReader.read(try Data(contentsOf: filled))
        XCTAssertEqual(read.sheets.first?[row: 2, column: 5].value, .number(87.5))
        XCTAssertEqual(read.sheets.first?[row: 4, column: 5].value, .text("sembilan puluh"))
        XCTAssertEqual(read, expected)
    }

    func testWeReadAWorkbookOpenpyxlCreated() throws {
        let python = try ExternalTools.pythonWithOpenpyxl()
        let folder = try TestWorkbooks.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("baru.xlsx"), withFormula = folder.appendingPathComponent("rumus.xlsx")
        let script = """
        import datetime, sys, openpyxl
        from openpyxl.styles import Font, Protection
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Data"
        ws.append(["Nama", "Nilai", "Pecahan", "Lulus", "Tanggal"])
        ws.append(["Ani & Budi <x>", 42, 3.25, True, datetime.date(2024, 3, 31)])
        ws.append(["Nama", -7, None, False])
        ws["A2"].font = Font(bold=True)
        ws["B2"].protection = Protection(locked=False)
        ws["B3"].number_format = "#,##0"
        ws["C3"].number_format = "0.00"
        wb.create_sheet("Kedua")["C5"] = "jauh"
        wb.save(sys.argv[1])
        ws["F2"] = "=SUM(B2:C2)"
        wb.save(sys.argv[2])
        """
        _ = try ExternalTools.python(python, script, [plain.path, withFormula.path])

        let read = try XLSXReader.read(try Data(contentsOf: plain))
        XCTAssertEqual(read.sheets.map(\.name), ["Data", "Kedua"])
        let data = read.sheets[0]
        XCTAssertEqual(data.usedCells.map(\.reference.description), ["A1", "B1", "C1", "D1", "E1", "A2", "B2", "C2", "D2", "E2", "A3", "B3", "C3", "D3"])
        XCTAssertEqual(data[row: 1, column: 5], Cell(.text("Tanggal")))
        XCTAssertEqual(data[row: 2, column: 1], Cell(.text("Ani & Budi <x>"), style: CellStyle(bold: true)))
        XCTAssertEqual(data[row: 2, column: 2], Cell(.number(42), style: CellStyle(locked: false)))
        XCTAssertEqual(data[row: 2, column: 3].value, .number(3.25))
        XCTAssertEqual(data[row: 2, column: 4].value, .bool(true))
        // 2024-03-31 is day 45382 of Excel's 1900 date system: 45292 (2024-01-01) + 31 + 29 + 30.
        XCTAssertEqual(data[row: 2, column: 5], Cell(.number(45382), style: CellStyle(numberFormat: "yyyy-mm-dd")))
        XCTAssertTrue(data[row: 2, column: 5].style.isDateFormat)
        XCTAssertEqual(data[row: 3, column: 1].value, .text("Nama"))
        XCTAssertEqual(data[row: 3, column: 2], Cell(.number(-7), style: CellStyle(numberFormat: "#,##0")))
        XCTAssertEqual(data[row: 3, column: 3], Cell(.empty, style: CellStyle(numberFormat: "0.00")))
        XCTAssertEqual(data[row: 3, column: 4].value, .bool(false))
        XCTAssertEqual(read.sheets[1].usedCells.map { "\($0.reference)=\($0.cell.rawText)" }, ["C5=jauh"])

        // openpyxl stores formulas without calculating them; taking that as empty would lose
        // the officer's entry, so it is reported.
        let error = TestWorkbooks.sheetError { try XLSXReader.read(try Data(contentsOf: withFormula)) }
        XCTAssertEqual(error?.description, "Data!F2: holds the formula =SUM(B2:C2) but no calculated value; open the file in Excel or LibreOffice and save it again so the result is stored")
    }
}
