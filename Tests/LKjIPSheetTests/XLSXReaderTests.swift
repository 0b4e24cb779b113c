import Foundation
@testable import LKjIPSheet
import XCTest

final class XLSXReaderTests: XCTestCase {
    typealias T = TestWorkbooks

    // MARK: - What other producers write

    func testSharedStringsWithRichTextAndPhoneticRuns() throws {
        let strings = """
        <sst xmlns="\(T.mainNamespace)" count="3" uniqueCount="3">\
        <si><t>Capaian</t></si>\
        <si><r><rPr><b/></rPr><t>Kinerja </t></r><r><t xml:space="preserve">Bidang &amp; Seksi</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>\
        <si><t>Baris_x000A_baru</t></si></sst>
        """
        let sheet = T.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>")
        let read = try XLSXReader.read(try T.package(sheetXML: sheet, sharedStrings: strings))
        let data = try XCTUnwrap(read.sheet(named: "Data"))
        XCTAssertEqual(data[row: 1, column: 1].value, .text("Capaian"))
        XCTAssertEqual(data[row: 1, column: 2].value, .text("Kinerja Bidang & Seksi"))
        XCTAssertEqual(data[row: 1, column: 3].value, .text("Baris\nbaru"))
    }

    func testInlineStringsFormulaResultsBooleansAndNumbers() throws {
        let sheet = T.sheet("""
        <row r="2"><c r="A2" t="inlineStr"><is><t>Satuan &lt;orang&gt;</t></is></c>\
        <c r="B2" t="inlineStr"><is><r><t>dua </t></r><r><t>run</t></r></is></c>\
        <c r="C2" t="str"><f>A2&amp;"!"</f><v>Satuan &lt;orang&gt;!</v></c>\
        <c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><f>FALSE()</f><v>0</v></c>\
        <c r="F2" t="n"><v>87.5</v></c><c r="G2"><f>F2*2</f><v>175</v></c>\
        <c r="H2"><v>-1.25E-3</v></c><c r="I2" t="str"><f>""</f><v></v></c></row>
        """)
        let data = try XCTUnwrap(try XLSXReader.read(try T.package(sheetXML: sheet)).sheets.first)
        XCTAssertEqual(data[row: 2, column: 1].value, .text("Satuan <orang>"))
        XCTAssertEqual(data[row: 2, column: 2].value, .text("dua run"))
        XCTAssertEqual(data[row: 2, column: 3].value, .text("Satuan <orang>!"))
        XCTAssertEqual(data[row: 2, column: 4].value, .bool(true))
        XCTAssertEqual(data[row: 2, column: 5].value, .bool(false))
        XCTAssertEqual(data[row: 2, column: 6].value, .number(87.5))
        XCTAssertEqual(data[row: 2, column: 7].value, .number(175))
        XCTAssertEqual(data[row: 2, column: 8].value, .number(-0.00125))
        XCTAssertEqual(data[row: 2, column: 9].value, .empty, "a formula that shows nothing reads as empty")
        XCTAssertEqual(data[row: 2, column: 6].rawText, "87.5")
    }

    func testFrozenPaneComesFromTheSheetViewOnly() throws {
        let sheet = """
        <worksheet xmlns="\(T.mainNamespace)"><sheetViews><sheetView workbookViewId="0">\
        <pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
        <sheetData/><customSheetViews><customSheetView guid="{00000000-0000-0000-0000-000000000000}">\
        <pane xSplit="4" ySplit="9" topLeftCell="E10" state="frozen"/></customSheetView></customSheetViews></worksheet>
        """
        let data = try XCTUnwrap(try XLSXReader.read(try T.package(sheetXML: sheet)).sheets.first)
        XCTAssertEqual(data.frozenRows, 2)
        XCTAssertEqual(data.frozenColumns, 0)
    }

    func testCellsWithoutAddressesArePlacedByPosition() throws {
        let sheet = T.sheet("<row><c><v>1</v></c><c><v>2</v></c></row><row r=\"4\"><c r=\"C4\"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>")
        let data = try XCTUnwrap(try XLSXReader.read(try T.package(sheetXML: sheet)).sheets.first)
        XCTAssertEqual(data.usedCells.map { "\($0.reference)=\($0.cell.rawText)" }, ["A1=1", "B1=2", "C4=3", "D4=4", "A5=5"])
    }

