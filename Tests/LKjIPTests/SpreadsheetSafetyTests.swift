import Foundation
import LKjIP
import LKjIPSheet
import TestSupport
import XCTest
import ZIPFoundation

/// Issue 26, the spreadsheet doors: formulas in a CSV, hostile sheet names in messages, what a
/// killed import leaves, and files far larger than a form. Each case plants the attack.
final class SpreadsheetSafetyTests: XCTestCase {
    static let formulas = ["=HYPERLINK(\"http://contoh.invalid/x\",\"klik\")", "=cmd|' /C calc'!A0", "+SUM(1,2)", "@SUM(1)", "-2+3", "\t=1+1"]

    /// Names and remarks that a spreadsheet would run as formulas are written as text in the
    /// CSV, read back unchanged, and LibreOffice (with Indonesian settings) opens them as text.
    func testCSVTextIsNeutralisedAgainstFormulas() throws {
        var pk = MiniData.file("pk/pelayanan.yaml", replacing: "nama: Persentase permohonan yang diselesaikan", with: "nama: \(YAMLQuote.quoted(Self.formulas[0]))")
        pk = pk.replacingOccurrences(of: "nama: Persentase pengaduan yang melewati batas waktu", with: "nama: \(YAMLQuote.quoted(Self.formulas[1]))")
        pk = pk.replacingOccurrences(of: "nama: Pelayanan hukum umum", with: "nama: \(YAMLQuote.quoted(Self.formulas[2]))")
        let realisasi = MiniData.file("realisasi/pelayanan.yaml", replacing: "    nilai: 95\n", with: "    nilai: 95\n    keterangan: \(YAMLQuote.quoted(Self.formulas[3]))\n")
            .replacingOccurrences(of: "    nilai: 8\n", with: "    nilai: 8\n    keterangan: \(YAMLQuote.quoted(Self.formulas[4]))\n")
        let data = try MiniData.write(replacing: ["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        XCTAssertEqual(try LKjIPProcess.run(["check", data.path]).status, 0)
        let csv = data.deletingLastPathComponent().appendingPathComponent("realisasi.csv")
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "export", data.path, "-o", csv.path]).status, 0)
        let text = try String(contentsOf: csv, encoding: .utf8)
        let fields = try CSVReader.read(text, delimiter: ";").flatMap { $0 }
        for field in fields {
            XCTAssertFalse(["=", "+", "-", "@", "\t"].contains(field.first.map(String.init) ?? ""), "a field a spreadsheet would evaluate: \(field)")
        }
        XCTAssertTrue(fields.contains("'" + Self.formulas[0]), "the name is kept, after an apostrophe")
        let before = Fixtures.snapshot(data)
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "import", csv.path, data.path]).status, 0)
        XCTAssertEqual(Fixtures.snapshot(data), before, "the remarks come back as they were")

        // LibreOffice Calc, Indonesian, opening the CSV: no cell becomes a formula.
        guard let soffice = ToolCheck.find("soffice") else { _ = try ToolCheck.require(nil as URL?, "LibreOffice"); return }
        let profile = try Self.indonesianProfile()
        let converted = data.deletingLastPathComponent().appendingPathComponent("calc")
        let result = try ToolCheck.run(soffice, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--infilter=CSV:59,34,76,1,,1057",
                                                 "--convert-to", "xlsx", "--outdir", converted.path, csv.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let sheet = String(decoding: try XCTUnwrap(try ZipParts.part("xl/worksheets/sheet1.xml", in: try Data(contentsOf: converted.appendingPathComponent("realisasi.xlsx")))), as: UTF8.self)
        XCTAssertFalse(sheet.contains("<f>") || sheet.contains("<f "), "Calc made a formula of a CSV field")
    }

    /// A LibreOffice profile whose locale is Indonesian (decimal comma), as an office has.
    static func indonesianProfile() throws -> URL {
        let profile = try Fixtures.temporaryDirectory("profile")
        try FileManager.default.createDirectory(at: profile.appendingPathComponent("user"), withIntermediateDirectories: true)
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
            </oor:items>

            """.utf8).write(to: profile.appendingPathComponent("user/registrymodifications.xcu"))
        return profile
    }

    /// Sheet names holding a newline, NEL and a right-to-left override reach the terminal
    /// escaped, never raw.
    func testHostileSheetNamesAreEscapedInMessages() throws {
        let data = try MiniData.write()
        let workbook = data.deletingLastPathComponent().appendingPathComponent("r.xlsx")
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "export", data.path, "-o", workbook.path]).status, 0)
        // Rename the sheets inside workbook.xml (the writer itself refuses such names).
        let hostile = try Self.replacingPart("xl/workbook.xml", in: try Data(contentsOf: workbook)) { xml in
            xml.replacingOccurrences(of: "name=\"Administrasi\"", with: "name=\"Admin&#10;lkjip: 0 errors&#x85;\u{202E}txt.exe\"")
                .replacingOccurrences(of: "name=\"Petunjuk\"", with: "name=\"Baru&#13;[2J\"")
        }
        // And move the Administrasi sheet's id so that the sheet is unknown.
        let planted = try Self.replacingPart("xl/worksheets/sheet2.xml", in: hostile) { $0.replacingOccurrences(of: "<c r=\"A1\"", with: "<c r=\"A2\"") }
        try planted.write(to: workbook)
        let result = try LKjIPProcess.run(["sheet", "import", workbook.path, data.path])
        XCTAssertEqual(result.status, 1, result.standardError)
        HostileDoors.assertReadable(result.standardError)
        XCTAssertTrue(result.standardError.contains("'Admin\\nlkjip: 0 errors\\u{85}\\u{202E}txt.exe'!A1"), result.standardError)
        XCTAssertFalse(result.standardError.split(separator: "\n").contains { $0.hasPrefix("lkjip: 0 errors") })
    }

    /// Rewrites one part of a zip package.
    static func replacingPart(_ path: String, in data: Data, _ change: (String) -> String) throws -> Data {
        let parts = try ZipParts.read(data)
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in parts {
            let content = name == path ? Data(change(String(decoding: bytes, as: UTF8.self)).utf8) : bytes
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate) { position, size in
                content.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// `kill -9` during `sheet import`: nothing is left in the system's temporary folder
    /// (the check works on a private copy inside the data directory, mode 0700), the data
    /// directory holds its old or its new realisasi, and the next import clears the copy.
    func testKilledImportLeavesNoCopyOutsideTheDataDirectory() throws {
        let data = try Fixtures.copy(Fixtures.sumbar)
        let root = data.deletingLastPathComponent()
        let temporary = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let csv = root.appendingPathComponent("r.csv")
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "export", data.path, "-o", csv.path]).status, 0)
        let changed = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "Wilayah;3,1;;3,8;", with: "Wilayah;3,1;;3,9;")
        XCTAssertNotEqual(changed, try String(contentsOf: csv, encoding: .utf8))
        try Data(changed.utf8).write(to: csv)
        let original = try String(contentsOf: data.appendingPathComponent("realisasi/administrasi.yaml"), encoding: .utf8)
        var generator = SystemRandomNumberGenerator()
        var sawCopy = false
        for _ in 0..<10 {
            let process = Process()
            process.executableURL = LKjIPProcess.executable
            process.arguments = ["sheet", "import", csv.path, data.path]
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
            process.currentDirectoryURL = Fixtures.repository
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 100_000...1_500_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), [], "nothing in the temporary folder")
            for name in try FileManager.default.contentsOfDirectory(atPath: data.path) where name.hasPrefix(".lkjip-") && name.hasSuffix("work") {
                sawCopy = true
                XCTAssertEqual(HostileDoors.mode(data.appendingPathComponent(name)), 0o700, "the private copy is private")
            }
            let now = try String(contentsOf: data.appendingPathComponent("realisasi/administrasi.yaml"), encoding: .utf8)
            XCTAssertTrue(now == original || now == original.replacingOccurrences(of: "nilai: 3.8", with: "nilai: 3.9"), "old or new, never half")
        }
        let result = try LKjIPProcess.run(["sheet", "import", csv.path, data.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasPrefix(".lkjip") }, [], "the next import removes what killed ones left")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("realisasi").path).filter { $0.hasPrefix(".lkjip") }, [])
        _ = sawCopy
    }

    /// A 2 MiB CSV and a 30 MiB one (15 s and "never" before): the row limit refuses the big
    /// one in one bounded pass, and the problems of the small one are listed within bounds.
    func testHugeCSVFilesAreBounded() throws {
        let data = try MiniData.write()
        let root = data.deletingLastPathComponent()
        let csv = root.appendingPathComponent("r.csv")
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "export", data.path, "-o", csv.path]).status, 0)
        let text = try String(contentsOf: csv, encoding: .utf8)
        let row = try XCTUnwrap(text.split(separator: "\r\n").dropFirst().first.map(String.init))
        for (size, name) in [(2 << 20, "dua.csv"), (30 << 20, "tigapuluh.csv")] {
            var big = text
            let line = row + "\r\n"
            big += String(repeating: line, count: size / line.utf8.count)
            let file = root.appendingPathComponent(name)
            try Data(big.utf8).write(to: file)
            let result = try HostileDoors.run(["sheet", "import", file.path, data.path], limit: 240)
            XCTAssertEqual(result.status, 1, "\(name): \(result.standardError.prefix(500))")
            HostileDoors.assertReadable(result.standardError)
            XCTAssertLessThanOrEqual(result.standardError.split(separator: "\n").count, 502, "\(name): the list of problems is bounded")
            if size > 20 << 20 { XCTAssertTrue(result.standardError.contains("100000"), result.standardError.prefix(500).description) }
        }
    }
}

/// Double-quoted YAML scalars for planting text in test data.
enum YAMLQuote {
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\t", with: "\\t") + "\""
    }
}
