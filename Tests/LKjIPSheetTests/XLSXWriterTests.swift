import Foundation
@testable import LKjIPPackage
@testable import LKjIPSheet
import XCTest

final class XLSXWriterTests: XCTestCase {
    func testRoundTripGivesTheSameWorkbook() throws {
        let workbook = TestWorkbooks.sample
        let read = try XLSXReader.read(try XLSXWriter.write(workbook))
        XCTAssertEqual(read.sheets.map(\.name), ["Pemasyarakatan", "Sub Bagian Umum"])
        for (written, back) in zip(workbook.sheets, read.sheets) {
            XCTAssertEqual(back.usedCells.map(\.reference), written.usedCells.map(\.reference), back.name)
            for (reference, cell) in written.usedCells {
                XCTAssertEqual(back[reference], cell, "\(back.name)!\(reference)")
            }
            XCTAssertEqual(back.columnWidths, written.columnWidths)
            XCTAssertEqual(back.dataValidations, written.dataValidations)
        }
        XCTAssertEqual(read, workbook)
    }

    func testRoundTripKeepsValuesAsTyped() throws {
        let read = try XLSXReader.read(try XLSXWriter.write(TestWorkbooks.sample))
        let sheet = try XCTUnwrap(read.sheet(named: "Pemasyarakatan"))
        XCTAssertEqual(sheet[row: 2, column: 2].value, .text("Persentase narapidana & tahanan <dibina>"))
        XCTAssertEqual(sheet[row: 3, column: 2].value, .text("Jumlah \"warga binaan\" yang 'mandiri'"))
        XCTAssertEqual(sheet[row: 4, column: 4].value, .text("  spasi di tepi  "))
        XCTAssertEqual(sheet[row: 6, column: 2].value, .text("Catatan: _x000D_ bukan baris baru"))
        XCTAssertEqual(sheet[row: 3, column: 3].value, .number(-12.25))
        XCTAssertEqual(sheet[row: 6, column: 4].value, .number(0.000_000_1))
        XCTAssertEqual(sheet[row: 2, column: 6].value, .bool(true))
        XCTAssertEqual(sheet[row: 2, column: 5], Cell(.empty, style: CellStyle(numberFormat: "0.00", locked: false, fillColor: "FFF2CC")))
        XCTAssertTrue(sheet[row: 2, column: 1].style.locked)
        XCTAssertEqual(sheet.frozenRows, 1)
        XCTAssertEqual(sheet.frozenColumns, 2)
        XCTAssertTrue(sheet.protected)
        XCTAssertTrue(read.protectsStructure)
        let second = try XCTUnwrap(read.sheet(named: "Sub Bagian Umum"))
        XCTAssertEqual(second[row: 2, column: 1].value, .text("Layanan perkantoran 📊"))
        XCTAssertEqual(second[row: 2, column: 4].value, .text("00123"))
        XCTAssertTrue(second[row: 2, column: 5].style.isDateFormat)
        XCTAssertFalse(second[row: 2, column: 6].style.isDateFormat)
        XCTAssertFalse(second.protected)
    }

    func testSameWorkbookGivesIdenticalBytes() throws {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        XCTAssertEqual(try XLSXWriter.write(TestWorkbooks.sample), try XLSXWriter.write(TestWorkbooks.sample))
        XCTAssertEqual(try XLSXWriter.write(TestWorkbooks.sample, created: date), try XLSXWriter.write(TestWorkbooks.sample, created: date))
        // A workbook built in another order but equal in content gives the same bytes too.
        var reordered = Worksheet(name: "Data")
        reordered[row: 2, column: 2] = "b"
        reordered[row: 1, column: 1] = "a"
        let direct = Worksheet(name: "Data", rows: [["a"], [Cell(), "b"]])
        XCTAssertEqual(try XLSXWriter.write(Workbook(sheets: [reordered])), try XLSXWriter.write(Workbook(sheets: [direct])))
    }

