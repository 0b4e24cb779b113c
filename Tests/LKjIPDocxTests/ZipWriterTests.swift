import Foundation
@testable import LKjIPDocx
import XCTest
import ZIPFoundation

/// Issue 25: the .docx is zipped by lkjip's own writer over zlib (one buffer, streams reused,
/// small parts on a small stream). At zlib's default level it writes exactly the bytes
/// ZIPFoundation wrote before (same headers, same deflate stream); at any level ZIPFoundation
/// reads back every part, and the CRCs check.
final class ZipWriterTests: XCTestCase {
    static let parts: [ZipWriter.Entry] = [
        ZipWriter.Entry(path: "[Content_Types].xml", data: Array(String(repeating: "<Types><Default Extension=\"xml\"/></Types>", count: 40).utf8), stored: false),
        ZipWriter.Entry(path: "word/document.xml", data: Array((0..<3000).map { "<w:p><w:r><w:t>Paragraf \($0) — é</w:t></w:r></w:p>" }.joined().utf8), stored: false),
        ZipWriter.Entry(path: "word/media/image1.png", data: (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, stored: true),
        ZipWriter.Entry(path: "word/empty.xml", data: [], stored: false),
        ZipWriter.Entry(path: "docProps/app.xml", data: Array("<Properties/>".utf8), stored: false),
    ]

    /// ZIPFoundation's archive of the same parts, as DocxWriter made it before issue 25.
    static func zipFoundation(_ parts: [ZipWriter.Entry]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800)
        for part in parts {
            let data = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: part.stored ? .none : .deflate, bufferSize: 1 << 18) { position, size in
                Data(data[Int(position)..<Int(position) + size])
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// With one stream setting for every part (as ZIPFoundation used), the bytes are equal.
    func testSameBytesAsZIPFoundationAtItsLevel() throws {
        let big = Self.parts.map { part -> ZipWriter.Entry in
            // Parts above the small-part size all go through the large stream, as ZIPFoundation's did.
            var part = part
            if !part.stored && !part.data.isEmpty { part.data += Array(repeating: UInt8(ascii: " "), count: ZipWriter.Deflater.smallPart) }
            return part
        }
        XCTAssertEqual(try ZipWriter.zip(big, deflater: ZipWriter.Deflater(level: 6)), try Self.zipFoundation(big))
    }

    func testEveryPartReadsBack() throws {
        for level: Int32 in [1, 3, 6, 9] {
            let zipped = try ZipWriter.zip(Self.parts, deflater: ZipWriter.Deflater(level: level))
            let archive = try Archive(data: zipped, accessMode: .read)
            XCTAssertEqual(archive.map(\.path), Self.parts.map(\.path), "order kept")
            for part in Self.parts {
                let entry = try XCTUnwrap(archive[part.path])
                var data = Data()
                _ = try archive.extract(entry, consumer: { data.append($0) })
                XCTAssertEqual(Array(data), part.data, "\(part.path) at level \(level)")
            }
        }
    }

    /// One deflater serves several packages: a reset stream gives the bytes of a new one.
    func testAReusedDeflaterGivesTheSameBytes() throws {
        let shared = try ZipWriter.Deflater()
        let first = try ZipWriter.zip(Self.parts, deflater: shared)
        let second = try ZipWriter.zip(Self.parts, deflater: shared)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first, try ZipWriter.zip(Self.parts))
    }
}
