/// The bytes of an XML part as it is written. The body of a report is a megabyte and a half
/// of XML in some ten thousand paragraphs and cells; built as nested `String`s (each
/// element interpolated into its parent) every byte was copied several times, at about 93
/// instructions a byte. Here each piece is appended once: literals and numbers straight as
/// bytes, text escaped on the way in.
struct XMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func += (buffer: inout XMLBuffer, text: String) { buffer.append(text) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: XMLBuffer) { bytes.append(contentsOf: other.bytes) }

    mutating func append(literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A whole number in decimal, as `String(value)` writes it.
    mutating func append(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var index = 20
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index..<20]))
        }
    }

    /// Text escaped for an element or attribute (`XMLText.escape`, the one rule).
    mutating func append(escaped text: String) throws {
        var text = text
        let plain = text.withUTF8 { utf8 -> Bool in
            guard !XMLText.needsEscaping(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { append(try XMLText.escape(text)) }
    }

    func hasSuffix(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = bytes.count - count
        for offset in 0..<count where bytes[start + offset] != literal.utf8Start[offset] { return false }
        return true
    }

    /// The offset of the first `literal` at or after `start`.
    func firstOffset(of literal: StaticString, from start: Int = 0) -> Int? {
        let count = literal.utf8CodeUnitCount
        guard count > 0, bytes.count >= count else { return nil }
        var index = start
        while index + count <= bytes.count {
            if bytes[index] == literal.utf8Start[0] {
                var matched = 1
                while matched < count && bytes[index + matched] == literal.utf8Start[matched] { matched += 1 }
                if matched == count { return index }
            }
            index += 1
        }
        return nil
    }

    mutating func insert(_ text: String, at offset: Int) {
        bytes.insert(contentsOf: Array(text.utf8), at: offset)
    }

    mutating func removeAll(keepingCapacity: Bool = true) { bytes.removeAll(keepingCapacity: keepingCapacity) }

    /// Drops everything from `count` on.
    mutating func truncate(to count: Int) { bytes.removeSubrange(count...) }
}
