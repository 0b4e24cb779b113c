import Foundation
import LKjIP
import TestSupport
import XCTest
import ZIPFoundation

/// Issue 26, end to end: `build --reference-doc` with a reference whose page header links a
/// picture outside the file, and with a damaged or malformed one.
final class ReferenceDocumentBuildTests: XCTestCase {
    /// The F4 reference of LibreOfficeTests with a header picture linked to `target`.
    static func reference(linkingTo target: String) throws -> Data {
        var data = try LibreOfficeTests.referenceDocument()
        data = try SpreadsheetSafetyTests.replacingPart("word/header1.xml", in: data) {
            $0.replacingOccurrences(of: "<w:r><w:t>", with: "<w:r><w:drawing><a:blip xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" r:link=\"rIdOut\"/></w:drawing></w:r><w:r><w:t>")
        }
        let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdOut\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"\(target)\" TargetMode=\"External\"/></Relationships>"
        let archive = try Archive(data: data, accessMode: .update)
        let bytes = Data(rels.utf8)
        try archive.addEntry(with: "word/_rels/header1.xml.rels", type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        return try XCTUnwrap(archive.data)
    }

    func testOutsidePictureOfTheHeaderIsDroppedWithANote() throws {
        let data = try MiniData.write()
        let root = data.deletingLastPathComponent()
        let secret = try HostileDoors.victim(in: root, "rahasia.png")
        let reference = root.appendingPathComponent("kop.docx")
        try Self.reference(linkingTo: "file://\(secret.path)").write(to: reference)
        let output = root.appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--format", "docx", "--reference-doc", reference.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let note = try XCTUnwrap(result.standardError.split(separator: "\n").first { $0.contains("reference document:") })
        XCTAssertTrue(note.hasPrefix("lkjip: note: reference document: the page header's link to an outside file (file:///") && note.hasSuffix(") was dropped"), String(note))
        let docx = try Data(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.docx"))
        for (path, bytes) in try ZipParts.read(docx) where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            let text = String(decoding: bytes, as: UTF8.self)
            XCTAssertFalse(text.contains("rahasia") || text.contains("External") || text.contains("rIdOut"), path)
        }
        HostileDoors.assertUntouched(secret)
    }

    func testDamagedOrMalformedReferenceIsOneLineAndWritesNothing() throws {
        let data = try MiniData.write()
        let root = data.deletingLastPathComponent()
        let output = root.appendingPathComponent("out")
        XCTAssertEqual(try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout"]).status, 0)
        let before = Fixtures.snapshot(output)
        var truncated = [UInt8](try LibreOfficeTests.referenceDocument())
        truncated.removeLast(30)
        let malformed = try SpreadsheetSafetyTests.replacingPart("word/header1.xml", in: try LibreOfficeTests.referenceDocument()) { $0.replacingOccurrences(of: "</w:p>", with: "") }
        let doctype = try SpreadsheetSafetyTests.replacingPart("word/styles.xml", in: try LibreOfficeTests.referenceDocument()) {
            $0.replacingOccurrences(of: "<w:styles ", with: "<!DOCTYPE w:styles [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:styles ")
        }
        for (name, bytes, expected) in [("terpotong.docx", Data(truncated), "reference document:"), ("rusak.docx", malformed, "word/header1.xml is not well-formed XML"),
                                        ("doctype.docx", doctype, "word/styles.xml contains a DOCTYPE declaration")] {
            let reference = root.appendingPathComponent(name)
            try bytes.write(to: reference)
            let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--reference-doc", reference.path])
            XCTAssertEqual(result.status, 1, "\(name): \(result.standardError)")
            XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, result.standardError)
            XCTAssertTrue(result.standardError.contains(expected), result.standardError)
            HostileDoors.assertReadable(result.standardError)
            XCTAssertEqual(Fixtures.snapshot(output), before)
        }
    }
}
