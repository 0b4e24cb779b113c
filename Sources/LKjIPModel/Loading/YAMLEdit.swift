import Yams

/// Small edits of a YAML file's text that keep its comments, order and layout: replace one
/// scalar value, set fields of one entry of a list, or drop a top-level key with everything
/// under it. Used where lkjip changes a file the officer wrote (the next year's directory,
/// values imported from a workbook).
///
/// Officers write entries both ways, and an edit keeps the way each was written:
/// block mappings (`- indikator: ss1-1` with the fields on lines below) are edited line by
/// line; flow mappings (`- {indikator: ss2-2, nilai: 78.5}`, also inside a flow list) are
/// edited inside their braces; a nested field (`triwulan.tw1`) is set inside its mapping,
/// whichever of the two forms that one has. The text is parsed again after every edit, so
/// each edit works on true positions.
public enum YAMLEdit {
    /// Replaces the one-line scalar at `keyPath` ("instansi.tahun") with `value` as written
    /// (already quoted when it must be). Returns nil when the key is absent or not a one-line
    /// scalar.
    public static func replace(_ keyPath: String, with value: String, in text: String) -> String? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        var current = root
        var keyMark: Mark?
        var flow = false
        let source = Source(text)
        for component in KeyPath.components(keyPath) {
            switch (component, current) {
            case (.key(let name), .mapping(let mapping)):
                guard let pair = mapping.first(where: { $0.key.string == name }) else { return nil }
                keyMark = pair.key.mark
                flow = source.opens(current, with: "{")
                current = pair.value
            case (.index(let index), .sequence(let sequence)):
                guard index >= 0, index < sequence.count else { return nil }
                current = sequence[index]
            default:
                return nil
            }
        }
        guard case .scalar(let scalar) = current, !scalar.string.contains("\n"), let mark = keyMark else { return nil }
        if flow {
            // Inside braces: only the scalar's own characters are replaced.
            guard let valueMark = scalar.mark, let start = source.offset(valueMark),
                  let end = FlowScanner.scalarEnd(source.scalars, from: start) else { return nil }
            return source.replacing(start..<end, with: value)
        }
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

