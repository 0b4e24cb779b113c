/// A bulleted or numbered list; items hold blocks so that lists nest.
public struct List: Equatable, Sendable {
    public var kind: ListKind
    public var items: [[Block]]
    /// First number of an ordered list.
    public var start: Int
    /// Continue the numbering of the previous list of the same kind instead of restarting.
    /// Every list restarts otherwise, at every level.
    public var continues: Bool

    public init(kind: ListKind, items: [[Block]], start: Int = 1, continues: Bool = false) {
        self.kind = kind
        self.items = items
        self.start = start
        self.continues = continues
    }
}

/// Marker style. `.decimalParen` is "1)" as the seed uses for tujuan; `.lowerLetter` is "a.".
public enum ListKind: String, Equatable, Sendable, CaseIterable {
    case bullet, dash, decimal, decimalParen, lowerLetter, upperLetter, lowerRoman, upperRoman
}