    func testCreatedDateIsWrittenOnlyWhenGiven() throws {
        let plain = try XCTUnwrap(try TestWorkbooks.parts(of: try XLSXWriter.write(TestWorkbooks.sample)).first { $0.path == "docProps/core.xml" })
        XCTAssertFalse(String(decoding: plain.data, as: UTF8.self).contains("dcterms:created"))
        let dated = try XLSXWriter.write(TestWorkbooks.sample, created: Date(timeIntervalSince1970: 1_704_067_200))
        let core = try XCTUnwrap(try TestWorkbooks.parts(of: dated).first { $0.path == "docProps/core.xml" })
        XCTAssertTrue(String(decoding: core.data, as: UTF8.self).contains(">2024-01-01T00:00:00Z</dcterms:created>"))
    }

    /// Every part parses with libxml2, every part has a content type, every relationship
    /// target exists, and the worksheet children follow the schema's order.
    func testPackageIsWellFormedAndComplete() throws {
        let parts = try TestWorkbooks.parts(of: try XLSXWriter.write(TestWorkbooks.sample))
        let paths = Set(parts.map(\.path))
        XCTAssertEqual(parts.first?.path, "[Content_Types].xml")
        for (path, data) in parts {
            XCTAssertNoThrow(try XMLEventParser.parse(data, part: path, handler: NoHandler()), path)
        }
        let types = String(decoding: try XCTUnwrap(parts.first { $0.path == "[Content_Types].xml" }).data, as: UTF8.self)
        for path in paths where path != "[Content_Types].xml" && !path.hasSuffix(".rels") {
            XCTAssertTrue(types.contains("PartName=\"/\(path)\""), "\(path) has no content type")
        }
        for part in types.components(separatedBy: "PartName=\"/").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
            XCTAssertTrue(paths.contains(part), "content type for missing part \(part)")
        }
        for (relationships, folder) in [("_rels/.rels", ""), ("xl/_rels/workbook.xml.rels", "xl/")] {
            let xml = String(decoding: try XCTUnwrap(parts.first { $0.path == relationships }).data, as: UTF8.self)
            let targets = xml.components(separatedBy: "Target=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            XCTAssertFalse(targets.isEmpty)
            for target in targets { XCTAssertTrue(paths.contains(folder + target), "\(relationships): target \(target) missing") }
        }
        let sheet = String(decoding: try XCTUnwrap(parts.first { $0.path == "xl/worksheets/sheet1.xml" }).data, as: UTF8.self)
        let order = ["<dimension", "<sheetViews", "<sheetFormatPr", "<cols", "<sheetData", "<sheetProtection", "<dataValidations", "<pageMargins"]
        let positions = try order.map { name in try XCTUnwrap(sheet.range(of: name)?.lowerBound, "\(name) missing") }
        XCTAssertEqual(positions, positions.sorted(), "worksheet children out of schema order")
        XCTAssertTrue(sheet.contains("<dimension ref=\"A1:G6\"/>"), "dimension spans the used cells (G6 is the last), validations excluded")
        XCTAssertTrue(sheet.contains("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\" activePane=\"bottomRight\" state=\"frozen\"/>"))
        XCTAssertTrue(sheet.contains("<col min=\"3\" max=\"4\" width=\"12\" customWidth=\"1\"/>"), "equal neighbouring widths share a <col>")
        let styles = String(decoding: try XCTUnwrap(parts.first { $0.path == "xl/styles.xml" }).data, as: UTF8.self)
        XCTAssertTrue(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"))
        XCTAssertTrue(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"#,##0 &quot;orang&quot;\"/>"))
        XCTAssertTrue(styles.contains("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyProtection=\"1\"><protection locked=\"1\"/></xf>"),
                      "the default format comes first")
        XCTAssertTrue(styles.contains("<protection locked=\"0\"/>"))
    }

