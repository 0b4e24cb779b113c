import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// Signature blocks share rows between the two signatories, so names line up whatever
/// wraps above them.
final class SignatureWriterTests: XCTestCase {
    func rows(_ document: Document) throws -> [XMLTree] {
        let table = try XCTUnwrap(try DocxPackage(document).body.child("w:tbl"))
        return table.children.filter { $0.name == "w:tr" }
    }

    func cellTexts(_ row: XMLTree) -> [String] {
        row.children.filter { $0.name == "w:tc" }.map { $0.all("w:t").map(\.text).joined(separator: "\n") }
    }

    /// Both names stand in the same row, left Pihak Kedua and right Pihak Pertama, with their
    /// NIPs in one row below; place and date sit above the right-hand signatory.
    func testBothNamesShareARow() throws {
        let rows = try self.rows(SampleDocuments.signature)
        let texts = rows.map(cellTexts)
        let nameRow = try XCTUnwrap(texts.firstIndex { $0.contains("Haris Sukamto") })
        XCTAssertEqual(texts[nameRow], ["Haris Sukamto", "Ramelan Suprihadi"])
        XCTAssertTrue(texts.contains(["NIP. 19660605 198911 1 001", "NIP. 19681209 199403 1 001"]))
        XCTAssertEqual(texts.first, ["", "Padang, 5 Januari 2023"])
        XCTAssertTrue(texts.contains(["Pihak Kedua,\nKepala Kantor Wilayah Sumatera Barat", "Pihak Pertama,\nKepala Divisi Administrasi"]))
        // Names are bold and underlined.
        let nameRuns = rows[nameRow].all("w:r")
        XCTAssertTrue(nameRuns.allSatisfy { $0.child("w:rPr")?.child("w:b") != nil && $0.child("w:rPr")?.child("w:u") != nil })
    }

    /// The block never divides: no row splits, every row but the last keeps with the next,
    /// and the table has no borders.
    func testSignatureKeepsTogether() throws {
        let rows = try self.rows(SampleDocuments.signature)
        XCTAssertTrue(rows.allSatisfy { $0.child("w:trPr")?.child("w:cantSplit") != nil })
        for row in rows.dropLast() {
            for paragraph in row.all("w:p") { XCTAssertNotNil(paragraph.child("w:pPr")?.child("w:keepNext")) }
        }
        let table = try XCTUnwrap(try DocxPackage(SampleDocuments.signature).body.child("w:tbl"))
        XCTAssertTrue(try XCTUnwrap(table.child("w:tblPr")?.child("w:tblBorders")).children.allSatisfy { $0["w:val"] == "nil" })
    }

    /// A single signatory stands on the right (the KATA PENGANTAR); the rank row appears
    /// when a rank is known; a scanned signature is drawn in the signing space.
    func testSingleSignatoryOnTheRightWithRankAndScan() throws {
        let signatory = Signatory(roleLines: ["Kepala Kantor Wilayah"], name: "Dr. Haris Sukamto, S.H., M.H.", rank: "Pembina Utama Muda (IV/c)",
                                  identifier: "NIP. 19660605 198911 1 001", image: SampleDocuments.redImage(width: 110, height: 55))
        let rows = try self.rows(document([.signature(SignatureBlock(placeAndDate: "Padang, 10 Januari 2024", left: signatory))]))
        let texts = rows.map(cellTexts)
        XCTAssertTrue(texts.contains(["", "Dr. Haris Sukamto, S.H., M.H."]))
        XCTAssertTrue(texts.contains(["", "Pembina Utama Muda (IV/c)"]))
        let drawings = rows.flatMap { $0.children.filter { $0.name == "w:tc" } }.enumerated().filter { !$0.element.all("w:drawing").isEmpty }
        XCTAssertEqual(drawings.count, 1)
        XCTAssertEqual((drawings.first?.offset ?? 0) % 2, 1, "the scan is in the right-hand column")
    }

    /// No rank row when nobody has one.
    func testNoRankRowWithoutRanks() throws {
        let texts = try rows(SampleDocuments.signature).map(cellTexts)
        // place, roles, space, name, NIP.
        XCTAssertEqual(texts.count, 5)
    }
}
