import Foundation
@testable import LKjIPSheet
import TestSupport
import XCTest

/// LibreOffice Calc, run headless when installed, must read what XLSXWriter writes, and
/// XLSXReader must read what Calc writes (shared strings, its own style table).
final class LibreOfficeInteropTests: XCTestCase {
    func testCalcConvertsOurWorkbook() throws {
        let soffice = try ExternalTools.require("soffice", "LibreOffice (soffice)")
        let program = soffice.resolvingSymlinksInPath().deletingLastPathComponent()
        let calc = program.appendingPathComponent("libsclo.so")
        _ = try ToolCheck.require(FileManager.default.fileExists(atPath: calc.path) ? calc : nil, "LibreOffice Calc (package libreoffice-calc-nogui)")
        let folder = try TestWorkbooks.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("realisasi.xlsx")
        try XLSXWriter.write(TestWorkbooks.sample).write(to: source)
        let profile = "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path

        // The first sheet as CSV (UTF-8, comma, double quotes).
        let csvFolder = folder.appendingPathComponent("csv")
        let csvRun = try ExternalTools.run(soffice, [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                                                     "--outdir", csvFolder.path, source.path])
        let csvURL = csvFolder.appendingPathComponent("realisasi.csv")
        guard let csv = try? String(contentsOf: csvURL, encoding: .utf8) else {
            XCTFail("soffice wrote no CSV (\(csvRun.status)): \(csvRun.output) \(csvRun.errors)")
            return
        }
        let rows = try CSVReader.read(csv)
        XCTAssertEqual(rows.first, ["No", "Indikator", "Target", "Satuan", "Realisasi", "Tercapai"])
        XCTAssertEqual(rows.dropFirst().prefix(3).map { [$0[0], $0[1], $0[3]] }, [
            ["1", "Persentase narapidana & tahanan <dibina>", "%"],
            ["2", "Jumlah \"warga binaan\" yang 'mandiri'", "orang"],
            ["3", "Indeks kepuasan masyarakat — layanan kunjungan\nbaris kedua", "  spasi di tepi  "],
        ])

        // Calc's own .xlsx of the same workbook reads back with the same content.
        let xlsxFolder = folder.appendingPathComponent("xlsx")
        let xlsxRun = try ExternalTools.run(soffice, [profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                                                      "--outdir", xlsxFolder.path, source.path])
        guard let resaved = try? Data(contentsOf: xlsxFolder.appendingPathComponent("realisasi.xlsx")) else {
            XCTFail("soffice wrote no xlsx (\(xlsxRun.status)): \(xlsxRun.output) \(xlsxRun.errors)")
            return
        }
        let read = try XLSXReader.read(resaved)
        XCTAssertEqual(read.sheets.map(\.name), ["Pemasyarakatan", "Sub Bagian Umum"])
        let sheet = read.sheets[0], expected = TestWorkbooks.sample.sheets[0]
        for (reference, cell) in expected.usedCells where cell.value != .text("") {
            XCTAssertEqual(sheet[reference].value, cell.value, "\(reference)")
            XCTAssertEqual(sheet[reference].style.locked, cell.style.locked, "\(reference)")
        }
        XCTAssertTrue(sheet.protected)
        // Calc stores widths in its own units and converts back through the default font's
        // digit width, so a width may come back a hair off (48,51 for 48,5, seen under load);
        // a width is the same to a tenth of a character.
        XCTAssertEqual(Set(sheet.columnWidths.keys), Set(expected.columnWidths.keys))
        for (column, width) in expected.columnWidths {
            XCTAssertEqual(sheet.columnWidths[column] ?? -1, width, accuracy: 0.1, "column \(column)")
        }
        // Calc merges adjacent ranges (G2:G4 H2:H4 becomes G2:H4), so compare the rules. A
        // headless conversion has no view, so frozen panes are not carried over.
        XCTAssertEqual(Set(sheet.dataValidations.map(\.kind)), Set(expected.dataValidations.map(\.kind)))
        XCTAssertEqual(sheet.dataValidations.first { $0.kind == .decimal(min: 0, max: 100) }, expected.dataValidations.first)
    }
}
