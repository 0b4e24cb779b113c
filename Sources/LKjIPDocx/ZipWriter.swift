import CDeflate
import Foundation

/// The zip of a package, written into one byte buffer: each part deflated by zlib straight
/// from its bytes (no intermediate chunks or zeroed buffers), fixed dates, a fixed order.
/// The headers are those ZIPFoundation wrote before (Unix, version 2.1, UTF-8 names, mode 0644,
/// no extra fields, no data descriptors), so a reader sees the same package.
enum ZipWriter {
    struct Entry {
        var path: String
        var data: [UInt8]
        /// Stored as is (pictures, already compressed).
        var stored: Bool
    }

    /// zlib's level for the parts, measured on the parts of the Sumatera Barat example
    /// (1,8 MB of XML; Benchmarks/README.md): level 6, zlib's default, gives 248 KB in
    /// 14,6 ms, level 3 279 KB (+12 %) in 6,9 ms, level 1 293 KB (+18 %) in 6,5 ms. Level 3
    /// halves the time for a package an eighth larger; beyond it the time grows faster than
    /// the size shrinks.
    static let level: Int32 = 3

    /// General purpose flag 11: names are UTF-8.
    static let utf8Names: UInt16 = 0x0800

    static func zip(_ entries: [Entry], deflater: Deflater? = nil) throws -> Data {
        let deflater = try deflater ?? Deflater()
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(0) { $0 + $1.data.count / 4 + $1.path.utf8.count + 80 } + 4096)
        var central: [UInt8] = []
        central.reserveCapacity(entries.count * 80)
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = entry.data.withUnsafeBufferPointer { buffer in
                UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
            }
            let body = entry.stored ? entry.data : try deflater.deflated(entry.data)
            let offset = UInt32(out.count)
            let method: UInt16 = entry.stored ? 0 : 8
            // Local file header.
            append32(&out, 0x0403_4B50)
            append16(&out, 20)
            append16(&out, utf8Names)
            append16(&out, method)
            append16(&out, 0) // 00:00
            append16(&out, 0x21) // 1980-01-01
            append32(&out, crc)
            append32(&out, UInt32(body.count))
            append32(&out, UInt32(entry.data.count))
            append16(&out, UInt16(name.count))
            append16(&out, 0)
            out += name
            out += body
            // Its central directory record.
            append32(&central, 0x0201_4B50)
            append16(&central, 0x0315)
            append16(&central, 20)
            append16(&central, utf8Names)
            append16(&central, method)
            append16(&central, 0)
            append16(&central, 0x21)
            append32(&central, crc)
            append32(&central, UInt32(body.count))
            append32(&central, UInt32(entry.data.count))
            append16(&central, UInt16(name.count))
            append16(&central, 0)
            append16(&central, 0)
            append16(&central, 0)
            append16(&central, 0)
            append32(&central, 0o100644 << 16)
            append32(&central, offset)
            central += name
        }
        let centralOffset = UInt32(out.count)
        out += central
        append32(&out, 0x0605_4B50)
        append16(&out, 0)
        append16(&out, 0)
        append16(&out, UInt16(entries.count))
        append16(&out, UInt16(entries.count))
        append32(&out, UInt32(central.count))
        append32(&out, centralOffset)
        append16(&out, 0)
        return Data(out)
    }

    /// Raw deflate (no zlib header), as zip wants it, in one call over the whole part.
    /// Streams are set up once per package and reset between parts (`deflateReset` gives the
    /// same bytes as a new stream): setting one up, or resetting it, clears its hash table,
    /// which for zlib's large table (128 KiB) cost more than compressing a small part. Most
    /// parts are small (233 of the 242 of the Sumatera Barat report are 4 KiB or less: rels,
    /// chart workbooks, captions' charts), so they get a stream with a 4 KiB window and a
    /// hash table of 8 KiB, which compresses them to the same size (within 2 bytes in all).
    final class Deflater {
        private var small = z_stream()
        private var large = z_stream()
        let level: Int32
        /// Parts up to this size use the small stream.
        static let smallPart = 4096

        init(level: Int32 = ZipWriter.level) throws {
            self.level = level
            let size = Int32(MemoryLayout<z_stream>.size)
            guard deflateInit2_(&small, level, Z_DEFLATED, -12, 5, Z_DEFAULT_STRATEGY, ZLIB_VERSION, size) == Z_OK else {
                throw DocxError.zip("zlib could not start")
            }
            guard deflateInit2_(&large, level, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, size) == Z_OK else {
                deflateEnd(&small)
                throw DocxError.zip("zlib could not start")
            }
        }

        deinit {
            deflateEnd(&small)
            deflateEnd(&large)
        }

        func deflated(_ input: [UInt8]) throws -> [UInt8] {
            if input.count <= Self.smallPart { return try Self.run(&small, input) }
            return try Self.run(&large, input)
        }

        private static func run(_ stream: inout z_stream, _ input: [UInt8]) throws -> [UInt8] {
            guard deflateReset(&stream) == Z_OK else { throw DocxError.zip("zlib could not start") }
            let bound = Int(deflateBound(&stream, uLong(input.count))) + 16
            var result: Int32 = Z_OK
            let output = [UInt8](unsafeUninitializedCapacity: bound) { target, initialized in
                result = input.withUnsafeBufferPointer { source in
                    stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                    stream.avail_in = uInt(source.count)
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return deflate(&stream, Z_FINISH)
                }
                initialized = Int(stream.total_out)
            }
            guard result == Z_STREAM_END else { throw DocxError.zip("zlib could not compress a part (\(result))") }
            return output
        }
    }

    static func append16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    static func append32(_ out: inout [UInt8], _ value: UInt32) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8((value >> 8) & 0xFF))
        out.append(UInt8((value >> 16) & 0xFF))
        out.append(UInt8(value >> 24))
    }
}
