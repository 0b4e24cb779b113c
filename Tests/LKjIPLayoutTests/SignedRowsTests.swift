import LKjIPDocument
@testable import LKjIPLayout
import XCTest

/// The last rows a signature takes along when they sit under a spanning cell, and the
/// repair that carries them to the signature's page when the table is a kept group's last
/// member (a short table under its title on a landscape page too short for the signature).
final class SignedRowsTests: XCTestCase {
    /// Header, sasaran 1 (one row), sasaran 2 spanning two rows, sasaran 3 (one row): the two
    /// last rows would start inside sasaran 2, so the signature takes the last row alone, from
    /// which a page may start.
    func table() -> Table {
        Table(columnWidths: [1, 4, 4], headerRowCount: 1, rows: [
            TableRow(cells: [.text("No"), .text("Sasaran"), .text("Indikator")]),
            TableRow(cells: [.text("1."), .text("Sasaran satu"), .text("Indikator 1")]),
            TableRow(cells: [.text("2."), .text("Sasaran dua", rowSpan: 2), .text("Indikator 2")]),
            TableRow(cells: [.text(""), .text("Indikator 3")]),
            TableRow(cells: [.text("3."), .text("Sasaran tiga"), .text("Indikator 4")]),
        ])
    }

    func testFewerRowsWhenALaterRowCanStartAPage() {
        XCTAssertEqual(Keeps.signedRows(table(), settings: LayoutSettings()), 1)
        // Without the span the usual two.
        var plain = table()
        plain.rows[2].cells[1] = .text("Sasaran dua")
        plain.rows[3].cells.insert(.text("Sasaran dua"), at: 1)
        XCTAssertEqual(Keeps.signedRows(plain, settings: LayoutSettings()), 2)
    }

    /// The repair reaches into a kept group: title and the head of the table stay together,
    /// the tail (header repeated, the last row) goes to a new page with the signature.
    func testMoveSignedRowsOutOfAKeptGroup() throws {
        var signed = table()
        signed.keepTrailingRows = 1
        signed.keepTogether = true
        var signature = SignatureBlock(placeAndDate: "Bengkulu", right: Signatory(roleLines: ["Kepala"], name: "Mulyadi Hasan", identifier: "NIP. 1"))
        signature.anchor = "ttd-1"
        let title = Block.paragraph(Paragraph(content: [.text("RENCANA AKSI")], keepWithNext: true))
        var document = Document(metadata: Metadata(title: "Uji", subject: "", author: "", date: "2025-01-01"),
                                sections: [Section(orientation: .landscape, blocks: [.keepTogether([title, .table(signed)]), .signature(signature)])])
        XCTAssertTrue(Keeps.moveSignedRows(["ttd-1"], in: &document))
        let blocks = document.sections[0].blocks
        XCTAssertEqual(blocks.count, 4)
        guard case .keepTogether(let group) = blocks[0], case .table(let head)? = group.last else { return XCTFail("the group keeps the title with the head: \(blocks[0])") }
        XCTAssertEqual(group.first, title)
        XCTAssertEqual(head.rows.count, 4)
        XCTAssertEqual(blocks[1], .pageBreak)
        guard case .table(let tail) = blocks[2] else { return XCTFail("the tail follows the break") }
        XCTAssertEqual(tail.rows.count, 2, "the header again and the last row")
        XCTAssertTrue(tail.keepTogether)
        if case .signature = blocks[3] {} else { XCTFail("the signature ends the section") }
    }

    /// One sasaran spanning the whole body (a Rencana Aksi of one sasaran and three
    /// indicators), too tall with its signature for one page: the signature takes the last two
    /// rows, and the sasaran is cut, named again beside them on the new page.
    func testSpanOverTheWholeBodyIsCutAndContinued() throws {
        var signed = Table(columnWidths: [1, 4, 4], headerRowCount: 1, rows: [
            TableRow(cells: [.text("No"), .text("Sasaran"), .text("Indikator")]),
            TableRow(cells: [.text("1.", rowSpan: 3), .text("Sasaran satu", rowSpan: 3), .text("Indikator 1")]),
            TableRow(cells: [.text("Indikator 2")]),
            TableRow(cells: [.text("Indikator 3")]),
        ])
        signed.keepTrailingRows = 3
        var signature = SignatureBlock(placeAndDate: "Lembah Sari", right: Signatory(roleLines: ["Kepala"], name: "Rina", identifier: "NIP. 1"))
        signature.anchor = "ttd-1"
        var document = Document(metadata: Metadata(title: "Uji", subject: "", author: "", date: "2025-01-01"),
                                sections: [Section(orientation: .landscape, blocks: [.table(signed), .signature(signature)])])
        XCTAssertTrue(Keeps.moveSignedRows(["ttd-1"], in: &document))
        let blocks = document.sections[0].blocks
        guard blocks.count == 4, case .table(let head) = blocks[0], case .table(let tail) = blocks[2] else { return XCTFail("\(blocks)") }
        XCTAssertEqual(blocks[1], .pageBreak)
        XCTAssertEqual(head.rows.count, 2, "the header and the first indicator")
        XCTAssertEqual(head.rows[1].cells.map(\.rowSpan), [1, 1, 1])
        XCTAssertEqual(tail.rows.count, 3, "the header again and the last two indicators")
        XCTAssertEqual(tail.rows[1].cells.count, 3, "number and sasaran continued")
        XCTAssertEqual(tail.rows[1].cells[0].rowSpan, 2)
        XCTAssertEqual(tail.rows[1].cells[1], .text("Sasaran satu", rowSpan: 2))
        XCTAssertEqual(tail.rows[1].cells[2], .text("Indikator 2"))
        XCTAssertEqual(tail.rows[2].cells, [.text("Indikator 3")])
        XCTAssertEqual(tail.keepTrailingRows, 3)
    }

    /// The repair of a sasaran whose name went to the next page: the table breaks before the
    /// sasaran's first row, the rows from there form a table with the header again, and the
    /// signature's kept rows stay with that last piece.
    func testBreakBeforeASpanningRow() throws {
        var signed = table()
        signed.caption = Caption(.table, "Capaian")
        signed.caption?.anchor = "tabel-1"
        signed.keepTrailingRows = 1
        var document = Document(metadata: Metadata(title: "Uji", subject: "", author: "", date: "2025-01-01"),
                                sections: [Section(blocks: [.table(signed)])])
        XCTAssertFalse(Keeps.breakBeforeRows(["tabel-9": [2]], in: &document), "another table: nothing changes")
        XCTAssertTrue(Keeps.breakBeforeRows(["tabel-1": [2]], in: &document))
        let blocks = document.sections[0].blocks
        guard blocks.count == 3, case .table(let head) = blocks[0], case .table(let tail) = blocks[2] else { return XCTFail("\(blocks)") }
        XCTAssertEqual(blocks[1], .pageBreak)
        XCTAssertEqual(head.rows.count, 2, "the header and sasaran satu")
        XCTAssertEqual(head.keepTrailingRows, 0)
        XCTAssertNotNil(head.caption)
        XCTAssertNil(tail.caption)
        XCTAssertEqual(tail.rows.count, 4, "the header again, sasaran dua's two rows and sasaran tiga")
        XCTAssertEqual(tail.rows[1].cells[1], .text("Sasaran dua", rowSpan: 2))
        XCTAssertEqual(tail.keepTrailingRows, 1)
    }
}
