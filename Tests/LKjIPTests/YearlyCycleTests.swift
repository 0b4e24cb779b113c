import Foundation
import LKjIP
import TestSupport
import XCTest

/// Issue 17: the yearly cycle end to end through the command line. Next year's directory from
/// the Sumatera Barat example (`init --from`), realisasi filled in a spreadsheet by an
/// independent writer (openpyxl), imported and built; located errors for a wrong cell; an
/// unchanged round trip leaves the YAML byte-identical; batch builds; `diff`; the skeleton.
/// Expected figures come from the seed or are computed by hand in the comments.
final class YearlyCycleTests: XCTestCase {
    typealias OutputTable = FidelityTests.OutputTable

    // MARK: - Harness

    func run(_ arguments: [String], in directory: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> LKjIPProcess.Result {
        try LKjIPProcess.run(arguments, in: directory)
    }

    @discardableResult
    func succeed(_ arguments: [String], in directory: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> LKjIPProcess.Result {
        let result = try LKjIPProcess.run(arguments, in: directory)
        XCTAssertEqual(result.status, 0, "lkjip \(arguments.joined(separator: " ")):\n\(result.standardError.prefix(3000))", file: file, line: line)
        return result
    }

    /// `lkjip init <folder>/data-2024 --from <source> --tahun 2024`.
    func nextYear(from source: URL = Fixtures.sumbar, name: String = #function) throws -> URL {
        let target = try Fixtures.temporaryDirectory(name).appendingPathComponent("data-2024")
        try succeed(["init", target.path, "--from", source.path, "--tahun", "2024"])
        return target
    }

    func buildHTML(_ data: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [OutputTable] {
        let output = data.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString.prefix(6))")
        let result = try succeed(["build", data.path, "-o", output.path, "--no-layout", "--format", "html"], file: file, line: line)
        _ = result
        let html = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: output.path).first { $0.hasSuffix(".html") }, file: file, line: line)
        let text = try String(contentsOf: output.appendingPathComponent(html), encoding: .utf8)
        return OutputTable.all(in: try XMLTree.parseHTML(text.replacingOccurrences(of: "<br>", with: " <br>")))
    }

