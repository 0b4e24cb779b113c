import Foundation
@testable import LKjIPPackage
import TestSupport
import XCTest

final class InflaterTests: XCTestCase {
    /// Streams worked out by hand from RFC 1951.
    func testHandMadeStreams() throws {
        // BFINAL=1, BTYPE=01 (fixed codes), 'a' = 0x61 -> 8-bit code 0x91, end of block = 7 zero bits.
        XCTAssertEqual(try Inflater.inflate([0x4B, 0x04, 0x00], limit: 10), [0x61])
        // Fixed block holding only the end-of-block code.
        XCTAssertEqual(try Inflater.inflate([0x03, 0x00], limit: 10), [])
        // Stored block: BFINAL=1, BTYPE=00, LEN=3, NLEN=~3, "abc".
        XCTAssertEqual(try Inflater.inflate([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], limit: 10), Array("abc".utf8))
    }

    func testDamageAndOverflowThrow() {
        let cases: [[UInt8]] = [
            [],                                          // nothing at all
            [0x4B],                                      // ends inside the block
            [0x07],                                      // BTYPE=11 is reserved
            [0x01, 0x03, 0x00, 0xFC, 0xFE, 0x61],        // NLEN is not the complement of LEN
            [0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61],        // stored block shorter than LEN
        ]
        for input in cases {
            XCTAssertThrowsError(try Inflater.inflate(input, limit: 100), "\(input)")
        }
        XCTAssertThrowsError(try Inflater.inflate([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], limit: 2)) { error in
            guard case Inflater.Failure.tooLarge = error else { return XCTFail("expected tooLarge, got \(error)") }
        }
    }

    /// zlib (through Python) at every level and strategy, so stored, fixed and dynamic
    /// blocks, long matches and far distances all occur.
    func testStreamsFromZlib() throws {
        let python = try ToolCheck.require(ToolCheck.find("python3"), "python3")
        let script = """
        import sys, zlib
        words = ["realisasi", "target", "capaian", "Pemasyarakatan", "indikator", "%", "87,5", "\\n", "é", "📊"]
        state = 12345
        text = []
        for _ in range(40000):
            state = (state * 1103515245 + 12345) % 2147483648
            text.append(words[state % len(words)])
        data = " ".join(text).encode()
        sys.stdout.write(data.hex() + "\\n")
        for level, strategy in [(0, 0), (1, 0), (6, 0), (9, 0), (6, zlib.Z_FIXED), (6, zlib.Z_HUFFMAN_ONLY), (6, zlib.Z_RLE), (6, zlib.Z_FILTERED)]:
            c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
            sys.stdout.write(c.compress(data).hex() + c.flush().hex() + "\\n")
        """
        let output = try ToolCheck.run(python, ["-c", script])
        XCTAssertEqual(output.status, 0, output.standardError)
        let lines = output.standardOutput.split(separator: "\n").map { Self.bytes(String($0)) }
        let original = try XCTUnwrap(lines.first)
        XCTAssertGreaterThan(original.count, 200_000)
        XCTAssertEqual(lines.count, 9)
        for compressed in lines.dropFirst() {
            XCTAssertEqual(try Inflater.inflate(compressed, limit: original.count), original)
        }
    }

    static func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), index != hex.endIndex {
            result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return result
    }
}
