import Yams

/// Small edits of a YAML file's text that keep its comments, order and layout: replace one
/// scalar value, or drop a top-level key with everything under it. Used where lkjip changes
/// a file the officer wrote (the next year's directory, values imported from a workbook).
public enum YAMLEdit {
    /// Replaces the one-line scalar at `keyPath` ("instansi.tahun") with `value` as written
    /// (already quoted when it must be). Returns nil when the key is absent or not a one-line
    /// scalar.
    public static func replace(_ keyPath: String, with value: String, in text: String) -> String? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        var current = root
        var keyMark: Mark?
        for component in KeyPath.components(keyPath) {
            switch (component, current) {
            case (.key(let name), .mapping(let mapping)):
                guard let pair = mapping.first(where: { $0.key.string == name }) else { return nil }
                keyMark = pair.key.mark
                current = pair.value
            case (.index(let index), .sequence(let sequence)):
                guard index >= 0, index < sequence.count else { return nil }
                current = sequence[index]
            default:
                return nil
            }
        }
        guard case .scalar(let scalar) = current, !scalar.string.contains("\n"), let mark = keyMark else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let line = lines[mark.line - 1]
        guard let colon = line.range(of: ":", range: line.index(line.startIndex, offsetBy: min(mark.column - 1, line.count))..<line.endIndex) else { return nil }
        var comment = ""
        if let hash = line.range(of: " #", range: colon.upperBound..<line.endIndex), !line[colon.upperBound..<hash.lowerBound].contains("\"") {
            comment = "  " + line[hash.lowerBound...].trimmingCharacters(in: .whitespaces)
        }
        lines[mark.line - 1] = String(line[..<colon.upperBound]) + " " + value + comment
        return lines.joined(separator: "\n")
    }

    /// Removes a top-level key and the lines under it.
    public static func removeTopLevel(_ key: String, in text: String) -> String {
        var result: [Substring] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("\(key):") { skipping = true; continue }
            if skipping, let first = line.first, first != " ", first != "#", first != "-" { skipping = false }
            if skipping && (line.first == " " || line.first == "-" || line.isEmpty) { continue }
            result.append(line)
        }
        return result.joined(separator: "\n")
    }
}
