/// Inline content of paragraphs, headings and cells.
public enum Inline: Equatable, Sendable {
    case text(String, Marks = [])
    case lineBreak
}

/// Character formatting that can be combined (bold italic underline).
public struct Marks: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Marks(rawValue: 1 << 0)
    public static let italic = Marks(rawValue: 1 << 1)
    public static let underline = Marks(rawValue: 1 << 2)
}

extension Array where Element == Inline {
    /// The visible text, line breaks as newlines; used for TOC entries, anchors and tests.
    public var plainText: String {
        map { inline -> String in
            switch inline {
            case .text(let string, _): return string
            case .lineBreak: return "\n"
            }
        }.joined()
    }
}
