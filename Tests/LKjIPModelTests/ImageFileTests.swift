import Foundation
import LKjIPModel
import XCTest

/// Pictures are checked from their header: PNG or JPEG, with a sane pixel size, read only
/// from regular files inside the allowed folders.
final class ImageFileTests: XCTestCase {
    /// The first 33 bytes of a PNG: signature and the IHDR chunk with width and height.
    static func png(width: UInt32, height: UInt32) -> Data {
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        for value in [width, height] {
            data.append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
        }
        data.append(contentsOf: [8, 2, 0, 0, 0, 0, 0, 0, 0])
        return data
    }

    /// A JPEG start, an APP0 segment to skip, then a SOF0 segment with height and width.
    static func jpeg(width: UInt16, height: UInt16) -> Data {
        var data = Data([0xFF, 0xD8])
        data.append(contentsOf: [0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46]) // APP0, length 6
        data.append(contentsOf: [0xFF, 0xC0, 0x00, 0x11, 0x08,
                                 UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF),
                                 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01])
        return data
    }

    func testPNGHeader() throws {
        let image = try ImageFile(Self.png(width: 640, height: 480))
        XCTAssertEqual(image.format, .png)
        XCTAssertEqual(image.pixelWidth, 640)
        XCTAssertEqual(image.pixelHeight, 480)
    }

    func testJPEGHeaderAfterAnotherSegment() throws {
        let image = try ImageFile(Self.jpeg(width: 1200, height: 800))
        XCTAssertEqual(image.format, .jpeg)
        XCTAssertEqual(image.pixelWidth, 1200)
        XCTAssertEqual(image.pixelHeight, 800)
    }

    func testNotAnImage() {
        XCTAssertThrowsError(try ImageFile(Data("bukan gambar".utf8))) { XCTAssertEqual($0 as? ImageFile.Problem, .notAnImage) }
        XCTAssertThrowsError(try ImageFile(Data())) { XCTAssertEqual($0 as? ImageFile.Problem, .notAnImage) }
        XCTAssertThrowsError(try ImageFile(Self.png(width: 640, height: 480).prefix(20))) { XCTAssertEqual($0 as? ImageFile.Problem, .notAnImage, "a cut header") }
        XCTAssertThrowsError(try ImageFile(Self.png(width: 0, height: 480))) { XCTAssertEqual($0 as? ImageFile.Problem, .notAnImage, "zero width") }
    }

    /// A header claiming 1 × 2147483647 pixels is refused before anything is decoded.
    func testAbsurdSizesAreRefused() {
        XCTAssertThrowsError(try ImageFile(Self.png(width: 1, height: 2_147_483_647))) {
            XCTAssertEqual($0 as? ImageFile.Problem, .tooManyPixels(1, 2_147_483_647))
        }
        XCTAssertThrowsError(try ImageFile(Self.png(width: 20_001, height: 1)), "longest side 20,000")
        // 7,000 × 7,000 = 49 million pixels, above the 40 megapixel limit.
        XCTAssertThrowsError(try ImageFile(Self.png(width: 7_000, height: 7_000))) {
            XCTAssertEqual($0 as? ImageFile.Problem, .tooManyPixels(7_000, 7_000))
        }
        // 20,000 × 2,000 = 40 million: exactly at both limits.
        XCTAssertNoThrow(try ImageFile(Self.png(width: 20_000, height: 2_000)))
    }

    // MARK: SafeFile

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-safefile-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testSafeFileReadsARegularFileInside() throws {
        let root = try temporaryFolder()
        try Data("isi".utf8).write(to: root.appendingPathComponent("a.txt"))
        XCTAssertEqual(try SafeFile.read(root.appendingPathComponent("a.txt"), roots: [root], limit: 10), Data("isi".utf8))
    }

    func testSafeFileProblems() throws {
        let root = try temporaryFolder()
        let outside = try temporaryFolder()
        try Data("0123456789A".utf8).write(to: root.appendingPathComponent("besar.txt"))
        try Data("rahasia".utf8).write(to: outside.appendingPathComponent("rahasia.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("tautan.txt"), withDestinationURL: outside.appendingPathComponent("rahasia.txt"))
        XCTAssertEqual(mkfifo(root.appendingPathComponent("pipa").path, 0o644), 0)

        func problem(_ name: String, limit: Int = 100) -> SafeFile.Problem? {
            do {
                _ = try SafeFile.read(root.appendingPathComponent(name), roots: [root], limit: limit)
                return nil
            } catch {
                return error as? SafeFile.Problem
            }
        }
        XCTAssertEqual(problem("besar.txt", limit: 10), .tooLarge(11, limit: 10))
        XCTAssertEqual(problem("tautan.txt"), .outside)
        XCTAssertEqual(problem("pipa"), .notRegular, "a FIFO must be refused without blocking")
        XCTAssertEqual(problem("tidak-ada.txt"), .notFound)
        XCTAssertEqual(SafeFile.Problem.notRegular.description, "not a regular file")
        XCTAssertEqual(SafeFile.Problem.tooLarge(2 * 1024 * 1024, limit: 1024 * 1024).description, "file is too large: 2048 KiB, at most 1024 KiB")
    }

    /// `DataPath.resolve` follows links that stay inside a root and refuses those that leave it.
    func testDataPathResolve() throws {
        let root = try temporaryFolder()
        let outside = try temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Self.png(width: 1, height: 1).write(to: root.appendingPathComponent("assets/asli.png"))
        try Self.png(width: 1, height: 1).write(to: outside.appendingPathComponent("luar.png"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("assets/dalam.png"), withDestinationURL: root.appendingPathComponent("assets/asli.png"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("assets/luar.png"), withDestinationURL: outside.appendingPathComponent("luar.png"))
        XCTAssertEqual(DataPath.resolve("assets/asli.png", roots: [root])?.lastPathComponent, "asli.png")
        XCTAssertEqual(DataPath.resolve("assets/dalam.png", roots: [root])?.lastPathComponent, "asli.png", "a link inside is followed")
        XCTAssertNil(DataPath.resolve("assets/luar.png", roots: [root]), "a link outside is refused")
        XCTAssertNil(DataPath.resolve("../luar.png", roots: [root]))
        XCTAssertNil(DataPath.resolve("assets/tidak-ada.png", roots: [root]))
        XCTAssertEqual(DataPath.resolve("luar.png", roots: [root, outside])?.lastPathComponent, "luar.png", "a second root (the assets folder) is searched")
    }
}
