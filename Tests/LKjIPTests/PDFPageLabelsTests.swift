import Foundation
@testable import LKjIP
import TestSupport
import XCTest

/// Page labels are added to LibreOffice's PDF as an incremental update: the old bytes are
/// untouched, the catalog is written again with `/PageLabels`, and the new trailer points back
/// to the old cross-reference table. Checked on a small PDF written here by hand.
final class PDFPageLabelsTests: XCTestCase {
    /// A three-page PDF in the classic layout LibreOffice writes, with a correct xref table.
    static func minimalPDF() -> Data {
        var out = "%PDF-1.6\n"
        var offsets: [Int] = []
        let objects = [
            "<</Type/Catalog/Pages 2 0 R\n/Lang(id-ID)\n>>",
            "<</Type/Pages/Kids[3 0 R 4 0 R 5 0 R]/Count 3>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
        ]
        for (index, object) in objects.enumerated() {
            out += "\n"
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 6\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        out += "trailer\n<</Size 6/Root 1 0 R\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    func testLabelsAreAppendedAsAnUpdate() throws {
        let original = Self.minimalPDF()
        // Cover unnumbered, page 2 "i", page 3 "1".
        let labelled = PDFPageLabels.apply(to: original, ranges: [
            .init(page: 1, style: nil, start: 1), .init(page: 2, style: .lowerRoman, start: 1), .init(page: 3, style: .decimal, start: 1),
        ])
        XCTAssertEqual(labelled.prefix(original.count), original, "the bytes LibreOffice wrote are untouched")
        let update = String(decoding: labelled.dropFirst(original.count), as: UTF8.self)
        XCTAssertTrue(update.contains("/PageLabels<</Nums[0<</P(Sampul)>> 1<</S/r/St 1>> 2<</S/D/St 1>>]>>"), update)
        XCTAssertTrue(update.contains("/Pages 2 0 R"), "the catalog keeps its entries")
        let text = String(decoding: labelled, as: UTF8.self)
        // The new trailer points back to the old xref table, and the new xref and the object
        // offsets point where they say.
        let oldXref = try XCTUnwrap(String(decoding: original, as: UTF8.self).range(of: "xref\n")).lowerBound.utf16Offset(in: String(decoding: original, as: UTF8.self))
        XCTAssertTrue(update.contains("/Prev \(oldXref)"))
        let lines = update.split(separator: "\n")
        let newXref = try XCTUnwrap(Int(try XCTUnwrap(lines.last { Int($0) != nil })))
        XCTAssertTrue(text.utf8.dropFirst(newXref).starts(with: "xref".utf8))
        let entry = try XCTUnwrap(lines.first { $0.hasSuffix(" 00000 n ") && !$0.hasPrefix("0000000000") })
        let objectOffset = try XCTUnwrap(Int(entry.prefix(10)))
        XCTAssertTrue(text.utf8.dropFirst(objectOffset).starts(with: "1 0 obj".utf8))
    }

    /// poppler reads the updated file (skipped without poppler, a failure with
    /// LKJIP_REQUIRE_TOOLS=1).
    func testPopplerReadsTheUpdatedFile() throws {
        let pdfinfo = try ToolCheck.require(ToolCheck.find("pdfinfo"), "pdfinfo (poppler-utils)")
        let labelled = PDFPageLabels.apply(to: Self.minimalPDF(), ranges: [.init(page: 1, style: .decimal, start: 5)])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try labelled.write(to: file)
        let output = try ToolCheck.run(pdfinfo, [file.path])
        XCTAssertEqual(output.status, 0, output.standardError)
        XCTAssertTrue(output.standardOutput.contains("Pages:           3"))
        XCTAssertFalse(output.standardError.contains("rror"), output.standardError)
    }

    /// A PDF without the classic trailer is left as it is.
    func testUnknownStructureIsLeftAlone() {
        let data = Data("%PDF-1.7\nnot a classic file".utf8)
        XCTAssertEqual(PDFPageLabels.apply(to: data, ranges: [.init(page: 1, style: .decimal, start: 1)]), data)
    }
}
