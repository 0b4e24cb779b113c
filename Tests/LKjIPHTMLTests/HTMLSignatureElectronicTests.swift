import LKjIPDocument
@testable import LKjIPHTML
import TestSupport
import XCTest

/// The HTML prints an electronic signature block as the .docx does: an empty area of the
/// stamp's size for each signatory, no scan, and the certificate note under the block.
final class HTMLSignatureElectronicTests: XCTestCase {
    func testReservedAreaAndNote() throws {
        var block = SignatureBlock(placeAndDate: "Padang, 5 Januari 2023",
                                   right: Signatory(roleLines: ["Kepala Kantor Wilayah"], name: "Haris Sukamto", identifier: "NIP. 19660605 198911 1 001",
                                                    image: SampleDocuments.redImage(width: 110, height: 55)))
        block.electronic = ElectronicSignature(note: "Dokumen ini telah ditandatangani secara elektronik (BSrE), BSSN", areaLabel: "Ruang tanda tangan elektronik")
        let page = try Page(document([.signature(block)]))
        let table = try XCTUnwrap(page.all("table").first { $0["class"] == "signature" })
        XCTAssertTrue(table.all("img").isEmpty)
        let areas = table.all("div").filter { $0["class"] == "tte-area" }
        XCTAssertEqual(areas.count, 1, "one area, for the one signatory")
        XCTAssertEqual(areas.first?["style"], "width:142pt;height:71pt;margin:0 auto")
        XCTAssertEqual(areas.first?["title"], "Ruang tanda tangan elektronik")
        let note = try XCTUnwrap(table.all("tr").last)
        XCTAssertEqual(note["class"], "tte-note")
        XCTAssertEqual(note.children.first?["colspan"], "2")
        XCTAssertEqual(note.text, "Dokumen ini telah ditandatangani secara elektronik (BSrE), BSSN")
    }
}
