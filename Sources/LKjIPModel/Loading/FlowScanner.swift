/// The pieces of YAML flow collections (`{a: 1, b: [2, 3]}`) that `YAMLEdit` needs to edit
/// one in place: where it closes, where a scalar in it ends, and its items. Quoted scalars
/// (single quotes doubled, double quotes with backslash escapes) and comments are stepped
/// over, so a `}` or `,` inside a quoted name never counts. Every scan is one pass.
enum FlowScanner {
    /// Whether a quote at `index` starts a quoted scalar: only after an indicator or space
    /// (`it's` in a plain scalar is not a quote).
    private static func opensQuote(_ scalars: [Unicode.Scalar], _ index: Int, from start: Int) -> Bool {
        var back = index - 1
        while back >= start, scalars[back] == " " || scalars[back] == "\t" || scalars[back] == "\n" || scalars[back] == "\r" { back -= 1 }
        return back < start || ["{", "[", ",", ":", "-", "?"].contains(scalars[back])
    }

    /// The index after a quoted scalar starting at `index`, or nil when it never closes.
    private static func afterQuoted(_ scalars: [Unicode.Scalar], _ index: Int) -> Int? {
        let quote = scalars[index]
        var i = index + 1
        while i < scalars.count {
            let c = scalars[i]
            if quote == "\"" && c == "\\" { i += 2; continue }
            if c == quote {
                if quote == "'", i + 1 < scalars.count, scalars[i + 1] == "'" { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return nil
    }

    /// The index of the `}` or `]` that closes the collection opening at `start`.
    static func closing(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "{", "[": depth += 1
            case "}", "]":
                depth -= 1
                if depth == 0 { return i }
            case "\"" where opensQuote(scalars, i, from: start), "'" where opensQuote(scalars, i, from: start):
                guard let next = afterQuoted(scalars, i) else { return nil }
                i = next
                continue
            case "#" where i > start && (scalars[i - 1] == " " || scalars[i - 1] == "\t"):
                while i < scalars.count, scalars[i] != "\n" { i += 1 }
                continue
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The end (exclusive) of the scalar starting at `start` inside a flow collection.
    static func scalarEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        if scalars[start] == "\"" || scalars[start] == "'" { return afterQuoted(scalars, start) }
        var i = start
        while i < scalars.count {
            let c = scalars[i]
            if c == "," || c == "}" || c == "]" || c == "\n" || c == "\r" { break }
            if c == "#", i > start, scalars[i - 1] == " " { break }
            i += 1
        }
        while i > start, scalars[i - 1] == " " || scalars[i - 1] == "\t" { i -= 1 }
        return i
    }

    /// The items between a flow mapping's braces, split at top-level commas, each as
    /// (key as written, unquoted key, value text), trimmed.
    static func items(_ inner: String) -> [(raw: String, key: String, value: String)]? {
        let scalars = Array(inner.unicodeScalars)
        var pieces: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var depth = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            case "\"" where opensQuote(scalars, i, from: 0), "'" where opensQuote(scalars, i, from: 0):
                guard let next = afterQuoted(scalars, i) else { return nil }
                current.append(contentsOf: scalars[i..<next])
                i = next
                continue
            case "," where depth == 0:
                pieces.append(current)
                current = []
                i += 1
                continue
            case "\n", "\r":
                current.append(" ")
                i += 1
                continue
            default: break
            }
            current.append(c)
            i += 1
        }
        pieces.append(current)
        var result: [(String, String, String)] = []
        for piece in pieces {
            let text = String(String.UnicodeScalarView(piece)).trimmingWhitespace()
            if text.isEmpty { continue }
            guard let colon = separator(Array(text.unicodeScalars)) else { return nil }
            let all = Array(text.unicodeScalars)
            let rawKey = String(String.UnicodeScalarView(all[..<colon])).trimmingWhitespace()
            let value = String(String.UnicodeScalarView(all[(colon + 1)...])).trimmingWhitespace()
            result.append((rawKey, unquoted(rawKey), value))
        }
        return result
    }

    /// The `:` after an item's key: outside quotes and brackets, followed by a space or the end.
    private static func separator(_ scalars: [Unicode.Scalar]) -> Int? {
        var depth = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            case "\"" where opensQuote(scalars, i, from: 0), "'" where opensQuote(scalars, i, from: 0):
                guard let next = afterQuoted(scalars, i) else { return nil }
                i = next
                continue
            case ":" where depth == 0 && (i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\t"):
                return i
            default: break
            }
            i += 1
        }
        return nil
    }

    static func unquoted(_ key: String) -> String {
        if key.count >= 2, (key.hasPrefix("\"") && key.hasSuffix("\"")) || (key.hasPrefix("'") && key.hasSuffix("'")) {
            return String(key.dropFirst().dropLast())
        }
        return key
    }

    /// The flow mapping whose inside is `inner` with `path` set to `newValue` (removed when
    /// nil), as `{...}` text; nil when it cannot be read.
    static func edit(_ inner: String, path: [String], newValue: String?) -> String? {
        guard var entries = items(inner), let head = path.first else { return nil }
        if let index = entries.firstIndex(where: { $0.key == head }) {
            if path.count > 1 {
                let value = entries[index].value
                let nested: String?
                if value.hasPrefix("{"), value.hasSuffix("}") {
                    nested = edit(String(value.dropFirst().dropLast()), path: Array(path.dropFirst()), newValue: newValue)
                } else {
                    nested = newValue.map { YAMLEdit.flowMapping([(Array(path.dropFirst()), $0)]) }
                }
                guard let nested else { return nil }
                entries[index].value = nested
            } else if let newValue {
                entries[index].value = newValue
            } else {
                entries.remove(at: index)
            }
        } else if let newValue {
            entries.append((head, head, path.count > 1 ? YAMLEdit.flowMapping([(Array(path.dropFirst()), newValue)]) : newValue))
        }
        return "{" + entries.map { "\($0.raw): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
