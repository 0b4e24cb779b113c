import Yams

/// What a decode of one file accumulates: non-fatal diagnostics and the location of every key
/// path, so that later stages can point at the line of the value they complain about.
final class DecodingState {
    let file: String
    var diagnostics: [Diagnostic] = []
    var locations: [String: SourceLocation] = [:]
    var trackers: [KeyTracker] = []

    init(file: String) { self.file = file }

    static func keyPath(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    func location(_ path: [CodingKey], _ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line, column: mark?.column, keyPath: Self.keyPath(path))
    }

    func record(_ path: [CodingKey], _ node: Node) {
        let keyPath = Self.keyPath(path)
        locations["\(file): \(keyPath)"] = SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column, keyPath: keyPath)
    }

    func error(_ path: [CodingKey], _ node: Node?, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location(path, node?.mark), message)
    }

    func report(_ path: [CodingKey], _ mark: Mark?, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: location(path, mark), message))
    }
}

/// Short descriptions of what the user wrote, for "expected X, found Y".
enum NodeDescription {
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

/// "did you mean ...?" by edit distance.
enum Suggestion {
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let best = scored.first else { return nil }
        if best.1 <= 3 || best.0.hasPrefix(word) || word.hasPrefix(best.0) { return best.0 }
        return nil
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
