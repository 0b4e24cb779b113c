/// Trimming and searching done by the standard library instead of Foundation's `NSString`
/// bridge. On Linux `trimmingCharacters(in:)`, `contains(_:)` and `range(of:)` on a Swift
/// string convert it to UTF-16 and back; in the benchmark profile (Benchmarks/README.md) that
/// was a fifth of the time spent reading Markdown and prose. These keep Foundation's meaning:
/// the same character classes, compared scalar by scalar, no locale.
public extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`: general category Zs and the tab.
    func trimmingWhitespace() -> String { trimming(where: NativeText.isWhitespace) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`: general category Z*, U+000A–U+000D
    /// and U+0085.
    func trimmingWhitespaceAndNewlines() -> String { trimming(where: NativeText.isWhitespaceOrNewline) }

    /// The first occurrence of `needle`, compared by Unicode scalars (Foundation's `range(of:)`
    /// without options compares UTF-16 units literally, which is the same for valid text).
    /// Searched in the UTF-8 bytes where the text has them in one piece: a byte match of
    /// whole scalars' encodings starts and ends on scalar boundaries (a leading byte is never
    /// a continuation byte), so it is the same match, found without decoding scalars.
    func nativeRange(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        let view = utf8
        if let found = view.withContiguousStorageIfAvailable({ NativeText.firstOffset(of: pattern, in: $0) }) {
            guard let offset = found else { return nil }
            let start = view.index(view.startIndex, offsetBy: offset)
            return start..<view.index(start, offsetBy: pattern.count)
        }
        let scalars = unicodeScalars
        let scalarPattern = Array(needle.unicodeScalars)
        guard let first = scalarPattern.first else { return nil }
        var start = scalars.startIndex
        while start < scalars.endIndex {
            guard let candidate = scalars[start...].firstIndex(of: first) else { return nil }
            var cursor = candidate, matched = 0
            while matched < scalarPattern.count, cursor < scalars.endIndex, scalars[cursor] == scalarPattern[matched] {
                cursor = scalars.index(after: cursor)
                matched += 1
            }
            if matched == scalarPattern.count { return candidate..<cursor }
            start = scalars.index(after: candidate)
        }
        return nil
    }

    /// Whether `needle` occurs, as `nativeRange(of:)` finds it.
    func nativeContains(_ needle: String) -> Bool { nativeRange(of: needle) != nil }

    private func trimming(where isBlank: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        return String(self[first..<scalars.index(after: last)])
    }
}

/// The character classes of Foundation's `CharacterSet.whitespaces` and
/// `.whitespacesAndNewlines`, as the trimming above uses them. Foundation on Linux also counts
/// the zero-width space U+200B (a space separator in old Unicode tables); so do these, and
/// NativeTextTests compare both with Foundation.
public enum NativeText {
    /// The offset of the first occurrence of `pattern` (not empty) in `bytes`.
    static func firstOffset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = pattern.count
        guard count <= bytes.count else { return nil }
        let first = pattern[0]
        var index = 0
        let last = bytes.count - count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < count && bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == count { return index }
            }
            index += 1
        }
        return nil
    }

    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }

    public static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A...0x0D, 0x85, 0x200B: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
