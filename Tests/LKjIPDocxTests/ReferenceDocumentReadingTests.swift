import Foundation
import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest
import ZIPFoundation

/// Issue 26: the reading of an office's reference .docx is the hardened path of LKjIPPackage.
/// Each case plants one attack from the hostile run in an otherwise valid reference and
/// asserts the outcome: a one-line error, or a warning and a package that is well-formed and
/// points at nothing outside. Time is bounded by generous guards that would only catch a
/// hang (or the seconds a regular expression used to take), never measured.
final class ReferenceDocumentReadingTests: XCTestCase {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let imageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

    /// The parts of a small valid reference: F4 page, a default header with a kop picture.
    static func parts(header: String? = nil, headerRels: String? = nil, styles: String? = nil, document: String? = nil) -> [(String, Data)] {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
        return [
            ("[Content_Types].xml", Data((declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").utf8)),
            ("word/_rels/document.xml.rels", Data((declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId2\" Type=\"\(r)/header\" Target=\"header1.xml\"/></Relationships>").utf8)),
            ("word/document.xml", Data((document ?? declaration + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body><w:p/><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"12189\" w:h=\"18709\"/><w:pgMar w:top=\"2268\" w:right=\"1134\" w:bottom=\"1418\" w:left=\"1701\"/></w:sectPr></w:body></w:document>").utf8)),
            ("word/styles.xml", Data((styles ?? declaration + "<w:styles xmlns:w=\"\(w)\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>").utf8)),
            ("word/header1.xml", Data((header ?? declaration + "<w:hdr xmlns:w=\"\(w)\" xmlns:r=\"\(r)\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><w:p><w:r><w:t>KOP</w:t></w:r><w:r><a:blip r:embed=\"rIdLogo\"/></w:r></w:p></w:hdr>").utf8)),
            ("word/_rels/header1.xml.rels", Data((headerRels ?? declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdLogo\" Type=\"\(imageType)\" Target=\"media/logo.png\"/></Relationships>").utf8)),
            ("word/media/logo.png", png),
        ]
    }

    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// The message of a refused reference, which must be one line.
    func refusal(_ data: Data, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try ReferenceDocument.read(data)
            XCTFail("the reference was accepted", file: file, line: line)
            return ""
        } catch let error as DocxError {
            let text = error.description
            XCTAssertFalse(text.contains("\n"), "one line: \(text)", file: file, line: line)
            XCTAssertLessThan(text.count, 400, file: file, line: line)
            return text
        } catch {
            XCTFail("not a DocxError: \(error)", file: file, line: line)
            return ""
        }
    }

    func testValidReferenceIsRead() throws {
        var warnings: [String] = []
        let reference = try ReferenceDocument.read(try Self.zip(Self.parts()), warning: { warnings.append($0) })
        XCTAssertEqual(warnings, [])
        // 12189 × 18709 twips = 609,45 × 935,45 pt.
        XCTAssertEqual(reference.page, PageSetup(width: 609.45, height: 935.45, top: 113.4, bottom: 70.9, left: 85.05, right: 56.7))
        XCTAssertEqual(reference.fonts, ["Liberation Serif"])
        XCTAssertEqual(reference.media.map(\.path), ["media/kop-1.png"])
        XCTAssertTrue(try XCTUnwrap(reference.headers.first?.relationships).contains("Target=\"media/kop-1.png\""))
    }

    func testMalformedHeaderOrStylesIsOneLine() throws {
        let header = refusal(try Self.zip(Self.parts(header: Self.declaration + "<w:hdr xmlns:w=\"\(Self.w)\"><w:p><w:r><w:t>KOP</w:r></w:p></w:hdr>")))
        XCTAssertTrue(header.hasPrefix("reference document: word/header1.xml is not well-formed XML"), header)
        let styles = refusal(try Self.zip(Self.parts(styles: Self.declaration + "<w:styles xmlns:w=\"\(Self.w)\"><w:style>&undefined;</w:style></w:styles>")))
        XCTAssertTrue(styles.hasPrefix("reference document: word/styles.xml is not well-formed XML"), styles)
    }

    func testDoctypeWithASystemEntityIsRefused() throws {
        let secret = try ToolCheck.temporaryFolder().appendingPathComponent("secret.txt")
        try Data("RAHASIA".utf8).write(to: secret)
        let styles = Self.declaration + "<!DOCTYPE w:styles [<!ENTITY x SYSTEM \"file://\(secret.path)\">]><w:styles xmlns:w=\"\(Self.w)\"><w:style w:styleId=\"&x;\"/></w:styles>"
        let message = refusal(try Self.zip(Self.parts(styles: styles)))
        XCTAssertTrue(message.contains("word/styles.xml contains a DOCTYPE declaration"), message)
        XCTAssertFalse(message.contains("RAHASIA"))
        let header = Self.declaration + "<!DOCTYPE w:hdr SYSTEM \"file://\(secret.path)\"><w:hdr xmlns:w=\"\(Self.w)\"/>"
        XCTAssertTrue(refusal(try Self.zip(Self.parts(header: header))).contains("word/header1.xml contains a DOCTYPE declaration"))
    }

    /// Header pictures linked to `file:///…` or a UNC path are dropped with a warning, and
    /// nothing of the written package points outside it.
    func testOutsideRelationsAreDroppedWithAWarning() throws {
        let rels = Self.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdLogo\" Type=\"\(Self.imageType)\" Target=\"media/logo.png\"/>"
            + "<Relationship Id=\"rIdFile\" Type=\"\(Self.imageType)\" Target=\"file:///etc/hostname\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdUnc\" Type=\"\(Self.imageType)\" Target=\"\\\\server\\share\\kop.png\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdUp\" Type=\"\(Self.imageType)\" Target=\"../../../../etc/passwd\"/></Relationships>"
        let header = Self.declaration + "<w:hdr xmlns:w=\"\(Self.w)\" xmlns:r=\"\(Self.r)\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"><w:p>"
            + "<w:r><a:blip r:embed=\"rIdLogo\"/></w:r><w:r><a:blip r:link=\"rIdFile\"/></w:r><w:r><a:blip r:embed=\"rIdUnc\"/></w:r><w:r><a:blip r:embed=\"rIdUp\"/></w:r>"
            + "<w:r><v:imagedata src=\"file:///etc/shadow\" o:href=\"\\\\server\\x.png\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> INCLUDEPICTURE \"file:///etc/hostname\" \\d </w:instrText></w:r></w:p></w:hdr>"
        var warnings: [String] = []
        let reference = try ReferenceDocument.read(try Self.zip(Self.parts(header: header, headerRels: rels)), warning: { warnings.append($0) })
        XCTAssertEqual(warnings.filter { $0.hasSuffix("was dropped") || $0.hasSuffix("was left out") }.count, 3, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.contains("field") && $0.contains("emptied") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.contains("addresses") }, "\(warnings)")
        XCTAssertTrue(warnings.allSatisfy { !$0.contains("\n") })

        let docx = try DocxWriter.write(SampleDocuments.signature, options: DocxOptions(reference: reference))
        for (path, bytes) in try ZipParts.read(docx) where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            let text = String(decoding: bytes, as: UTF8.self)
            XCTAssertNoThrow(try XMLCheck.parse(bytes, name: path))
            for outside in ["file:", "\\\\server", "TargetMode=\"External\"", "etc/passwd", "INCLUDEPICTURE", "rIdFile", "rIdUnc", "rIdUp"] {
                XCTAssertFalse(text.contains(outside), "\(path) still holds \(outside)")
            }
        }
        let headerXML = String(decoding: try XCTUnwrap(try ZipParts.part("word/header-kop.xml", in: docx)), as: UTF8.self)
        XCTAssertTrue(headerXML.contains("r:embed=\"rIdLogo\""), "the kop picture inside the file stays")
    }

