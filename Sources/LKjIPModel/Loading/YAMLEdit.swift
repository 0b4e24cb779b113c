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
            comment = "  " + line[hash.lowerBound...].trimmingWhitespace()
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

extension YAMLEdit {
    /// A one-line YAML value for a string: double-quoted with JSON-style escapes (valid YAML).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// Sets fields of the entry of the top-level list `list` whose `key` is `value` (e.g.
    /// the realisasi entry of `indikator: ss1-1`), keeping every other line: a field given a
    /// value replaces its line or is added under the matching key, a field given nil is
    /// removed. A missing entry is appended to the list. Values are YAML text on one line.
    public static func setEntry(in text: String, list: String, key: String, value: String, fields: [(String, String?)]) -> String? {
        guard let root = try? Yams.compose(yaml: text), case .mapping(let mapping) = root else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let listPair = mapping.first(where: { $0.key.string == list }), let listLine = listPair.key.mark?.line else { return nil }
        let items: [Node]
        if case .sequence(let sequence) = listPair.value { items = Array(sequence) } else { items = [] }
        // Where the top-level block of the list ends: the next top-level key's line.
        let nextTop = mapping.compactMap { pair -> Int? in
            guard let line = pair.key.mark?.line, line > listLine else { return nil }
            return line
        }.min() ?? lines.count + 1
        for (index, item) in items.enumerated() {
            guard case .mapping(let entry) = item, entry.first(where: { $0.key.string == key })?.value.string == value,
                  let first = entry.first?.key.mark else { continue }
            let start = first.line
            var end = index + 1 < items.count ? (items[index + 1].mark?.line ?? nextTop) - 1 : nextTop - 1
            while end > start, lines[end - 1].trimmingWhitespace().isEmpty || lines[end - 1].trimmingWhitespace().hasPrefix("#") { end -= 1 }
            let indent = String(repeating: " ", count: max(0, first.column - 1))
            var insertAt = start
            for (field, newValue) in fields {
                if let pair = entry.first(where: { $0.key.string == field }), let line = pair.key.mark?.line {
                    // Only one-line values are replaced in place; a block value is dropped with its lines.
                    var last = line
                    while last < end, let next = lines[safe: last], next.hasPrefix(indent + " ") || next.trimmingWhitespace().isEmpty { last += 1 }
                    let replacement = newValue.map { ["\(indent)\(field): \($0)"] } ?? []
                    let prefix = line == start ? String(lines[line - 1].prefix(first.column - 1)) : indent
                    let rebuilt = replacement.map { line == start ? prefix + $0.dropFirst(indent.count) : $0 }
                    lines.replaceSubrange((line - 1)..<last, with: rebuilt)
                    let delta = rebuilt.count - (last - line + 1)
                    end += delta
                    return setEntryApplied(lines, rest: Array(fields.drop { $0.0 != field }.dropFirst()), text: text, list: list, key: key, value: value)
                } else if let newValue {
                    lines.insert("\(indent)\(field): \(newValue)", at: insertAt)
                    insertAt += 1
                    end += 1
                }
            }
            return lines.joined(separator: "\n")
        }
        // A new entry at the end of the list.
        var entryLines = ["  - \(key): \(value)"]
        for case let (field, newValue?) in fields { entryLines.append("    \(field): \(newValue)") }
        if items.isEmpty {
            lines[listLine - 1] = "\(list):"
            lines.insert(contentsOf: entryLines, at: listLine)
        } else {
            var end = nextTop - 1
            while end > listLine, lines[end - 1].trimmingWhitespace().isEmpty || lines[end - 1].hasPrefix("#") { end -= 1 }
            let itemIndent = max(0, (items.last?.mark?.column ?? 3) - 3)
            let shifted = entryLines.map { String(repeating: " ", count: itemIndent) + $0.dropFirst(2) }
            lines.insert(contentsOf: itemIndent == 0 ? entryLines.map { String($0.dropFirst(2)) } : shifted, at: end)
        }
        return lines.joined(separator: "\n")
    }

    /// After one replacement the line numbers of the text changed: re-parse and continue.
    private static func setEntryApplied(_ lines: [String], rest: [(String, String?)], text: String, list: String, key: String, value: String) -> String? {
        let updated = lines.joined(separator: "\n")
        guard !rest.isEmpty else { return updated }
        return setEntry(in: updated, list: list, key: key, value: value, fields: rest)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
