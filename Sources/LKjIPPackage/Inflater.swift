/// Decompresses raw DEFLATE data (RFC 1951), the compression of zip entries. The reader
/// does not use ZIPFoundation for this: on Linux its inflate keeps reading past a damaged
/// entry and never stops when the stream does not end, which a hostile file can arrange.
/// This one is a plain canonical-Huffman decoder in the manner of zlib's `puff.c`: every
/// read is bounds-checked, output is capped, and damage throws instead of trapping.
struct Inflater {
    enum Failure: Error {
        /// The data is not valid DEFLATE or ends early.
        case damaged(String)
        /// The output would exceed the cap.
        case tooLarge
    }

    private let input: [UInt8]
    private var position = 0
    private var bitBuffer = 0
    private var bitCount = 0
    private var output: [UInt8] = []
    private let limit: Int

    /// Inflates `input`, producing at most `limit` bytes.
    static func inflate(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        var inflater = Inflater(input: input, limit: limit)
        try inflater.run()
        return inflater.output
    }

    private init(input: [UInt8], limit: Int) {
        self.input = input
        self.limit = limit
        output.reserveCapacity(min(limit, max(input.count * 4, 1024)))
    }

    private mutating func run() throws {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(Self.fixed.lengths, Self.fixed.distances)
            case 2: try dynamic()
            default: throw Failure.damaged("invalid block type")
            }
        }
    }

    private mutating func bits(_ count: Int) throws -> Int {
        var value = bitBuffer
        while bitCount < count {
            guard position < input.count else { throw Failure.damaged("data ends early") }
            value |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        bitBuffer = value >> count
        bitCount -= count
        return value & ((1 << count) - 1)
    }

    private mutating func append(_ byte: UInt8) throws {
        guard output.count < limit else { throw Failure.tooLarge }
        output.append(byte)
    }

    private mutating func stored() throws {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Failure.damaged("data ends early") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard length == ~complement & 0xFFFF else { throw Failure.damaged("stored block length does not match") }
        guard position + length <= input.count else { throw Failure.damaged("data ends early") }
        guard output.count + length <= limit else { throw Failure.tooLarge }
        output.append(contentsOf: input[position..<(position + length)])
        position += length
    }

    /// A canonical Huffman code: how many codes have each length, and the symbols in
    /// code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []
        /// 0 for a complete code, > 0 for an incomplete one, < 0 for an over-subscribed one.
        var left = 0

        init(_ lengths: [Int]) {
            for length in lengths { counts[length] += 1 }
            // No codes at all is complete: a block that uses no distances may say so.
            if counts[0] == lengths.count { return }
            left = 1
            for length in 1...15 {
                left = left * 2 - counts[length]
                if left < 0 { return }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    private mutating func decode(_ code: Huffman) throws -> Int {
        var value = 0, first = 0, index = 0
        for length in 1...15 {
            value |= try bits(1)
            let count = code.counts[length]
            if value - count < first {
                let slot = index + (value - first)
                guard code.symbols.indices.contains(slot) else { throw Failure.damaged("invalid code") }
                return code.symbols[slot]
            }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        throw Failure.damaged("invalid code")
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static let fixed: (lengths: Huffman, distances: Huffman) = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        return (Huffman(lengths), Huffman([Int](repeating: 5, count: 30)))
    }()

    private mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws {
        while true {
            let symbol = try decode(lengths)
            if symbol < 256 {
                try append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < Self.lengthBase.count else { throw Failure.damaged("invalid length code") }
            let length = Self.lengthBase[lengthIndex] + (try bits(Self.lengthExtra[lengthIndex]))
            let distanceIndex = try decode(distances)
            guard distanceIndex < Self.distanceBase.count else { throw Failure.damaged("invalid distance code") }
            let distance = Self.distanceBase[distanceIndex] + (try bits(Self.distanceExtra[distanceIndex]))
            guard distance <= output.count else { throw Failure.damaged("distance reaches before the start") }
            guard output.count + length <= limit else { throw Failure.tooLarge }
            for _ in 0..<length { output.append(output[output.count - distance]) }
        }
    }

    /// A complete code, or an incomplete one made of a single one-bit code (as puff allows).
    static func usable(_ code: Huffman, count: Int) -> Bool {
        code.left == 0 || (code.left > 0 && count == code.counts[0] + code.counts[1])
    }

    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamic() throws {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure.damaged("too many codes") }
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengths[Self.codeLengthOrder[index]] = try bits(3) }
        let lengthCode = Huffman(codeLengths)
        guard lengthCode.left == 0 else { throw Failure.damaged("incomplete code length code") }

        var lengths = [Int](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < lengths.count {
            var symbol = try decode(lengthCode)
            if symbol < 16 {
                lengths[index] = symbol
                index += 1
                continue
            }
            var repeated = 0
            switch symbol {
            case 16:
                guard index > 0 else { throw Failure.damaged("repeat with no previous length") }
                repeated = lengths[index - 1]
                symbol = 3 + (try bits(2))
            case 17:
                symbol = 3 + (try bits(3))
            default:
                symbol = 11 + (try bits(7))
            }
            guard index + symbol <= lengths.count else { throw Failure.damaged("too many lengths") }
            for _ in 0..<symbol {
                lengths[index] = repeated
                index += 1
            }
        }
        guard lengths[256] != 0 else { throw Failure.damaged("no end-of-block code") }
        let literalLengths = Array(lengths[0..<literalCount]), distanceLengths = Array(lengths[literalCount...])
        let literals = Huffman(literalLengths)
        guard Self.usable(literals, count: literalCount) else { throw Failure.damaged("invalid literal/length code") }
        let distances = Huffman(distanceLengths)
        guard Self.usable(distances, count: distanceCount) else { throw Failure.damaged("invalid distance code") }
        try codes(literals, distances)
    }
}