    /// A header declared in another encoding is written as UTF-8, so the output stays
    /// well-formed.
    func testHeaderInAnotherEncodingIsWrittenAsUTF8() throws {
        let latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<w:hdr xmlns:w=\"\(Self.w)\"><w:p><w:r><w:t>KOP SUMATERA - Pemb\u{E9}</w:t></w:r></w:p></w:hdr>"
        var parts = Self.parts()
        parts[4].1 = Data(latin.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let reference = try ReferenceDocument.read(try Self.zip(parts))
        let docx = try DocxWriter.write(SampleDocuments.signature, options: DocxOptions(reference: reference))
        let bytes = try XCTUnwrap(try ZipParts.part("word/header-kop.xml", in: docx))
        XCTAssertNoThrow(try XMLCheck.parse(bytes, name: "header-kop.xml"))
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("Pemb\u{E9}"))
    }

    /// Central directory offsets past the end (the file that made ZIPFoundation trap), and
    /// sixty mutations of a valid reference: each is read or refused in one line, none crashes.
    func testDamagedPackagesNeverCrash() throws {
        let valid = try Self.zip(Self.parts())
        var bytes = [UInt8](valid)
        let end = try XCTUnwrap((0...(bytes.count - 22)).reversed().first { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 0x05 && bytes[$0 + 3] == 0x06 })
        for (offset, value) in [(16, UInt32(bytes.count + 1000)), (16, UInt32.max - 4), (12, UInt32.max)] {
            var damaged = bytes
            for index in 0..<4 { damaged[end + offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
            XCTAssertTrue(refusal(Data(damaged)).hasPrefix("reference document: "))
        }
        var generator = SeededGenerator(seed: 26)
        for round in 0..<60 {
            var mutated = bytes
            for _ in 0..<(1 + round % 8) {
                let index = Int.random(in: 0..<mutated.count, using: &generator)
                mutated[index] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                _ = try ReferenceDocument.read(Data(mutated))
            } catch let error as DocxError {
                XCTAssertFalse(error.description.contains("\n"), "round \(round)")
            }
        }
        bytes = []
    }

    /// 1 GiB of zeros declared as 1.000 bytes: the inflater stops at the declared size, so
    /// memory stays near the file's own size and the answer is a one-line refusal.
    func testZipBombDeclaredSmallIsStoppedAtTheDeclaredSize() throws {
        let python = try ToolCheck.require(ToolCheck.find("python3"), "python3")
        let folder = try ToolCheck.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = folder.appendingPathComponent("valid.docx"), bomb = folder.appendingPathComponent("bomb.docx")
        try Self.zip(Self.parts()).write(to: valid)
        let script = """
        import sys, zipfile, zlib, struct
        source = zipfile.ZipFile(sys.argv[1])
        with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
            for name in source.namelist():
                if name != "word/styles.xml":
                    target.writestr(name, source.read(name))
            info = zipfile.ZipInfo("word/styles.xml")
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w", force_zip64=True) as entry:
                block = b"\\0" * (1 << 24)
                for _ in range(64):
                    entry.write(block)
        data = bytearray(open(sys.argv[2], "rb").read())
        # Every size field of word/styles.xml says 1.000 bytes.
        name = b"word/styles.xml"
        at = 0
        while True:
            at = data.find(name, at + 1)
            if at < 0: break
            if data[at - 46:at - 42] == b"PK\\x01\\x02":
                struct.pack_into("<I", data, at - 46 + 24, 1000)
            if data[at - 30:at - 26] == b"PK\\x03\\x04":
                struct.pack_into("<I", data, at - 30 + 22, 1000)
        # ZIP64 extra fields hold the real sizes: point them at 1.000 too.
        at = 0
        while True:
            at = data.find(b"\\x01\\x00\\x10\\x00", at + 1)
            if at < 0: break
            struct.pack_into("<Q", data, at + 4, 1000)
        open(sys.argv[2], "wb").write(data)
        """
        let result = try ToolCheck.run(python, ["-c", script, valid.path, bomb.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let data = try Data(contentsOf: bomb)
        XCTAssertLessThan(data.count, 4 << 20, "the bomb file is small")
        let started = Date()
        let message = refusal(data)
        XCTAssertTrue(message.contains("word/styles.xml") || message.contains("damaged"), message)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "guard against inflating the gigabyte")
    }

    /// 256 KiB of unclosed `<w:sectPr>` (35 s with the old regular expressions) and a valid
    /// document of 20.000 closed sections: both read in one pass.
    func testManySectionsAreReadInOnePass() throws {
        let open = Self.declaration + "<w:document xmlns:w=\"\(Self.w)\"><w:body>" + String(repeating: "<w:sectPr>", count: 256 * 1024 / 10)
        let started = Date()
        XCTAssertTrue(refusal(try Self.zip(Self.parts(document: open))).contains("word/document.xml is not well-formed XML"))
        var many = Self.declaration + "<w:document xmlns:w=\"\(Self.w)\" xmlns:r=\"\(Self.r)\"><w:body>"
        many += String(repeating: "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr></w:p>", count: 20_000)
        many += "<w:sectPr><w:pgSz w:w=\"12189\" w:h=\"18709\"/><w:pgMar w:top=\"1\" w:right=\"2\" w:bottom=\"3\" w:left=\"4\"/></w:sectPr></w:body></w:document>"
        let reference = try ReferenceDocument.read(try Self.zip(Self.parts(document: many)))
        XCTAssertEqual(reference.page?.width, 609.45, "the last section's page")
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "guard against a scan per section")
    }
}

/// A small deterministic generator, so a mutation round can be repeated.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
