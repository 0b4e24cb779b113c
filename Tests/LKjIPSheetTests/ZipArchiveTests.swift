import Foundation
@testable import LKjIPPackage
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