    func testStylesGiveNumberFormatsLockAndLook() throws {
        let styles = """
        <styleSheet xmlns="\(T.mainNamespace)"><numFmts count="1"><numFmt numFmtId="170" formatCode="[$-421]dd mmmm yyyy"/></numFmts>\
        <fonts count="2"><font><sz val="11"/></font><font><b val="true"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="ffc6efce"/></patternFill></fill></fills>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0"><protection locked="0"/></xf></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0"/><xf numFmtId="14" fontId="0" fillId="0"/>\
        <xf numFmtId="170" fontId="1" fillId="2"><alignment wrapText="true"/><protection locked="false"/></xf>\
        <xf numFmtId="4"/></cellXfs>\
        <dxfs count="1"><dxf><font><b/></font><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs></styleSheet>
        """
        let sheet = T.sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45382</v></c><c r=\"B1\" s=\"2\"><v>45383</v></c><c r=\"C1\" s=\"3\"><v>1234.5</v></c><c r=\"D1\" s=\"9\"><v>1</v></c></row>")
        let data = try XCTUnwrap(try XLSXReader.read(try T.package(sheetXML: sheet, styles: styles)).sheets.first)
        XCTAssertEqual(data[row: 1, column: 1].style, CellStyle(numberFormat: "mm-dd-yy"))
        XCTAssertTrue(data[row: 1, column: 1].style.isDateFormat)
        XCTAssertEqual(data[row: 1, column: 2].style, CellStyle(numberFormat: "[$-421]dd mmmm yyyy", locked: false, bold: true, fillColor: "C6EFCE", wrapText: true))
        XCTAssertTrue(data[row: 1, column: 2].style.isDateFormat)
        XCTAssertEqual(data[row: 1, column: 3].style.numberFormat, "#,##0.00")
        XCTAssertFalse(data[row: 1, column: 3].style.isDateFormat)
        XCTAssertEqual(data[row: 1, column: 4].style, CellStyle(), "an unknown style index falls back to the default")
    }

    func testStrictNamespacesAndChartSheetsAreHandled() throws {
        let strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
        let relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
        let parts: [(String, String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"a\" Type=\"\(relationships)/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<x:workbook xmlns:x=\"\(strict)\" xmlns:r=\"\(relationships)\"><x:sheets><x:sheet name=\"Grafik\" sheetId=\"1\" r:id=\"c\"/><x:sheet name=\"Angka\" sheetId=\"2\" r:id=\"s\"/></x:sheets></x:workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"c\" Type=\"\(relationships)/chartsheet\" Target=\"charts/one.xml\"/><Relationship Id=\"s\" Type=\"\(relationships)/worksheet\" Target=\"./sheets/../sheets/angka.xml\"/></Relationships>"),
            ("xl/sheets/angka.xml", "<x:worksheet xmlns:x=\"\(strict)\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>"),
        ]
        let read = try XLSXReader.read(try T.zip(parts.map { ($0.0, Data($0.1.utf8)) }))
        XCTAssertEqual(read.sheets.map(\.name), ["Angka"])
        XCTAssertEqual(read.sheets.first?[row: 1, column: 1].value, .number(42))
    }

    func testForeignValidationsAreReadOrSkipped() throws {
        let validations = """
        <dataValidations count="4">\
        <dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="E2:E9"><formula1>0</formula1><formula2>100</formula2></dataValidation>\
        <dataValidation type="list" sqref="F2:F9"><formula1>$K$1:$K$2</formula1></dataValidation>\
        <dataValidation type="date" operator="greaterThan" sqref="G2"><formula1>45000</formula1></dataValidation>\
        <dataValidation type="whole" operator="lessThanOrEqual" sqref="H2"><formula1>10</formula1></dataValidation>\
        </dataValidations>
        """
        let data = try XCTUnwrap(try XLSXReader.read(try T.package(sheetXML: T.sheet("", after: validations))).sheets.first)
        XCTAssertEqual(data.dataValidations, [
            DataValidation(range: "E2:E9", kind: .decimal(min: 0, max: 100), allowBlank: true),
            DataValidation(range: "H2", kind: .whole(min: nil, max: 10), allowBlank: false),
        ])
    }

    // MARK: - Hostile and broken input

    func testBytesThatAreNotAZip() {
        let error = T.sheetError { try XLSXReader.read(Data("No;Indikator;Realisasi\n1;IKU;90\n".utf8)) }
        XCTAssertTrue(error?.message.contains("not an .xlsx file (it is not a zip archive)") == true, "\(String(describing: error))")
        XCTAssertNotNil(T.sheetError { try XLSXReader.read(Data()) })
        XCTAssertNotNil(T.sheetError { try XLSXReader.read(Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0])) })
    }

    func testZipThatIsNotAWorkbook() throws {
        let plain = try T.zip([("catatan.txt", Data("halo".utf8))])
        XCTAssertEqual(T.sheetError { try XLSXReader.read(plain) }?.message,
                       "this is not an .xlsx workbook: the package names no main document (_rels/.rels is missing or empty)")
        let word = try T.zip([
            ("_rels/.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(T.relationshipType)/officeDocument\" Target=\"word/document.xml\"/></Relationships>".utf8)),
            ("word/document.xml", Data("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".utf8)),
        ])
        XCTAssertEqual(T.sheetError { try XLSXReader.read(word) }?.description,
                       "word/document.xml: is a <document>, not a workbook; the file is not a spreadsheet (a Word or PowerPoint file?)")
    }

    func testMissingSheetPartNamesTheSheet() throws {
        let parts = try T.parts(of: try T.package(sheetXML: T.sheet(""), sheetName: "Pemasyarakatan")).filter { $0.path != "xl/lembar/data.xml" }
        let error = T.sheetError { try XLSXReader.read(try T.zip(parts.map { ($0.path, $0.data) })) }
        XCTAssertEqual(error?.description, "Pemasyarakatan: the workbook lists this sheet, but its part xl/lembar/data.xml is missing; the file is damaged")
    }

    func testExternalEntityIsNeverResolved() throws {
        let folder = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("rahasia.txt")
        try "RAHASIA-XXE".write(to: secret, atomically: true, encoding: .utf8)
        let sheet = """
        <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "\(secret.absoluteString)">]>\
        <worksheet xmlns="\(T.mainNamespace)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>
        """
        let error = T.sheetError { try XLSXReader.read(try T.package(sheetXML: sheet)) }
        XCTAssertEqual(error?.sheet, "Data")
        XCTAssertTrue(error?.message.contains("DOCTYPE") == true, "\(String(describing: error))")
        XCTAssertFalse(error?.description.contains("RAHASIA") ?? true)
    }

    func testEntityExpansionBombIsRefused() throws {
        var declarations = "<!ENTITY a0 \"haha\">"
        for level in 1...9 { declarations += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let strings = "<?xml version=\"1.0\"?><!DOCTYPE sst [\(declarations)]><sst xmlns=\"\(T.mainNamespace)\"><si><t>&a9;</t></si></sst>"
        let error = T.sheetError { try XLSXReader.read(try T.package(sheetXML: T.sheet(""), sharedStrings: strings)) }
        XCTAssertEqual(error?.part, "xl/strings.xml")
        XCTAssertTrue(error?.message.contains("DOCTYPE") == true)
    }

    func testSheetWithTooManyRows() throws {
        var rows = ""
        rows.reserveCapacity(4_000_000)
        for row in 1...100_001 { rows += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>1</v></c></row>" }
        let error = T.sheetError { try XLSXReader.read(try T.package(sheetXML: T.sheet(rows))) }
        XCTAssertEqual(error?.description, "Data: the sheet has more than 100000 rows; this is not a form filled by hand")
    }

    func testUnpackedSizeAndCellCountAreBounded() throws {
        let data = try XLSXWriter.write(TestWorkbooks.sample)
        let size = T.sheetError { try XLSXReader.read(data, limits: XLSXReadLimits(maximumUncompressedSize: 4_000)) }
        XCTAssertTrue(size?.message.hasPrefix("the workbook unpacks to more than 4000 bytes") == true, "\(String(describing: size))")
        let numbers = try XLSXWriter.write(Workbook(sheets: [Worksheet(name: "Angka", rows: [[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]])]))
        XCTAssertEqual(T.sheetError { try XLSXReader.read(numbers, limits: XLSXReadLimits(maximumCells: 10)) }?.description,
                       "Angka!E2: the workbook has more than 10 non-empty cells; this is not a form filled by hand")
        let strings = T.sheetError { try XLSXReader.read(data, limits: XLSXReadLimits(maximumCells: 10)) }
        XCTAssertEqual(strings?.description, "xl/sharedStrings.xml: holds more than 10 strings")
    }

    func testZipBombIsStoppedWhileInflating() throws {
        // 80 MiB of spaces deflate to about 80 KiB; the declared size is honest here, so this
        // checks the up-front refusal, and the byte counter guards the dishonest case.
        let padding = Data(repeating: 0x20, count: 80 * 1024 * 1024)
        let parts = try T.parts(of: try T.package(sheetXML: T.sheet(""))) + [("xl/media/besar.bin", padding)]
        let error = T.sheetError { try XLSXReader.read(try T.zip(parts.map { ($0.0, $0.1) })) }
        XCTAssertEqual(error?.message, "the workbook unpacks to more than 64 MiB; split it or remove unused sheets")
    }

    func testPathTraversalEntryIsRefused() throws {
        let parts = try T.parts(of: try T.package(sheetXML: T.sheet(""))) + [("../../etc/cron.d/jahat", Data("x".utf8))]
        let error = T.sheetError { try XLSXReader.read(try T.zip(parts.map { ($0.0, $0.1) })) }
        XCTAssertEqual(error?.message, "the zip entry \"../../etc/cron.d/jahat\" points outside the package; the file was refused")
    }

    func testErrorValueIsReportedWithItsCell() throws {
        let sheet = T.sheet("<row r=\"12\"><c r=\"E12\" t=\"e\"><f>D12/0</f><v>#DIV/0!</v></c></row>")
        let error = T.sheetError { try XLSXReader.read(try T.package(sheetXML: sheet, sheetName: "Pemasyarakatan")) }
        XCTAssertEqual(error?.description, "Pemasyarakatan!E12: shows the error #DIV/0! instead of a value; correct the formula or type the value")
    }

    func testBrokenCellsAreReportedWithTheirCell() throws {
        let cases: [(String, String)] = [
            ("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>7</v></c></row>", "Data!B3: refers to shared string 7, which the workbook does not have; the file is damaged"),
            ("<row r=\"3\"><c r=\"B3\"><v>sembilan puluh</v></c></row>", "Data!B3: holds \"sembilan puluh\" where the file format requires a number; the file is damaged"),
            ("<row r=\"3\"><c r=\"B3\"><v>0x1p3</v></c></row>", "Data!B3: holds \"0x1p3\" where the file format requires a number; the file is damaged"),
            ("<row r=\"3\"><c r=\"B3\" t=\"b\"><v>ya</v></c></row>", "Data!B3: holds \"ya\" where the file format requires TRUE or FALSE"),
            ("<row r=\"3\"><c r=\"B3\"><f>SUM(A1:A2)</f><v/></c></row>", "Data!B3: holds the formula =SUM(A1:A2) but no calculated value; open the file in Excel or LibreOffice and save it again so the result is stored"),
            ("<row r=\"3\"><c r=\"3B\"><v>1</v></c></row>", "Data: a cell is addressed as \"3B\", which is not a cell reference"),
            ("<row r=\"0\"/>", "Data: a row is numbered \"0\", which is not a row of a sheet"),
            ("<row r=\"3\"><c r=\"B3\" t=\"x\"><v>1</v></c></row>", "Data!B3: has the unknown cell type \"x\""),
        ]
        for (rows, expected) in cases {
            XCTAssertEqual(T.sheetError { try XLSXReader.read(try T.package(sheetXML: T.sheet(rows))) }?.description, expected)
        }
    }

    func testMalformedXMLNamesThePart() throws {
        let error = T.sheetError { try XLSXReader.read(try T.package(sheetXML: "<worksheet><sheetData><row></sheetData></worksheet>", sheetName: "Umum")) }
        XCTAssertEqual(error?.sheet, "Umum")
        XCTAssertTrue(error?.message.hasPrefix("the sheet's part xl/lembar/data.xml is not well-formed XML (line 1:") == true, "\(String(describing: error))")
    }

    /// Damaged copies of a real workbook must give an error or a workbook, never a crash.
    func testDamagedFilesNeverCrash() throws {
        let original = try XLSXWriter.write(TestWorkbooks.sample)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var outcomes = (read: 0, refused: 0)
        for round in 0..<1000 {
            var damaged = original
            if round % 3 == 0 {
                damaged = damaged.prefix(next(damaged.count))
            } else {
                for _ in 0..<(1 + next(8)) { damaged[next(damaged.count)] = UInt8(next(256)) }
            }
            do {
                _ = try XLSXReader.read(damaged)
                outcomes.read += 1
            } catch is SheetError {
                outcomes.refused += 1
            }
        }
        XCTAssertEqual(outcomes.read + outcomes.refused, 1000)
        XCTAssertGreaterThan(outcomes.refused, 0)
    }
}
