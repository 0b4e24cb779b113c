import Foundation
import XCTest

/// The head of office's own IKU is filled in through the workbook like a division's: its
/// sheet comes first (hidden id `(kepala)`, since his PK has no divisi), with the quarters
/// of the indicators that have quarterly targets, and its values go into the realisasi file
/// without `divisi`. On the Bengkulu example, through the CSV.
final class SpreadsheetKantorTests: XCTestCase {
    func testQuartersOfTheHeadOfOfficeRoundTrip() throws {
        let data = try Fixtures.copy(Fixtures.repository.appendingPathComponent("examples/kanwil-kemenkum-bengkulu-2025"))
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let csv = data.deletingLastPathComponent().appendingPathComponent("realisasi.csv")
        let exported = try LKjIPProcess.run(["sheet", "export", data.path, "-o", csv.path])
        XCTAssertEqual(exported.status, 0, exported.standardError)
        var text = try String(contentsOf: csv, encoding: .utf8)
        let line = try XCTUnwrap(text.split(separator: "\r\n").first { $0.hasPrefix("(kepala);indikator;ss2-ki;") })
        XCTAssertEqual(line, "(kepala);indikator;ss2-ki;Persentase permohonan kekayaan intelektual yang ditindaklanjuti;95;%;;91,2;90,5;95,1;97,3;")
        // Unchanged: nothing written.
        let before = Fixtures.snapshot(data)
        XCTAssertEqual(try LKjIPProcess.run(["sheet", "import", csv.path, data.path]).status, 0)
        XCTAssertEqual(Fixtures.snapshot(data), before)
        // TW II corrected from 90,5 to 92,4: merged into the inline quarters, nothing else.
        text = text.replacingOccurrences(of: "95;%;;91,2;90,5;95,1;97,3;", with: "95;%;;91,2;92,4;95,1;97,3;")
        try Data(text.utf8).write(to: csv)
        let imported = try LKjIPProcess.run(["sheet", "import", csv.path, data.path])
        XCTAssertEqual(imported.status, 0, imported.standardError)
        let realisasi = try String(contentsOf: data.appendingPathComponent("realisasi/kakanwil.yaml"), encoding: .utf8)
        XCTAssertTrue(realisasi.contains("    triwulan: {tw1: 91.2, tw2: 92.4, tw3: 95.1, tw4: 97.3}\n"), realisasi)
        let original = try String(contentsOf: Fixtures.repository.appendingPathComponent("examples/kanwil-kemenkum-bengkulu-2025/realisasi/kakanwil.yaml"), encoding: .utf8)
        XCTAssertEqual(realisasi, original.replacingOccurrences(of: "tw2: 90.5,", with: "tw2: 92.4,"))
    }
}
