import Foundation
import Yams

/// Where each value of `ReportData` came from. Locations are found lazily: the loader keeps
/// the text of every data file, and only when a later stage has something to say about a
/// value is its file parsed again to find the line and column of the key path. A clean build
/// never pays for locations it does not print.
public final class SourceMap: Equatable, @unchecked Sendable {
    /// Data directory the report was loaded from.
    public let directory: String
    /// File (relative to `directory`) to its text.
    public let texts: [String: String]
    private let lock = NSLock()
    private var parsed: [String: Node] = [:]

    public init(directory: String, texts: [String: String] = [:]) {
        self.directory = directory
        self.texts = texts
    }

    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool {
        lhs.directory == rhs.directory && lhs.texts == rhs.texts
    }

    /// Location of a key path ("sasaran_kegiatan[0].indikator[1].target") in a file; the
    /// nearest existing parent when the key itself is absent; the file alone as a last resort.
    public func location(file: String, keyPath: String) -> SourceLocation {
        guard let root = node(for: file) else {
            return SourceLocation(file: file, line: nil, column: nil, keyPath: keyPath)
        }
        var current = root
        var mark = root.mark
        for component in KeyPath.components(keyPath) {
            switch (component, current) {
            case (.key(let name), .mapping(let mapping)):
                guard let (key, value) = mapping.first(where: { $0.key.string == name }) else {
                    return SourceLocation(file: file, line: mark?.line, column: mark?.column, keyPath: keyPath)
                }
                current = value
                mark = value.mark ?? key.mark
                if case .scalar = value { mark = value.mark }
            case (.index(let index), .sequence(let sequence)):
                guard index >= 0, index < sequence.count else {
                    return SourceLocation(file: file, line: mark?.line, column: mark?.column, keyPath: keyPath)
                }
                current = sequence[index]
                mark = current.mark ?? mark
            default:
                return SourceLocation(file: file, line: mark?.line, column: mark?.column, keyPath: keyPath)
            }
        }
        return SourceLocation(file: file, line: mark?.line, column: mark?.column, keyPath: keyPath)
    }

    /// Location of line `textLine` (1-based), column `textColumn`, inside the text value at
    /// `keyPath`: for a `|` or `>` block the text starts on the line after the indicator, for a
    /// plain or quoted value on the key's own line. The one rule for locating a problem found
    /// inside a Markdown field (a figure citation, a count written in words, a misspelling).
    public func location(file: String, keyPath: String, textLine: Int, textColumn: Int? = nil) -> SourceLocation {
        var location = location(file: file, keyPath: keyPath)
        guard let node = value(file: file, keyPath: keyPath), case .scalar(let scalar) = node, let base = scalar.mark?.line else { return location }
        let block = scalar.style == .literal || scalar.style == .folded
        let line = block ? base + textLine : base + textLine - 1
        location.line = line
        location.column = nil
        if let textColumn {
            if !block && textLine == 1, let start = scalar.mark?.column {
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                location.column = start + (quoted ? 1 : 0) + textColumn - 1
            } else if block, let source = sourceLine(file, line) {
                location.column = source.prefix { $0 == " " }.count + textColumn
            }
        }
        return location
    }

    private func value(file: String, keyPath: String) -> Node? {
        guard var current = node(for: file) else { return nil }
        for component in KeyPath.components(keyPath) {
            switch (component, current) {
            case (.key(let name), .mapping(let mapping)):
                guard let value = mapping.first(where: { $0.key.string == name })?.value else { return nil }
                current = value
            case (.index(let index), .sequence(let sequence)):
                guard index >= 0, index < sequence.count else { return nil }
                current = sequence[index]
            default:
                return nil
            }
        }
        return current
    }

    private func sourceLine(_ file: String, _ line: Int) -> Substring? {
        guard let text = texts[file], line >= 1 else { return nil }
        var number = 1
        var start = text.startIndex
        while number < line {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            number += 1
        }
        return text[start...].prefix { $0 != "\n" }
    }

    private func node(for file: String) -> Node? {
        lock.lock()
        defer { lock.unlock() }
        if let node = parsed[file] { return node }
        guard let text = texts[file], let node = try? Yams.compose(yaml: text) else { return nil }
        parsed[file] = node
        return node
    }
}

/// Key paths as diagnostics print them.
enum KeyPath {
    static func components(_ path: String) -> [PathComponent] {
        var result: [PathComponent] = []
        var name = ""
        var index: String?
        for character in path {
            switch character {
            case "." where index == nil:
                if !name.isEmpty { result.append(.key(name)) }
                name = ""
            case "[" where index == nil:
                if !name.isEmpty { result.append(.key(name)) }
                name = ""
                index = ""
            case "]" where index != nil:
                result.append(.index(Int(index!) ?? -1))
                index = nil
            default:
                if index != nil { index!.append(character) } else { name.append(character) }
            }
        }
        if !name.isEmpty { result.append(.key(name)) }
        return result
    }
}

/// A place in the input: file relative to the data directory, 1-based line and column, key path.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var keyPath: String

    public init(file: String, line: Int? = nil, column: Int? = nil, keyPath: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
    }

    /// "pk/administrasi.yaml:12:9: sasaran_kegiatan[0].indikator[0].target"
    public var description: String {
        var text = Escape.inline(file, limit: 200)
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if !keyPath.isEmpty { text += ": \(Escape.inline(keyPath, limit: 200))" }
        return text
    }
}
