import LKjIPModel
import XCTest
import Yams

/// `YAMLEdit.setEntry` on every layout an officer writes: block entries, one-line (flow)
/// entries, lists written inline, nested quarterly values in both forms. Each expected text
/// is written out by hand; each result must also still parse to the intended values.
final class YAMLEditTests: XCTestCase {
    func edit(_ text: String, _ id: String, _ fields: [(String, String?)], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try XCTUnwrap(YAMLEdit.setEntry(in: text, list: "realisasi", key: "indikator", value: id, fields: fields), "no edit", file: file, line: line)
        XCTAssertNoThrow(try Yams.compose(yaml: result), "the result must be YAML:\n\(result)", file: file, line: line)
        return result
    }

    func testFlowEntryKeepsItsForm() throws {
        let text = """
        divisi: pelayanan
        realisasi:
          - {indikator: ss2-1, nilai: 90}   # tetap
          - {indikator: ss2-2, nilai: 78.5}
        unit: []
        """
        XCTAssertEqual(try edit(text, "ss2-2", [("nilai", "80")]), """
        divisi: pelayanan
        realisasi:
          - {indikator: ss2-1, nilai: 90}   # tetap
          - {indikator: ss2-2, nilai: 80}
        unit: []
        """)
        XCTAssertEqual(try edit(text, "ss2-1", [("keterangan", "\"naik, \\\"baik\\\"\""), ("nilai", nil)]), """
        divisi: pelayanan
        realisasi:
          - {indikator: ss2-1, keterangan: "naik, \\"baik\\""}   # tetap
          - {indikator: ss2-2, nilai: 78.5}
        unit: []
        """)
    }

    func testNewEntryInAListOfFlowEntriesIsAFlowEntry() throws {
        let text = "realisasi:\n  - {indikator: a, nilai: 1}\nunit: []\n"
        XCTAssertEqual(try edit(text, "b", [("nilai", "2")]), "realisasi:\n  - {indikator: a, nilai: 1}\n  - {indikator: b, nilai: 2}\nunit: []\n")
    }

    func testInlineListGainsAnEntryBeforeItsBracket() throws {
        let text = "realisasi: [{indikator: a, nilai: 1}]  # satu baris\nunit: []\n"
        XCTAssertEqual(try edit(text, "b", [("nilai", "2")]), "realisasi: [{indikator: a, nilai: 1}, {indikator: b, nilai: 2}]  # satu baris\nunit: []\n")
        XCTAssertEqual(try edit(text, "a", [("nilai", "3")]), "realisasi: [{indikator: a, nilai: 3}]  # satu baris\nunit: []\n")
    }

    func testBlockQuartersStayBlockAndKeepTheirComments() throws {
        let text = """
        realisasi:
          - indikator: ss1-1
            triwulan:
              tw1: 20   # Maret
              tw2: 25
            keterangan: lama
        unit: []
        """
        XCTAssertEqual(try edit(text, "ss1-1", [("triwulan.tw2", "26"), ("triwulan.tw3", "30")]), """
        realisasi:
          - indikator: ss1-1
            triwulan:
              tw1: 20   # Maret
              tw2: 26
              tw3: 30
            keterangan: lama
        unit: []
        """)
    }

    func testFlowQuartersStayFlow() throws {
        let text = "realisasi:\n  - indikator: ss1-1\n    triwulan: {tw1: 20, tw2: 25}\nunit: []\n"
        XCTAssertEqual(try edit(text, "ss1-1", [("triwulan.tw2", nil), ("triwulan.tw4", "40")]),
                       "realisasi:\n  - indikator: ss1-1\n    triwulan: {tw1: 20, tw4: 40}\nunit: []\n")
        let flow = "realisasi:\n  - {indikator: ss1-1, triwulan: {tw1: 20}}\nunit: []\n"
        XCTAssertEqual(try edit(flow, "ss1-1", [("triwulan.tw2", "21")]), "realisasi:\n  - {indikator: ss1-1, triwulan: {tw1: 20, tw2: 21}}\nunit: []\n")
    }

    func testBlockEntryValueReplacedAndAdded() throws {
        let text = "realisasi:\n  - indikator: a\n    nilai: 1  # kira-kira\n    analisis:\n    - penyebab\n  - indikator: b\nunit: []\n"
        XCTAssertEqual(try edit(text, "a", [("nilai", "2")]), "realisasi:\n  - indikator: a\n    nilai: 2  # kira-kira\n    analisis:\n    - penyebab\n  - indikator: b\nunit: []\n")
        XCTAssertEqual(try edit(text, "b", [("nilai", "5")]), "realisasi:\n  - indikator: a\n    nilai: 1  # kira-kira\n    analisis:\n    - penyebab\n  - indikator: b\n    nilai: 5\nunit: []\n")
        XCTAssertEqual(try edit(text, "a", [("analisis", nil)]), "realisasi:\n  - indikator: a\n    nilai: 1  # kira-kira\n  - indikator: b\nunit: []\n")
    }

    func testEmptyListBecomesABlockList() throws {
        let text = "realisasi: []   # isi\nunit: []\n"
        XCTAssertEqual(try edit(text, "a", [("nilai", "1"), ("triwulan.tw1", "2")]), "realisasi:  # isi\n  - indikator: a\n    nilai: 1\n    triwulan:\n      tw1: 2\nunit: []\n")
    }

    func testQuotedBracesInsideAFlowEntryAreNotStructure() throws {
        let text = "realisasi:\n  - {indikator: a, keterangan: \"x}, y: {z\", nilai: 1}\nunit: []\n"
        XCTAssertEqual(try edit(text, "a", [("nilai", "2")]), "realisasi:\n  - {indikator: a, keterangan: \"x}, y: {z\", nilai: 2}\nunit: []\n")
    }

    func testReplaceInsideAFlowMapping() throws {
        let text = "kegiatan:\n  - {id: k1, anggaran: 5}  # pagu\n"
        XCTAssertEqual(YAMLEdit.replace("kegiatan[0].anggaran", with: "7", in: text), "kegiatan:\n  - {id: k1, anggaran: 7}  # pagu\n")
    }

    /// A long line of flow entries is edited in one pass each: 5.000 entries, every one set.
    func testManyFlowEntriesStayCheap() throws {
        var text = "realisasi:\n"
        for index in 0..<200 { text += "  - {indikator: i\(index), nilai: \(index)}\n" }
        var result = text
        for index in stride(from: 0, to: 200, by: 7) {
            result = try XCTUnwrap(YAMLEdit.setEntry(in: result, list: "realisasi", key: "indikator", value: "i\(index)", fields: [("nilai", "\(index + 1000)")]))
        }
        XCTAssertTrue(result.contains("  - {indikator: i7, nilai: 1007}\n"))
        XCTAssertTrue(result.contains("  - {indikator: i8, nilai: 8}\n"))
    }
}
