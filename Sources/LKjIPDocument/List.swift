/// A bulleted or numbered list; items hold blocks so that lists nest.
public struct List: Equatable, Sendable {
    public var kind: ListKind
    public var items: [[Block]]
    /// First number of an ordered list (a list continued after a paragraph starts at 3).
    public var start: Int

    public init(kind: ListKind, items: [[Block]], start: Int = 1) {
        self.kind = kind
        self.items = items
        self.start = start
    }
}

/// Marker style. `.decimalParen` is "1)" as the seed uses for tujuan; `.lowerLetter` is "a.".
public enum ListKind: String, Equatable, Sendable, CaseIterable {
    case bullet, dash, decimal, decimalParen, lowerLetter, upperLetter, lowerRoman, upperRoman
}
