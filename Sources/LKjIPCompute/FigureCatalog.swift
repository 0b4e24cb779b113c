import Foundation
import LKjIPModel

/// Every computed figure a narrative may cite as `{{name}}`, by name, already in Indonesian
/// form. Prose that repeats a figure from a table cites it instead of retyping it, so the
/// prose can never contradict the table (the seed's "98,54%" beside a computed 102,33%).
/// The names are the report view's (`LKjIPReport`), the same ones templates use; `lkjip
/// figures DATA` lists them all.
public struct FigureCatalog: Equatable, Sendable {
    public private(set) var names: [String] = []
    public private(set) var values: [String: String] = [:]
    /// Names a citation may also use that are not listed (a figure's `.upper` form), so an
    /// unknown-name message can still suggest the listed ones.
    private var hidden: [String: String] = [:]

    public static let empty = FigureCatalog()

    public init() {}

    public subscript(name: String) -> String? { values[name] ?? hidden[name] }

    /// Adds a figure; a name given twice keeps its first value.
    public mutating func add(_ name: String, _ value: String, listed: Bool = true) {
        guard values[name] == nil, hidden[name] == nil else { return }
        if listed {
            names.append(name)
            values[name] = value
        } else {
            hidden[name] = value
        }
    }
}
