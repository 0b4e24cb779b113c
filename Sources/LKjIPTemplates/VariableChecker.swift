import LKjIPModel
import Mustache

/// Resolves every mustache tag of a template (and the partials it includes) against the
/// context with mustache's lookup rules, walking sections as the renderer would: a section
/// over a list looks at its first element, over an object pushes it, over a text or a flag
/// pushes nothing. Names that resolve nowhere are reported with file and line and the
/// nearest name the place knows.
struct VariableChecker {
    let sources: [String: String]

    struct Tag {
        var kind: Character?
        var name: String
        var line: Int
    }

    func check(_ template: String, context: Any) throws {
        var visiting: Set<String> = []
        try check(template, stack: [context], visiting: &visiting)
    }

    private func check(_ template: String, stack initial: [Any], visiting: inout Set<String>) throws {
        guard let source = sources[template], !visiting.contains(template) else { return }
        visiting.insert(template)
        defer { visiting.remove(template) }
        var stack = initial
        var open: [(name: String, pushed: Bool)] = []
        for tag in Self.tags(in: source) {
            switch tag.kind {
            case "!", "/":
                if tag.kind == "/", let last = open.popLast(), last.pushed { stack.removeLast() }
            case ">":
                try check(tag.name, stack: stack, visiting: &visiting)
            case "#", "^":
                let value = try resolve(tag, in: stack, template: template)
                if tag.kind == "#", let pushed = Self.scope(of: value) {
                    stack.append(pushed)
                    open.append((tag.name, true))
                } else {
                    open.append((tag.name, false))
                }
            default:
                if tag.name != "." { _ = try resolve(tag, in: stack, template: template) }
            }
        }
    }

    /// What a section pushes: an object, the first element of a list (an empty list renders
    /// nothing, so nothing inside it can fail; the same for an absent object).
    static func scope(of value: Any) -> Any? {
        if value is EmptyScope || value is AbsentBox { return EmptyScope() }
        if let list = value as? ListBox { return list.first ?? EmptyScope() }
        if let list = value as? [Any] { return list.first ?? EmptyScope() }
        if value is Bool || value is String || value is TextBox { return nil }
        return value
    }

    struct EmptyScope {}

    static func lookup(_ scope: Any, _ name: String) -> Any? {
        if let parent = scope as? MustacheParent { return parent.child(named: name) }
        return nil
    }

    private func resolve(_ tag: Tag, in stack: [Any], template: String) throws -> Any {
        if stack.last is EmptyScope { return EmptyScope() }
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return EmptyScope() }
        var found: Any?
        for scope in stack.reversed() {
            if scope is EmptyScope { return EmptyScope() }
            if let value = Self.lookup(scope, first) {
                found = value
                break
            }
        }
        guard var value = found else {
            let known = stack.flatMap(TemplateBoxes.names)
            throw unknown(tag, template: template, name: first, known: known, prefix: "")
        }
        var path = first
        for part in parts.dropFirst() {
            guard let next = Self.lookup(value, part) else {
                throw unknown(tag, template: template, name: part, known: TemplateBoxes.names(of: value), prefix: path + ".")
            }
            value = next
            path += "." + part
        }
        return value
    }

    private func unknown(_ tag: Tag, template: String, name: String, known: [String], prefix: String) -> TemplateError {
        let hint = EditDistance.suggestion(for: name, in: Array(Set(known)).sorted()).map { "; did you mean `\(prefix)\($0)`?" } ?? ""
        return TemplateError(template: "\(template).mustache", line: tag.line, message: "unknown variable `\(Escape.inline(tag.name))`\(hint)")
    }

    /// The tags of a template with their line numbers (`{{x}}`, `{{{x}}}`, `{{&x}}`, `{{#x}}`…).
    static func tags(in source: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        var index = source.startIndex
        while index < source.endIndex {
            guard let open = source[index...].range(of: "{{") else { break }
            line += source[index..<open.lowerBound].filter { $0 == "\n" }.count
            let triple = source[open.upperBound...].hasPrefix("{")
            let start = triple ? source.index(after: open.upperBound) : open.upperBound
            guard let close = source[start...].range(of: triple ? "}}}" : "}}") else { break }
            var body = source[start..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            var kind: Character?
            if let firstCharacter = body.first, "#^/!>&".contains(firstCharacter) {
                kind = firstCharacter
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            tags.append(Tag(kind: kind, name: body, line: line))
            line += source[open.lowerBound..<close.upperBound].filter { $0 == "\n" }.count
            index = close.upperBound
        }
        return tags
    }
}
