import Foundation
import LKjIP
import LKjIPModel
import XCTest

/// Messages about numbers that a clerk can act on (issues 21 and 26): a value that could not
/// be read is reported once (no second finding that judges its placeholder), and a key's
/// description reads as written ("NIP", not "nIP").
final class NumberMessagesTests: XCTestCase {
    /// `pagu: banyak` is "expected a whole number" at its line, and nothing else about that
    /// budget row (the old run added "realisasi … exceeds the pagu Rp 0").
    func testUnreadablePaguIsReportedOnce() throws {
        let data = try MiniData.write(replacing: ["anggaran.yaml": MiniData.file("anggaran.yaml", replacing: "pagu: 12000000000", with: "pagu: banyak")])
        let check = try LKjIPProcess.run(["check", data.path])
        XCTAssertEqual(check.status, 1)
        let lines = check.standardOutput.split(separator: "\n").filter { $0.hasPrefix("anggaran.yaml") }
        XCTAssertEqual(lines.count, 1, check.standardOutput)
        XCTAssertTrue(lines.first?.contains("error: expected a whole number, found \"banyak\"") == true, check.standardOutput)
        XCTAssertFalse(check.standardOutput.contains("exceeds the pagu"), check.standardOutput)
    }

    /// A NIP may be left out (a political official signs without one, issue 22), but a civil
    /// servant who signs an agreement without one is warned, and the message spells "NIP".
    func testMissingNIPOfASignatoryIsWarnedAsNIP() throws {
        let data = try MiniData.write(replacing: ["pejabat.yaml": MiniData.file("pejabat.yaml", replacing: "    nip: \"198005052005011002\"\n", with: "")])
        let check = try LKjIPProcess.run(["check", data.path])
        XCTAssertTrue(check.standardOutput.contains("has no NIP but heads the office or a division"), check.standardOutput)
        XCTAssertFalse(check.standardOutput.contains("nIP"), check.standardOutput)
    }
}
