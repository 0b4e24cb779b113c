/// A run of blocks sharing one page geometry and one page-number style.
public struct Section: Equatable, Sendable {
    public var orientation: Orientation
    public var pageNumbering: PageNumbering
    /// Start page numbering at 1 in this section (front matter at i, BAB I at 1).
    public var restartNumbering: Bool
    public var blocks: [Block]

    public init(orientation: Orientation = .portrait, pageNumbering: PageNumbering = .decimal, restartNumbering: Bool = false, blocks: [Block] = []) {
        self.orientation = orientation
        self.pageNumbering = pageNumbering
        self.restartNumbering = restartNumbering
        self.blocks = blocks
    }
}

public enum Orientation: String, Equatable, Sendable {
    case portrait, landscape
}

/// Page-number style of a section's footer; `.none` hides the number (cover page).
public enum PageNumbering: String, Equatable, Sendable {
    case none, lowerRoman, decimal
}
