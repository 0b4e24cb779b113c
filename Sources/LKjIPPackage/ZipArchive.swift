/// A read-only view of a zip archive held in memory, written for untrusted input: the end
/// record, central directory and local headers are parsed with every offset checked
/// against the data, entries are inflated by `Inflater` with their declared size as a hard
/// cap, and checksums are verified. (ZIPFoundation, which writes the packages, traps or
/// loops forever on some damaged archives when reading from memory on Linux.)
struct ZipArchive {
    struct Entry {
        let path: String
        let method: Int
        let flags: Int
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int

        var isDirectory: Bool { path.hasSuffix("/") }
    }

    enum Failure: Error {
        case notZip
        case damaged(String)
        case encrypted
        case unsupportedMethod(Int)
    }

    private let bytes: [UInt8]
    let entries: [Entry]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        entries = try Self.centralDirectory(bytes)
    }

    // MARK: - Little-endian fields

    private static func integer(_ bytes: [UInt8], _ offset: Int, _ size: Int) throws -> Int {
        guard offset >= 0, size <= 8, offset <= bytes.count - size else { throw Failure.damaged("a header lies outside the file") }
        var value: UInt64 = 0
        for index in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        guard value <= UInt64(Int.max / 2) else { throw Failure.damaged("a size or offset is out of range") }
        return Int(value)
    }

    // MARK: - Structure

    private static let endSignature = 0x0605_4B50
    private static let zip64EndSignature = 0x0606_4B50
    private static let zip64LocatorSignature = 0x0706_4B50
    private static let centralSignature = 0x0201_4B50
    private static let localSignature = 0x0403_4B50

    /// The end of central directory record lies in the last 22 + 65535 bytes (the comment).
    private static func endRecord(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count >= 22 else { throw Failure.notZip }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 { return offset }
            offset -= 1
        }
        throw Failure.notZip
    }

    private static func centralDirectory(_ bytes: [UInt8]) throws -> [Entry] {
        let end = try endRecord(bytes)
        var count = try integer(bytes, end + 10, 2)
        var size = try integer(bytes, end + 12, 4)
        var start = try integer(bytes, end + 16, 4)
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
            // ZIP64: the locator just before the end record points to the ZIP64 end record.
            guard end >= 20, try integer(bytes, end - 20, 4) == zip64LocatorSignature else { throw Failure.damaged("the ZIP64 locator is missing") }
            let record = try integer(bytes, end - 12, 8)
            guard try integer(bytes, record, 4) == zip64EndSignature else { throw Failure.damaged("the ZIP64 end record is missing") }
            count = try integer(bytes, record + 32, 8)
            size = try integer(bytes, record + 40, 8)
            start = try integer(bytes, record + 48, 8)
        }
        guard start <= bytes.count, size <= bytes.count - start, count <= size / 46 + 1 else {
            throw Failure.damaged("the central directory lies outside the file")
        }
        var entries: [Entry] = []
        var offset = start
        for _ in 0..<count {
            guard try integer(bytes, offset, 4) == centralSignature else { throw Failure.damaged("a central directory entry is damaged") }
            let flags = try integer(bytes, offset + 8, 2)
            let method = try integer(bytes, offset + 10, 2)
            let crc = UInt32(try integer(bytes, offset + 16, 4))
            var compressed = try integer(bytes, offset + 20, 4)
            var uncompressed = try integer(bytes, offset + 24, 4)
            let nameLength = try integer(bytes, offset + 28, 2)
            let extraLength = try integer(bytes, offset + 30, 2)
            let commentLength = try integer(bytes, offset + 32, 2)
            var localOffset = try integer(bytes, offset + 42, 4)
            let nameStart = offset + 46
            guard nameStart + nameLength + extraLength + commentLength <= bytes.count else { throw Failure.damaged("a file name lies outside the file") }
            let path = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            // ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in order.
            var extra = nameStart + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = try integer(bytes, extra, 2), length = try integer(bytes, extra + 2, 2)
                if id == 0x0001 {
                    var field = extra + 4
                    if uncompressed == 0xFFFF_FFFF { uncompressed = try integer(bytes, field, 8); field += 8 }
                    if compressed == 0xFFFF_FFFF { compressed = try integer(bytes, field, 8); field += 8 }
                    if localOffset == 0xFFFF_FFFF { localOffset = try integer(bytes, field, 8) }
                }
                extra += 4 + length
            }
            entries.append(Entry(path: path, method: method, flags: flags, crc32: crc, compressedSize: compressed,
                                 uncompressedSize: uncompressed, localHeaderOffset: localOffset))
            offset = extraEnd + commentLength
        }
        return entries
    }

    /// The uncompressed bytes of `entry`.
    func contents(of entry: Entry) throws -> [UInt8] {
        guard entry.flags & 1 == 0 else { throw Failure.encrypted }
        let header = entry.localHeaderOffset
        guard try Self.integer(bytes, header, 4) == Self.localSignature else { throw Failure.damaged("the local header of \(entry.path) is missing") }
        let start = header + 30 + (try Self.integer(bytes, header + 26, 2)) + (try Self.integer(bytes, header + 28, 2))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw Failure.damaged("\(entry.path) extends past the end of the file")
        }
        let stored = Array(bytes[start..<(start + entry.compressedSize)])
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = stored
        case 8:
            do {
                data = try Inflater.inflate(stored, limit: entry.uncompressedSize)
            } catch Inflater.Failure.damaged(let reason) {
                throw Failure.damaged("\(entry.path) cannot be decompressed (\(reason))")
            } catch {
                throw Failure.damaged("\(entry.path) is larger than the archive declares")
            }
        default:
            throw Failure.unsupportedMethod(entry.method)
        }
        guard data.count == entry.uncompressedSize else { throw Failure.damaged("\(entry.path) has a different size than the archive declares") }
        guard CRC32.checksum(data) == entry.crc32 else { throw Failure.damaged("\(entry.path) fails its checksum") }
        return data
    }
}