    /// Removes the line of the one-line scalar at `keyPath` written in block style
    /// (`  tanggal: "2024-02-20"`), with its comment. Returns nil when the key is absent, not a
    /// one-line scalar, or written inside braces.
    public static func removeLine(_ keyPath: String, in text: String) -> String? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        var current = root
        var keyMark: Mark?
        let source = Source(text)
        for component in KeyPath.components(keyPath) {
            guard case .key(let name) = component, case .mapping(let mapping) = current, !source.opens(current, with: "{"),
                  let pair = mapping.first(where: { $0.key.string == name }) else { return nil }
            keyMark = pair.key.mark
            current = pair.value
        }
        guard case .scalar(let scalar) = current, !scalar.string.contains("\n"), let mark = keyMark else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard mark.line >= 1, mark.line <= lines.count, let valueMark = scalar.mark, valueMark.line == mark.line else { return nil }
        lines.remove(at: mark.line - 1)
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
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Sets fields of the entry of the top-level list `list` whose `key` is `value` (e.g.
    /// the realisasi entry of `indikator: ss1-1`), keeping every other line and the entry's
    /// form (block or flow): a field given a value replaces its value or is added, a field
    /// given nil is removed. A field may be nested one level (`triwulan.tw1`). A missing
    /// entry is appended to the list. Values are YAML text on one line. Returns nil when the
    /// text cannot be edited safely (the caller then asks for a hand edit).
    public static func setEntry(in text: String, list: String, key: String, value: String, fields: [(String, String?)]) -> String? {
        var current = text
        var pending = fields
        // A new entry is written with all its fields at once.
        if let created = createEntry(in: current, list: list, key: key, value: value, fields: pending) {
            guard let created else { return nil }
            current = created
            pending = []
        }
        for (field, newValue) in pending {
            guard let next = setField(in: current, list: list, key: key, value: value, path: field.split(separator: ".").map(String.init), newValue: newValue) else { return nil }
            current = next
        }
        return current
    }

    /// The top-level list and, when it has one, its entry whose `key` is `value`.
    private static func locate(_ text: String, list: String, key: String, value: String) -> (list: Node.Mapping.Element, mapping: Node.Mapping, entry: Node?)? {
        guard let root = try? Yams.compose(yaml: text), case .mapping(let mapping) = root,
              let pair = mapping.first(where: { $0.key.string == list }) else { return nil }
        var entry: Node?
        if case .sequence(let sequence) = pair.value {
            entry = sequence.first { item in
                guard case .mapping(let fields) = item else { return false }
                return fields.first { $0.key.string == key }?.value.string == value
            }
        }
        return (pair, mapping, entry)
    }

    /// `.some(text)` when the entry did not exist and was appended (nil text: it could not
    /// be), `nil` when it exists and fields must be set one by one.
    private static func createEntry(in text: String, list: String, key: String, value: String, fields: [(String, String?)]) -> String?? {
        guard let found = locate(text, list: list, key: key, value: value) else { return .some(nil) }
        guard found.entry == nil else { return nil }
        let values = fields.compactMap { field, newValue in newValue.map { (field.split(separator: ".").map(String.init), $0) } }
        let source = Source(text)
        var lines = source.lines
        guard let listLine = found.list.key.mark?.line else { return .some(nil) }
        let items: [Node]
        var isFlow = false
        switch found.list.value {
        case .sequence(let sequence):
            items = Array(sequence)
            isFlow = source.opens(found.list.value, with: "[")
        case .scalar(let scalar) where scalar.string.isEmpty:
            items = []
        default:
            return .some(nil)
        }
        if isFlow && !items.isEmpty {
            // `realisasi: [{...}, {...}]`: one more flow mapping before the `]`.
            guard let mark = found.list.value.mark, let start = source.offset(mark), source.scalars[start] == "[",
                  let end = FlowScanner.closing(source.scalars, from: start) else { return .some(nil) }
            return .some(source.replacing(end..<end, with: ", " + flowMapping([([key], value)] + values)))
        }
        if items.isEmpty {
            // `realisasi: []` or `realisasi:` becomes a block list.
            var entryLines = blockLines([([key], value)] + values, indent: "    ")
            entryLines[0] = "  - " + entryLines[0].dropFirst(4)
            let line = lines[listLine - 1]
            let comment = line.range(of: " #").map { "  " + line[$0.lowerBound...].trimmingWhitespace() } ?? ""
            lines[listLine - 1] = "\(list):" + comment
            lines.insert(contentsOf: entryLines, at: listLine)
            return .some(lines.joined(separator: "\n"))
        }
        guard let lastMark = items.last?.mark else { return .some(nil) }
        if case .mapping = items.last!, source.opens(items.last!, with: "{") {
            // A list of one-line entries gets another one-line entry.
            var end = nextTopLine(found.mapping, after: listLine, lineCount: lines.count) - 1
            while end > listLine, lines[end - 1].trimmingWhitespace().isEmpty || lines[end - 1].trimmingWhitespace().hasPrefix("#") { end -= 1 }
            let dash = String(repeating: " ", count: max(0, lastMark.column - 3))
            lines.insert(dash + "- " + flowMapping([([key], value)] + values), at: end)
            return .some(lines.joined(separator: "\n"))
        }
        var end = nextTopLine(found.mapping, after: listLine, lineCount: lines.count) - 1
        while end > listLine, lines[end - 1].trimmingWhitespace().isEmpty || lines[end - 1].trimmingWhitespace().hasPrefix("#") { end -= 1 }
        let indent = String(repeating: " ", count: max(0, lastMark.column - 1))
        var entryLines = blockLines([([key], value)] + values, indent: indent)
        entryLines[0] = String(indent.dropLast(2)) + "- " + entryLines[0].dropFirst(indent.count)
        lines.insert(contentsOf: entryLines, at: end)
        return .some(lines.joined(separator: "\n"))
    }

    /// The line of the first top-level key after `line`, or one past the last line.
    private static func nextTopLine(_ mapping: Node.Mapping, after line: Int, lineCount: Int) -> Int {
        mapping.compactMap { pair -> Int? in
            guard let keyLine = pair.key.mark?.line, keyLine > line else { return nil }
            return keyLine
        }.min() ?? lineCount + 1
    }

    /// Fields as block lines at `indent`; nested paths become nested mappings.
    static func blockLines(_ fields: [([String], String)], indent: String) -> [String] {
        var lines: [String] = []
        var index = 0
        while index < fields.count {
            let (path, value) = fields[index]
            if path.count == 1 {
                lines.append("\(indent)\(path[0]): \(value)")
                index += 1
                continue
            }
            lines.append("\(indent)\(path[0]):")
            var children: [([String], String)] = []
            while index < fields.count, fields[index].0.count > 1, fields[index].0[0] == path[0] {
                children.append((Array(fields[index].0.dropFirst()), fields[index].1))
                index += 1
            }
            lines += blockLines(children, indent: indent + "  ")
        }
        return lines
    }

    /// Fields as one flow mapping; nested paths become nested flow mappings.
    static func flowMapping(_ fields: [([String], String)]) -> String {
        var items: [String] = []
        var index = 0
        while index < fields.count {
            let (path, value) = fields[index]
            if path.count == 1 {
                items.append("\(path[0]): \(value)")
                index += 1
                continue
            }
            var children: [([String], String)] = []
            let head = path[0]
            while index < fields.count, fields[index].0.count > 1, fields[index].0[0] == head {
                children.append((Array(fields[index].0.dropFirst()), fields[index].1))
                index += 1
            }
            items.append("\(head): \(flowMapping(children))")
        }
        return "{" + items.joined(separator: ", ") + "}"
    }

    /// Sets (or removes) the field at `path` of an existing entry.
    private static func setField(in text: String, list: String, key: String, value: String, path: [String], newValue: String?) -> String? {
        guard let found = locate(text, list: list, key: key, value: value), let entry = found.entry else { return nil }
        let source = Source(text)
        var node = entry
        var depth = 0
        // Walk down while the path's mappings exist.
        while depth < path.count - 1 {
            guard case .mapping(let mapping) = node, let child = mapping.first(where: { $0.key.string == path[depth] })?.value,
                  case .mapping = child else { break }
            node = child
            depth += 1
        }
        guard case .mapping(let mapping) = node else { return nil }
        let rest = Array(path[depth...])
        // Yams does not report a collection's style; the character at its start does.
        if source.opens(node, with: "{") {
            guard let mark = node.mark, let start = source.offset(mark), source.scalars[start] == "{",
                  let end = FlowScanner.closing(source.scalars, from: start) else { return nil }
            let inner = String(String.UnicodeScalarView(source.scalars[(start + 1)..<end]))
            guard let edited = FlowScanner.edit(inner, path: rest, newValue: newValue) else { return nil }
            return source.replacing(start..<(end + 1), with: edited)
        }
        return editBlock(source, mapping: mapping, node: node, path: rest, newValue: newValue)
    }

    /// Sets `path` inside a block mapping (`node`), line by line.
    private static func editBlock(_ source: Source, mapping: Node.Mapping, node: Node, path: [String], newValue: String?) -> String? {
        var lines = source.lines
        guard let first = mapping.first?.key.mark else { return nil }
        let indent = String(repeating: " ", count: max(0, first.column - 1))
        // The mapping's last line: the line before anything indented less that follows it.
        let last = blockEnd(lines, from: first.line, indent: first.column - 1)
        if let pair = mapping.first(where: { $0.key.string == path[0] }), let line = pair.key.mark?.line {
            var valueEnd = line
            let opensBlock = lines[line - 1].trimmingWhitespace().hasSuffix(":")
            while valueEnd < last, let next = lines[safe: valueEnd],
                  indentation(next) > first.column - 1 || next.trimmingWhitespace().isEmpty
                    || (opensBlock && indentation(next) == first.column - 1 && next.trimmingWhitespace().hasPrefix("-")) { valueEnd += 1 }
            while valueEnd > line, lines[valueEnd - 1].trimmingWhitespace().isEmpty { valueEnd -= 1 }
            let keyLine = lines[line - 1]
            let prefix = String(keyLine.unicodeScalars.prefix(first.column - 1).map(Character.init))
            if path.count > 1 {
                // A nested field whose parent holds no mapping yet (a scalar or nothing).
                guard let newValue else { return lines.joined(separator: "\n") }
                lines.replaceSubrange((line - 1)..<valueEnd, with: [prefix + "\(path[0]): " + flowMapping([(Array(path.dropFirst()), newValue)])])
                return lines.joined(separator: "\n")
            }
            let comment = valueEnd == line ? trailingComment(keyLine) : ""
            guard let newValue else {
                // The line holding the list's dash cannot go (the entry would lose its start).
                guard !prefix.trimmingWhitespace().hasPrefix("-") else { return nil }
                lines.removeSubrange((line - 1)..<valueEnd)
                return lines.joined(separator: "\n")
            }
            lines.replaceSubrange((line - 1)..<valueEnd, with: [prefix + "\(path[0]): \(newValue)" + comment])
            return lines.joined(separator: "\n")
        }
        guard let newValue else { return lines.joined(separator: "\n") }
        var insertAt = last
        while insertAt > first.line, lines[insertAt - 1].trimmingWhitespace().isEmpty || lines[insertAt - 1].trimmingWhitespace().hasPrefix("#") { insertAt -= 1 }
        lines.insert(contentsOf: blockLines([(path, newValue)], indent: indent), at: insertAt)
        return lines.joined(separator: "\n")
    }

    /// The last line (1-based) of a block that starts at `line` with keys at `indent`: the
    /// lines after it that are blank or indented more belong to it.
    private static func blockEnd(_ lines: [String], from line: Int, indent: Int) -> Int {
        var end = line
        // A `- item` line at the keys' own indentation belongs to the key above it when that
        // key's value is on the lines below (`analisis:` then `- ...`).
        var open = lines[line - 1].trimmingWhitespace().hasSuffix(":")
        while end < lines.count {
            let next = lines[end]
            let trimmed = next.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || indentation(next) > indent {
                end += 1
            } else if indentation(next) == indent && (!trimmed.hasPrefix("-") || open) {
                if !trimmed.hasPrefix("-") { open = trimmed.hasSuffix(":") }
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// `  # comment` after a one-line value, kept when the value is replaced.
    private static func trailingComment(_ line: String) -> String {
        guard let hash = line.range(of: " #") else { return "" }
        let before = line[..<hash.lowerBound]
        // Not inside quotes: an even number of quote characters before it.
        guard before.filter({ $0 == "\"" }).count % 2 == 0, before.filter({ $0 == "'" }).count % 2 == 0 else { return "" }
        return "  " + line[hash.lowerBound...].trimmingWhitespace()
    }

    /// The text as Unicode scalars with the offset of every line, to turn Yams marks (1-based
    /// line and column, in characters of the scalar kind libyaml counts) into offsets.
    struct Source {
        let scalars: [Unicode.Scalar]
        let lineStarts: [Int]
        let lines: [String]

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
            var starts = [0]
            for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
            lineStarts = starts
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }

        func offset(_ mark: Mark) -> Int? {
            guard mark.line >= 1, mark.line <= lineStarts.count else { return nil }
            let offset = lineStarts[mark.line - 1] + mark.column - 1
            return offset < scalars.count ? offset : nil
        }

        /// Whether `node` starts with `bracket` in the text: a flow collection.
        func opens(_ node: Node, with bracket: Unicode.Scalar) -> Bool {
            guard let mark = node.mark, let offset = offset(mark) else { return false }
            return scalars[offset] == bracket
        }

        func replacing(_ range: Range<Int>, with text: String) -> String {
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars[..<range.lowerBound])
            result.append(contentsOf: text.unicodeScalars)
            result.append(contentsOf: scalars[range.upperBound...])
            return String(result)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
