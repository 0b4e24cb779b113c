/// The key paths whose values could not be read (a type, number or format error already
/// reported): no later rule judges them again, so one mistake gives one message. A key path
/// counts as unreadable when it, or anything under it, is; the whole file (the empty path)
/// when anything in it is. `DataValidator`, `OfficeRules` and `SakipRules` share this one rule.
struct UnreadablePaths {
    private let byFile: [String: [String]]

    init(_ locations: [SourceLocation]) {
        byFile = Dictionary(grouping: locations, by: \.file).mapValues { $0.map(\.keyPath) }
    }

    func contains(_ file: String, _ keyPath: String) -> Bool {
        guard let paths = byFile[file] else { return false }
        return paths.contains { $0 == keyPath || $0.hasPrefix(keyPath + ".") || $0.hasPrefix(keyPath + "[") || (keyPath.isEmpty && !$0.isEmpty) }
    }
}
