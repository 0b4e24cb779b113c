import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// What stays on one page: short tables whole (with their title), a signature with the
/// lines before it, an introducing paragraph with its table, chart or picture.
final class KeepsTests: XCTestCase {
    func rows(_ count: Int) -> Table {
        Table(columnWidths: [1, 3], headerRowCount: 1, rows: (0..<count).map { TableRow(cells: [.text("\($0 + 1)"), .text("Baris \($0 + 1)")]) })
    }

    func signature() -> Block {
        .signature(SignatureBlock(placeAndDate: "Padang, 5 Januari 2023", right: Signatory(roleLines: ["Kepala"], name: "Haris Sukamto")))
    }

    /// A table of 8 rows (the documented limit) is kept whole and grouped with its bold title
    /// line; a table of 9 rows may split and stands alone.
    func testTablesOfAtMostEightRowsKeepTogether() throws {
        let result = laidOut(document([paragraph("Tabel Pegawai", bold: true), .table(rows(8)), paragraph("Tabel Anggaran", bold: true), .table(rows(9))]))
        let blocks = result.sections[0].blocks
        XCTAssertEqual(tables(result).map(\.keepTogether), [true, false])
        guard case .keepTogether(let group) = blocks.first else { return XCTFail("8 rows should be kept with the title: \(blocks)") }
        XCTAssertEqual(group.count, 2)
        XCTAssertEqual(group.first?.paragraph?.content.plainText, "Tabel Pegawai")
        XCTAssertFalse(blocks.dropFirst().contains { if case .keepTogether = $0 { return true }; return false }, "9 rows are not grouped")
    }

    /// A heading right before a short table is kept with it too, so a page never ends with a
    /// heading whose table is on the next page.
    func testHeadingBeforeShortTableIsInTheGroup() {
        let result = laidOut(document([
            .heading(Heading(level: 3, content: [.text("a. Capaian")], anchor: "a")),
            paragraph("Tabel 3.1", bold: true), .table(rows(3)),
        ]))
        guard case .keepTogether(let group)? = result.sections[0].blocks.first else { return XCTFail("expected a group") }
        XCTAssertEqual(group.count, 3)
        if case .heading = group[0] {} else { XCTFail("heading first") }
    }

    /// The paragraph right before a signature keeps with it; when that paragraph is a single
    /// line, the one before keeps too, so at least two lines precede the signature. Both end
    /// up in the signature's group.
    func testParagraphsBeforeSignatureKeepWithIt() {
        let long = String(repeating: "Laporan ini disusun sebagai pertanggungjawaban kinerja. ", count: 4)
        let result = laidOut(document([paragraph("Pembuka."), paragraph(long), paragraph("Demikian."), signature()]))
        let blocks = result.sections[0].blocks
        XCTAssertEqual(blocks.count, 2, "\(blocks)")
        XCTAssertEqual(blocks.first?.paragraph?.keepWithNext, false)
        guard case .keepTogether(let group)? = blocks.last else { return XCTFail("expected a group") }
        XCTAssertEqual(group.compactMap { $0.paragraph?.content.plainText }, [long, "Demikian."])
        XCTAssertTrue(group.compactMap(\.paragraph).allSatisfy(\.keepWithNext))
        if case .signature = group.last {} else { XCTFail("signature last") }
    }

    /// A paragraph of several lines before a signature is enough on its own.
    func testOneLongParagraphIsEnough() {
        let long = String(repeating: "Laporan ini disusun sebagai pertanggungjawaban kinerja. ", count: 4)
        let blocks = Keeps.apply([paragraph("Pembuka."), paragraph(long), signature()], settings: LayoutSettings())
        XCTAssertEqual(blocks[1].paragraph?.keepWithNext, true)
        XCTAssertEqual(blocks[0].paragraph?.keepWithNext, false)
    }

    /// A line ending in a colon or a short all-bold title introduces what follows and keeps
    /// with a table, chart or picture; running text does not.
    func testIntroducingParagraphKeepsWithTable() {
        let table = Block.table(rows(20))
        let blocks = Keeps.apply([
            paragraph("Rincian capaian adalah sebagai berikut:"), table,
            paragraph("Tabel 3.2 Realisasi", bold: true), table,
            paragraph("Capaian meningkat dibanding tahun lalu."), table,
        ], settings: LayoutSettings())
        XCTAssertEqual(blocks.compactMap(\.paragraph).map(\.keepWithNext), [true, true, false])
    }
}