    func table(_ tables: [OutputTable], _ caption: String, file: StaticString = #filePath, line: UInt = #line) throws -> OutputTable {
        let found = tables.filter { $0.caption.contains(caption) }
        XCTAssertEqual(found.count, 1, "tables captioned \(caption): \(tables.map(\.caption).filter { !$0.isEmpty }.prefix(80))", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    /// The cell of the row labelled `label` (numbering ignored) in the column named `column`.
    func cell(_ table: OutputTable, _ label: String, _ column: String, labelColumn: Int = 0, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let row = try XCTUnwrap(table.rows.first { FidelityTests.Normal.label($0[labelColumn]) == label }, "no row \(label) in \(table.caption)", file: file, line: line)
        let index = try XCTUnwrap(table.columns.firstIndex(of: column), "no column \(column) in \(table.columns)", file: file, line: line)
        return row[index]
    }

    /// python3 with openpyxl: skipped when missing, a failure with LKJIP_REQUIRE_TOOLS=1.
    func openpyxl(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let python = ToolCheck.find("python3")
        let usable = try python.flatMap { try ToolCheck.run($0, ["-c", "import openpyxl"]).status == 0 ? $0 : nil }
        return try ToolCheck.require(usable, "python3 with openpyxl", file: file, line: line)
    }

    /// Runs a Python script with openpyxl; returns its standard output.
    func python(_ script: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let python = try openpyxl(file: file, line: line)
        let url = try Fixtures.temporaryDirectory("py").appendingPathComponent("edit.py")
        try Data(script.utf8).write(to: url)
        let result = try ToolCheck.run(python, [url.path] + arguments)
        XCTAssertEqual(result.status, 0, result.standardError, file: file, line: line)
        return result.standardOutput
    }

    /// Sets the "Realisasi <tahun>" cell of the rows whose column A is an indicator id (and,
    /// under `kegiatan`, a kegiatan id) per sheet, found by the header row; prints the
    /// coordinate of every cell it wrote. JSON numbers stay numbers, strings stay text.
    static let fillScript = """
    import json, sys, openpyxl
    source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    wb = openpyxl.load_workbook(source)
    for sheet, values in edits.items():
        ws = wb[sheet]
        kegiatan = values.pop("kegiatan", {})
        wanted, column = values, None
        for row in ws.iter_rows():
            key = row[0].value
            if key in ("id_indikator", "id_kegiatan"):
                labels = [c.value for c in row]
                column = next(i for i, v in enumerate(labels) if isinstance(v, str) and v.startswith("Realisasi")) + 1
                wanted = values if key == "id_indikator" else kegiatan
                continue
            if column and key in wanted:
                cell = ws.cell(row=row[0].row, column=column)
                cell.value = wanted[key]
                print(sheet + "!" + cell.coordinate)
    wb.save(target)
    """

    // MARK: - Next year's directory

    func testInitFromLastYearBuildsAndTheHistoryTakes2023FromTheRealisasi() throws {
        let data = try nextYear()
        let tables = try buildHTML(data)
        // The 2024 report: table a of 2024 exists, realisasi not yet reported.
        XCTAssertEqual(try cell(try table(tables, "Target dan Realisasi Kinerja Divisi Administrasi Tahun 2024"), "Indeks kepuasan layanan internal di lingkungan Kantor Wilayah", "Realisasi", labelColumn: 1), "-")
        // Table b, linked rows: 2023 is the 2023 realisasi. Seed line 540: Fasilitas Bantuan
        // Hukum realisasi 2023 "117%" (line 599: 2022 "93,60%"); seed line 468: indeks
        // kepuasan layanan internal realisasi 2023 "3,8".
        let pemasyarakatan = try table(tables, "Realisasi Kinerja Divisi Pemasyarakatan Tahun 2020, 2021, 2022")
        XCTAssertEqual(try cell(pemasyarakatan, "Persentase Tahanan Yang Memperoleh Fasilitas Bantuan Hukum", "2023"), "117%")
        XCTAssertEqual(try cell(pemasyarakatan, "Persentase Tahanan Yang Memperoleh Fasilitas Bantuan Hukum", "2022"), "93,60%")
        let administrasi = try table(tables, "Realisasi Kinerja Divisi Administrasi Tahun 2020, 2021, 2022")
        XCTAssertEqual(try cell(administrasi, "Indeks kepuasan layanan internal di lingkungan Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Sumatera Barat", "2023"), "3,8")

        // The value follows last year's realisasi, not a typed copy: change it to 118 in a
        // copy of the example and the 2024 history says 118%.
        let edited = try Fixtures.copy(Fixtures.sumbar, name: "edited2023")
        try Fixtures.edit(edited, "realisasi/pemasyarakatan.yaml", replacing: "indikator: ss2-3\n    nilai: 117\n", with: "indikator: ss2-3\n    nilai: 118\n")
        let fromEdited = try buildHTML(try nextYear(from: edited, name: "fromEdited"))
        XCTAssertEqual(try cell(try table(fromEdited, "Realisasi Kinerja Divisi Pemasyarakatan Tahun 2020, 2021, 2022"), "Persentase Tahanan Yang Memperoleh Fasilitas Bantuan Hukum", "2023"), "118%")
    }

    /// Analysis 2 compares this year's realisasi with earlier years. With no 2024 realisasi
    /// there is nothing to compare: the analysis table must not print the 2021→2023 trend as
    /// if it were 2024's.
    func testAnalysisAgainstEarlierYearsNeedsThisYearsRealisasi() throws {
        let tables = try buildHTML(try nextYear())
        let analysis = try table(tables, "Analisis Capaian Indikator Divisi Pemasyarakatan Tahun 2024")
        let label = "Indeks penyelenggaraan pemasyarakatan di wilayah"
        XCTAssertEqual(try cell(analysis, label, "Realisasi 2024"), "-")
        XCTAssertEqual(try cell(analysis, label, "Dibanding Tahun Sebelumnya"), "-", "no 2024 realisasi, yet the comparison with earlier years is filled in")
    }

    // MARK: - Spreadsheet

    func testSpreadsheetFilledWithOpenpyxlIsImportedAndBuilt() throws {
        _ = try openpyxl()
        let data = try nextYear()
        let workbook = data.deletingLastPathComponent().appendingPathComponent("realisasi.xlsx")
        let filled = data.deletingLastPathComponent().appendingPathComponent("realisasi-terisi.xlsx")
        try succeed(["sheet", "export", data.path, "-o", workbook.path])
        let edits = #"{"Administrasi": {"ss1-1": 3.9, "kegiatan": {"pengelolaan-administratif-dan-fasilitatif": 17000000000}}, "Pemasyarakatan": {"ss2-3": 95.5}}"#
        let written = try python(Self.fillScript, [workbook.path, filled.path, edits])
        XCTAssertEqual(written.split(separator: "\n").count, 3, written)
        try succeed(["sheet", "import", filled.path, data.path])
        let yaml = try String(contentsOf: data.appendingPathComponent("realisasi/administrasi.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("nilai: 3.9"), yaml)

        let tables = try buildHTML(data)
        // Administrasi: 3,9 / 3,1 × 100 = 125,81 → 126%.
        let a = try table(tables, "Target dan Realisasi Kinerja Divisi Administrasi Tahun 2024")
        XCTAssertEqual(try cell(a, "Indeks kepuasan layanan internal di lingkungan Kantor Wilayah", "Realisasi", labelColumn: 1), "3,9")
        XCTAssertEqual(try cell(a, "Indeks kepuasan layanan internal di lingkungan Kantor Wilayah", "Capaian", labelColumn: 1), "126%")
        // Pemasyarakatan: 95,5 / 90 × 100 = 106,11 → 106%.
        let pa = try table(tables, "Target dan Realisasi Kinerja Divisi Pemasyarakatan Tahun 2024")
        XCTAssertEqual(try cell(pa, "Persentase Tahanan yang memperoleh Fasilitas Bantuan Hukum", "Capaian", labelColumn: 1), "106%")
        // Table b now runs to 2024: 2023 from last year's realisasi (seed 117%), 2024 from the sheet.
        let b = try table(tables, "Realisasi Kinerja Divisi Pemasyarakatan Tahun 2020, 2021, 2022, 2023 dan 2024")
        XCTAssertEqual(try cell(b, "Persentase Tahanan Yang Memperoleh Fasilitas Bantuan Hukum", "2023"), "117%")
        XCTAssertEqual(try cell(b, "Persentase Tahanan Yang Memperoleh Fasilitas Bantuan Hukum", "2024"), "95,5%")
        // Spending per kegiatan: 17.000.000.000 / 17.496.194.000 × 100 = 97,16%.
        let kegiatan = try table(tables, "Program dan Kegiatan Pendukung Sasaran Divisi Administrasi Tahun 2024")
        XCTAssertEqual(try cell(kegiatan, "Pengelolaan Administratif dan Fasilitatif Kantor Wilayah Kementerian Hukum dan HAM", "Realisasi", labelColumn: 1), "Rp 17.000.000.000")
        XCTAssertEqual(try cell(kegiatan, "Pengelolaan Administratif dan Fasilitatif Kantor Wilayah Kementerian Hukum dan HAM", "Serapan", labelColumn: 1), "97,16%")
    }

    func testAWrongCellIsLocatedBySheetAndCellAndNothingIsWritten() throws {
        _ = try openpyxl()
        let data = try nextYear()
        let workbook = data.deletingLastPathComponent().appendingPathComponent("realisasi.xlsx")
        let wrong = data.deletingLastPathComponent().appendingPathComponent("realisasi-salah.xlsx")
        try succeed(["sheet", "export", data.path, "-o", workbook.path])
        let written = try python(Self.fillScript, [workbook.path, wrong.path, #"{"Pemasyarakatan": {"ss2-1": 97, "ss2-3": "sembilan puluh"}}"#])
        let coordinate = try XCTUnwrap(written.split(separator: "\n").last.map(String.init))
        let before = Fixtures.snapshot(data)
        let result = try run(["sheet", "import", wrong.path, data.path])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.standardError.contains("realisasi-salah.xlsx: \(coordinate): harus angka, mis. 95,5; isinya \"sembilan puluh\""), "\(coordinate): \(result.standardError)")
        XCTAssertEqual(Fixtures.snapshot(data), before, "a refused import writes nothing, not even the valid ss2-1")
        XCTAssertEqual(Fixtures.debris(data.appendingPathComponent("realisasi")), [])
    }

    func testUnchangedRoundTripLeavesTheYAMLByteIdentical() throws {
        // On the full example (realisasi, comments, flow mappings) and on next year's directory.
        for (index, source) in [try Fixtures.copy(Fixtures.sumbar, name: "roundtrip"), try nextYear(name: "roundtripNext")].enumerated() {
            let before = Fixtures.snapshot(source)
            let folder = try Fixtures.temporaryDirectory("sheets\(index)")
            // lkjip's own workbook, and CSV.
            for name in ["realisasi.xlsx", "realisasi.csv"] {
                let file = folder.appendingPathComponent(name)
                try succeed(["sheet", "export", source.path, "-o", file.path])
                try succeed(["sheet", "import", file.path, source.path])
                XCTAssertEqual(changed(before, Fixtures.snapshot(source)), [], "\(name) round trip on \(source.path)")
            }
            // The workbook opened and saved unchanged by another writer.
            if (try? openpyxl()) != nil {
                let exported = folder.appendingPathComponent("lkjip.xlsx"), saved = folder.appendingPathComponent("openpyxl.xlsx")
                try succeed(["sheet", "export", source.path, "-o", exported.path])
                _ = try python(Self.fillScript, [exported.path, saved.path, "{}"])
                try succeed(["sheet", "import", saved.path, source.path])
                XCTAssertEqual(changed(before, Fixtures.snapshot(source)), [], "openpyxl round trip on \(source.path)")
            }
        }
    }

    func changed(_ before: [String: Data], _ after: [String: Data]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// The officer runs lkjip in their own folder, not in the lkjip checkout. `sheet` and `diff`
    /// have no --templates option, so they must not need one.
    func testSheetAndDiffRunOutsideTheCheckout() throws {
        let data = try MiniData.write()
        let folder = data.deletingLastPathComponent()
        let export = try run(["sheet", "export", data.path, "-o", folder.appendingPathComponent("r.xlsx").path], in: folder)
        XCTAssertEqual(export.status, 0, "sheet export from \(folder.path): \(export.standardError)")
        let diff = try run(["diff", data.path, data.path], in: folder)
        XCTAssertEqual(diff.status, 0, "diff from \(folder.path): \(diff.standardError)")
    }

    // MARK: - Batch, diff, skeleton

    func testBatchBuildsTwoOfficesIntoOneFolder() throws {
        let mini = try MiniData.write()
        let output = mini.deletingLastPathComponent().appendingPathComponent("out")
        try succeed(["build", Fixtures.sumbar.path, mini.path, "-o", output.path, "--no-layout"])
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: output.path)),
                       ["LKjIP-Kanwil-Sumbar-2023.docx", "LKjIP-Kanwil-Sumbar-2023.html", "LKjIP-Kanwil-Contoh-2024.docx", "LKjIP-Kanwil-Contoh-2024.html"])
        let html = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("Kantor Wilayah Kementerian Hukum Provinsi Contoh"))
        XCTAssertFalse(html.contains("Sumatera Barat"), "one office's data must not leak into the other's report")
        XCTAssertEqual(Fixtures.debris(output), [])
    }

    func testDiffListsAChangedTarget() throws {
        let old = try MiniData.write(name: "diffOld")
        let new = try MiniData.write(replacing: ["pk/pelayanan.yaml": MiniData.file("pk/pelayanan.yaml", replacing: "target: 90", with: "target: 92")], name: "diffNew")
        let result = try succeed(["diff", old.path, new.path])
        let lines = result.standardOutput.split(separator: "\n").filter { $0.contains("ss1-1") }
        XCTAssertEqual(lines.count, 1, result.standardOutput)
        let line = String(lines.first ?? "")
        for part in ["target", "pelayanan", "Persentase permohonan yang diselesaikan", "90%", "92%"] {
            XCTAssertTrue(line.contains(part), "diff line lacks \(part): \(line)")
        }
        XCTAssertFalse(result.standardOutput.contains("ss1-2"), "an unchanged target is not listed")
        let same = try succeed(["diff", old.path, old.path])
        XCTAssertFalse(same.standardOutput.contains("->"), same.standardOutput)
    }

    func testSkeletonPassesCheckWithNoErrors() throws {
        let target = try Fixtures.temporaryDirectory().appendingPathComponent("kanwil-baru")
        try succeed(["init", target.path])
        let check = try run(["check", target.path])
        XCTAssertEqual(check.status, 0, check.standardOutput)
        XCTAssertTrue(check.standardOutput.contains("0 errors"), check.standardOutput)
    }
}
