import Foundation
@testable import LKjIPPackage
import XCTest

final class ZipArchiveTests: XCTestCase {
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

}
