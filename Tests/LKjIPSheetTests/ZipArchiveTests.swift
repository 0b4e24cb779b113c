import Foundation
@testable import LKjIPSheet
import XCTest
import ZIPFoundation

final class ZipArchiveTests: XCTestCase {
    /// Python's zipfile with ZIP64 local headers forced and entries stored and deflated.
    func testZip64LocalHeadersAndStoredEntries() throws {
        let python = try ExternalTools.require("python3", "python3")
        let folder = try TestWorkbooks.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = folder.appendingPathComponent("ours.xlsx"), repacked = folder.appendingPathComponent("zip64.xlsx")
        try XLSXWriter.write(TestWorkbooks.sample).write(to: ours)
        let script = """
        import sys, zipfile
        source = zipfile.ZipFile(sys.argv[1])
        with zipfile.ZipFile(sys.argv[2], "w") as target:
            for number, name in enumerate(source.namelist()):
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_STORED if number % 2 else zipfile.ZIP_DEFLATED
                with target.open(info, "w", force_zip64=True) as entry:
                    entry.write(source.read(name))
        """
        _ = try ExternalTools.python(python, script, [ours.path, repacked.path])
        let data = try Data(contentsOf: repacked)
        let archive = try ZipArchive([UInt8](data))
        XCTAssertEqual(archive.entries.count, try TestWorkbooks.parts(of: try Data(contentsOf: ours)).count)
        XCTAssertEqual(try XLSXReader.read(data), TestWorkbooks.sample)
    }

    /// A ZIP64 archive built byte by byte (APPNOTE 4.3.14-4.3.16, 4.5.3): every size and
    /// offset in the classic records is 0xFFFFFFFF and the real values are in ZIP64 fields.
    func testZip64CentralDirectory() throws {
        var bytes: [UInt8] = []
        func put(_ value: UInt64, _ size: Int) { for index in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) } }
        let name = Array("data.txt".utf8), content = Array("hello".utf8), crc: UInt64 = 0x3610_A686
        // Local header with a ZIP64 extra field (sizes).
        put(0x0403_4B50, 4); put(45, 2); put(0, 2); put(0, 2); put(0, 4); put(crc, 4)
        put(0xFFFF_FFFF, 4); put(0xFFFF_FFFF, 4); put(UInt64(name.count), 2); put(20, 2)
        bytes += name
        put(1, 2); put(16, 2); put(5, 8); put(5, 8)
        bytes += content
        // Central directory entry with a ZIP64 extra field (sizes and local header offset).
        let directory = bytes.count
        put(0x0201_4B50, 4); put(45, 2); put(45, 2); put(0, 2); put(0, 2); put(0, 4); put(crc, 4)
        put(0xFFFF_FFFF, 4); put(0xFFFF_FFFF, 4); put(UInt64(name.count), 2); put(28, 2); put(0, 2)
        put(0, 2); put(0, 2); put(0, 4); put(0xFFFF_FFFF, 4)
        bytes += name
        put(1, 2); put(24, 2); put(5, 8); put(5, 8); put(0, 8)
        let directorySize = bytes.count - directory
        // ZIP64 end record, its locator, and the classic end record pointing to them.
        let record = bytes.count
        put(0x0606_4B50, 4); put(44, 8); put(45, 2); put(45, 2); put(0, 4); put(0, 4)
        put(1, 8); put(1, 8); put(UInt64(directorySize), 8); put(UInt64(directory), 8)
        put(0x0706_4B50, 4); put(0, 4); put(UInt64(record), 8); put(1, 4)
        put(0x0605_4B50, 4); put(0, 2); put(0, 2); put(0xFFFF, 2); put(0xFFFF, 2); put(0xFFFF_FFFF, 4); put(0xFFFF_FFFF, 4); put(0, 2)

        let archive = try ZipArchive(bytes)
        XCTAssertEqual(archive.entries.map(\.path), ["data.txt"])
        let entry = try XCTUnwrap(archive.entries.first)
        XCTAssertEqual(try archive.contents(of: entry), content)
        XCTAssertEqual(CRC32.checksum(content), 0x3610_A686)
    }

    func testDamagedStoredEntryFailsItsChecksum() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let content = Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>".utf8)
        try archive.addEntry(with: "_rels/.rels", type: .file, uncompressedSize: Int64(content.count), compressionMethod: .none) { position, size in
            content.subdata(in: Int(position)..<Int(position) + size)
        }
        var data = try XCTUnwrap(archive.data)
        let offset = try XCTUnwrap(data.range(of: Data("Relationships xmlns".utf8))).lowerBound
        data[offset] = UInt8(ascii: "X")
        XCTAssertEqual(TestWorkbooks.sheetError { try XLSXReader.read(data) }?.message, "the zip archive is damaged: _rels/.rels fails its checksum")
    }

    func testEncryptedEntriesAndCompoundFilesAreExplained() throws {
        var data = try XLSXWriter.write(TestWorkbooks.sample)
        var search = data.startIndex
        while let found = data.range(of: Data([0x50, 0x4B, 0x01, 0x02]), in: search..<data.endIndex) {
            data[found.lowerBound + 8] |= 1
            search = found.upperBound
        }
        XCTAssertEqual(TestWorkbooks.sheetError { try XLSXReader.read(data) }?.description, "_rels/.rels: is encrypted; save the workbook without a password")

        let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        XCTAssertEqual(TestWorkbooks.sheetError { try XLSXReader.read(compound) }?.message,
                       "this is a password-protected workbook or an old .xls file; save it as an Excel Workbook (.xlsx) without a password")
    }
}
