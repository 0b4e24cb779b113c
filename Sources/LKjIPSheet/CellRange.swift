/// A rectangle of cells such as `E2:E40`, the notation data validations and the sheet
/// dimension use. A single cell `E2` is a range whose corners coincide.
public struct CellRange: Hashable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    public var first: CellReference
    public var last: CellReference

    /// The corners may be given in any order; they are stored top-left and bottom-right.
    public init(_ first: CellReference, _ last: CellReference) {
        self.first = CellReference(column: min(first.column, last.column), row: min(first.row, last.row))
        self.last = CellReference(column: max(first.column, last.column), row: max(first.row, last.row))
    }

    /// Parses `E2:E40` or `E2`; nil for anything else.
    public init?(_ description: String) {
        let corners = description.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(corners.count),
              let first = CellReference(String(corners[0])),
              let last = CellReference(String(corners[corners.count - 1])) else { return nil }
        self.init(first, last)
    }

    public var description: String {
        first == last ? first.description : "\(first):\(last)"
    }

    public func contains(_ reference: CellReference) -> Bool {
        (first.column...last.column).contains(reference.column) && (first.row...last.row).contains(reference.row)
    }

    /// Parses a space-separated list of ranges (`sqref` in the file format, e.g.
    /// `E2:E40 G2:G40`); nil when any of them is not A1 notation or the list is empty.
    public static func list(_ text: String) -> [CellRange]? {
        let parts = text.split(separator: " ")
        guard !parts.isEmpty else { return nil }
        var ranges: [CellRange] = []
        for part in parts {
            guard let range = CellRange(String(part)) else { return nil }
            ranges.append(range)
        }
        return ranges
    }
}