    func testSheetNamesAreChecked() {
        let cases: [(String, String)] = [
            ("Bidang/Seksi", "contains \"/\""),
            ("Kepegawaian dan Hubungan Masyarakat", "at most 31"),
            ("", "empty"),
            ("'Umum'", "apostrophe"),
            ("history", "reserves"),
        ]
        for (name, expected) in cases {
            let error = TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [Worksheet(name: name)])) }
            XCTAssertTrue(error?.description.contains(expected) == true, "\(name): \(String(describing: error))")
        }
        let duplicate = TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [Worksheet(name: "Umum"), Worksheet(name: "UMUM")])) }
        XCTAssertEqual(duplicate?.description, "UMUM: sheet name repeats \"Umum\"; Excel compares names ignoring case")
        XCTAssertNotNil(TestWorkbooks.sheetError { try XLSXWriter.write(Workbook()) })
    }

    func testCharactersXMLCannotCarryNameTheCell() {
        var sheet = Worksheet(name: "Sub Bagian Umum")
        sheet[row: 12, column: 5] = "nilai\u{1}"
        let error = TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [sheet])) }
        XCTAssertEqual(error?.description, "'Sub Bagian Umum'!E12: text contains the control character U+0001, which an .xlsx file cannot hold")
    }

    func testValuesTheFormatCannotHoldAreRefused() {
        var sheet = Worksheet(name: "Data")
        sheet[row: 3, column: 2] = Cell(.number(DecimalText("1E+400")!))
        XCTAssertEqual(TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [sheet])) }?.description,
                       "Data!B3: 1E+400 is beyond what a spreadsheet number can hold")

        sheet = Worksheet(name: "Data")
        sheet[row: 1, column: 16_385] = "x"
        XCTAssertNotNil(TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [sheet])) })

        sheet = Worksheet(name: "Data")
        sheet[row: 1, column: 1] = Cell(.text(String(repeating: "a", count: 32_768)))
        XCTAssertEqual(TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [sheet])) }?.cell, CellReference("A1"))

        sheet = Worksheet(name: "Data")
        sheet[row: 1, column: 1] = Cell("x", style: CellStyle(fillColor: "kuning"))
        XCTAssertTrue(TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [sheet])) }?.message.contains("RRGGBB") == true)
    }

    func testInvalidValidationsAreRefused() {
        let cases: [(DataValidation, String)] = [
            (DataValidation(range: "E2:", kind: .decimal(min: 0, max: 1)), "not A1 notation"),
            (DataValidation(range: "E2:E4", kind: .list(["1,5", "2"])), "contains a comma"),
            (DataValidation(range: "E2:E4", kind: .list([])), "no items"),
            (DataValidation(range: "E2:E4", kind: .decimal(min: 5, max: 1)), "above maximum"),
            (DataValidation(range: "E2:E4", kind: .decimal(min: 0, max: nil), errorTitle: String(repeating: "x", count: 33)), "errorTitle has 33"),
            (DataValidation(range: "E2:E4", kind: .list([String(repeating: "x", count: 256)])), "255"),
        ]
        for (validation, expected) in cases {
            let sheet = Worksheet(name: "Data", dataValidations: [validation])
            let error = TestWorkbooks.sheetError { try XLSXWriter.write(Workbook(sheets: [sheet])) }
            XCTAssertTrue(error?.description.hasPrefix("Data: data validation ") == true, "\(String(describing: error))")
            XCTAssertTrue(error?.description.contains(expected) == true, "\(String(describing: error)) lacks \(expected)")
        }
    }

    func testEmptySheetIsValid() throws {
        let workbook = Workbook(sheets: [Worksheet(name: "Kosong")])
        let data = try XLSXWriter.write(workbook)
        XCTAssertFalse(try TestWorkbooks.parts(of: data).contains { $0.path == "xl/sharedStrings.xml" })
        XCTAssertEqual(try XLSXReader.read(data), workbook)
    }

    final class NoHandler: XMLEventHandler {
        func start(_ name: String, attributes: [String: String]) throws {}
        func end(_ name: String, text: String) throws {}
    }
}
