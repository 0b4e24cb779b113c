import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// A block to be signed electronically (`--tte`): the signing row is exactly the stamp's
/// height with nothing in it, and the certificate note spans both columns in the block's last
/// row, so it stands on the page of the signature.
final class SignatureWriterElectronicTests: XCTestCase {
    static let note = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN"

    func electronicBlock(scanned: Bool) -> Document {
        let scan = scanned ? SampleDocuments.redImage(width: 110, height: 55) : nil
        var block = SignatureBlock(placeAndDate: "Padang, 5 Januari 2023",
                                   left: Signatory(roleLines: ["Pihak Kedua,"], name: "Haris Sukamto", identifier: "NIP. 19660605 198911 1 001", image: scan),
                                   right: Signatory(roleLines: ["Pihak Pertama,"], name: "Ramelan Suprihadi", identifier: "NIP. 19681209 199403 1 001", image: scan))
        block.electronic = ElectronicSignature(note: Self.note, areaLabel: "Ruang tanda tangan elektronik")
        return document([.paragraph(Paragraph(content: [.text("Isi.")])), .signature(block)])
    }

    func testReservedAreaAndNote() throws {
        let table = try XCTUnwrap(try DocxPackage(electronicBlock(scanned: false)).body.child("w:tbl"))
        let rows = table.children.filter { $0.name == "w:tr" }
        // place, roles, space, name, NIP, note.
        XCTAssertEqual(rows.count, 6)
        // 71 pt = 1420 twips, exactly: the area the stamp is given.
        let heights = rows.compactMap { $0.child("w:trPr")?.child("w:trHeight") }
        XCTAssertEqual(heights.count, 1)
        XCTAssertEqual(heights.first?["w:val"], "1420")
        XCTAssertEqual(heights.first?["w:hRule"], "exact")
        let note = try XCTUnwrap(rows.last)
        let cells = note.children.filter { $0.name == "w:tc" }
        XCTAssertEqual(cells.count, 1)
        XCTAssertEqual(cells.first?.child("w:tcPr")?.child("w:gridSpan")?["w:val"], "2")
        XCTAssertEqual(note.all("w:t").map(\.text).joined(), Self.note)
        XCTAssertNotNil(note.all("w:rPr").first?.child("w:i"))
    }

    /// A scan that reached the block is not drawn: the signing system stamps the PDF.
    func testNoScanInAnElectronicBlock() throws {
        let table = try XCTUnwrap(try DocxPackage(electronicBlock(scanned: true)).body.child("w:tbl"))
        XCTAssertTrue(table.all("w:drawing").isEmpty)
    }

    /// Without `electronic` the block is as before: room for a wet signature, no note.
    func testOrdinaryBlockUnchanged() throws {
        let table = try XCTUnwrap(try DocxPackage(SampleDocuments.signature).body.child("w:tbl"))
        let heights = table.all("w:trHeight")
        XCTAssertEqual(heights.map { $0["w:hRule"] }, ["atLeast"])
        XCTAssertFalse(table.all("w:t").map(\.text).joined().contains("BSrE"))
    }
}
