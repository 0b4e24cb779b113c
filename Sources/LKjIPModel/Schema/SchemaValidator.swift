import Yams

/// Checks one parsed data file against its `Schema` and reports every problem of the file in
/// one pass: wrong kinds of value, values out of range, malformed dates and NIPs, missing and
/// unknown keys. Decoding only starts afterwards, so the clerk sees all mistakes at once.
struct SchemaValidator {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Anchors already reported: an alias repeats its anchor's node, and walking it again
    /// would multiply the work (a "billion laughs" file) and the messages.
    private var reportedAnchors: Set<String> = []
    /// True when the file uses anchors or aliases; it is then not decoded at all.
    var foundAliases: Bool { !reportedAnchors.isEmpty || sawAlias }
    private var sawAlias = false
    static let maximumDepth = 32

    init(file: String) { self.file = file }

    mutating func validate(_ node: Node, against schema: Schema) {
        // Anchors are looked for everywhere first, under unknown keys too; a file that has one
        // is refused as a whole, without the schema's messages about the keys it defines.
        findAnchors(node, path: [], depth: 0)
        guard !foundAliases else { return }
        check(node, schema, path: [], depth: 0)
    }

    /// Reports each anchor once and does not descend into a node already reported, so an
    /// alias bomb costs one visit per node written in the file.
    private mutating func findAnchors(_ node: Node, path: [PathComponent], depth: Int) {
        guard depth < Self.maximumDepth * 2 else { return }
        if let anchor = node.anchor {
            if reportedAnchors.contains(anchor.rawValue) { return }
            reportedAnchors.insert(anchor.rawValue)
            error(path, node.mark, "YAML anchors and aliases (&\(Escape.inline(anchor.rawValue)) / *\(Escape.inline(anchor.rawValue))) are not supported; write the value out in full")
            return
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping { findAnchors(value, path: path + [.key(key.string ?? "?")], depth: depth + 1) }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { findAnchors(item, path: path + [.index(index)], depth: depth + 1) }
        case .alias:
            sawAlias = true
            error(path, node.mark, "YAML aliases are not supported; write the value out in full")
        case .scalar:
            break
        }
    }

    private mutating func error(_ path: [PathComponent], _ mark: Mark?, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: mark?.line, column: mark?.column, keyPath: PathComponent.render(path)), message))
    }

    private mutating func check(_ node: Node, _ schema: Schema, path: [PathComponent], depth: Int, spec: FieldSpec? = nil) {
        if let anchor = node.anchor {
            if reportedAnchors.contains(anchor.rawValue) { return }
            reportedAnchors.insert(anchor.rawValue)
            error(path, node.mark, "YAML anchors and aliases (&\(Escape.inline(anchor.rawValue)) / *\(Escape.inline(anchor.rawValue))) are not supported; write the value out in full")
            return
        }
        if case .alias = node {
            sawAlias = true
            error(path, node.mark, "YAML aliases are not supported; write the value out in full")
            return
        }
        guard depth < Self.maximumDepth else {
            error(path, node.mark, "nested more than \(Self.maximumDepth) levels deep")
            return
        }
        switch schema {
        case .object(let object):
            checkObject(node, object, path: path, depth: depth)
        case .array(let element):
            guard case .sequence(let sequence) = node else {
                if Self.isNull(node) { return }
                error(path, node.mark, "expected a list (lines starting with `-`), found \(Self.describe(node))")
                return
            }
            for (index, item) in sequence.enumerated() {
                check(item, element, path: path + [.index(index)], depth: depth + 1, spec: spec)
            }
        case .map(let keyKind, let value):
            guard case .mapping(let mapping) = node else {
                error(path, node.mark, "expected a mapping (key: value), found \(Self.describe(node))")
                return
            }
            var seen: [String: Int] = [:]
            for (key, item) in mapping {
                let name = key.string ?? ""
                if let line = seen[name] {
                    error(path + [.key(name)], key.mark, "duplicate key `\(Escape.inline(name))` (first at line \(line))")
                    continue
                }
                seen[name] = key.mark?.line ?? 0
                if keyKind == .word, !name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) || name.isEmpty {
                    error(path + [.key(name)], key.mark, "expected a name of lowercase letters, digits and `_` as key, found \"\(Escape.inline(name))\"")
                    continue
                }
                if keyKind == .year {
                    let year = Int(name) ?? 0
                    if name.count != 4 || !Ranges.tahun.contains(Double(year)) {
                        error(path + [.key(name)], key.mark, "expected a year such as \"2023\" as key, found \"\(Escape.inline(name))\"")
                        continue
                    }
                }
                check(item, value, path: path + [.key(name)], depth: depth + 1, spec: spec)
            }
        case .string:
            guard let text = scalarText(node, path: path, expected: "text") else { return }
            if Self.isNull(node) {
                error(path, node.mark, "expected text, found nothing")
                return
            }
            checkText(text, node: node, path: path, spec: spec)
        case .number:
            guard let text = scalarText(node, path: path, expected: "a number") else { return }
            switch NumberText.parse(text) {
            case .success(let parsed):
                checkRange(Rounding.drawing(parsed.value), typed: text, node: node, path: path, spec: spec)
            case .failure(let problem):
                error(path, node.mark, Self.explain(problem, text: text, expected: "a number"))
            }
        case .integer:
            guard let text = scalarText(node, path: path, expected: "a whole number") else { return }
            switch NumberText.parseInteger(text) {
            case .success(let value):
                checkRange(Double(value), typed: text, node: node, path: path, spec: spec)
            case .failure(let problem):
                error(path, node.mark, Self.explain(problem, text: text, expected: "a whole number"))
            }
        case .boolean:
            guard let text = scalarText(node, path: path, expected: "true or false") else { return }
            if Bools.parse(text) == nil {
                error(path, node.mark, "expected true or false, found \"\(Escape.inline(text))\"")
            }
        case .enumeration(_, let values, _):
            guard let text = scalarText(node, path: path, expected: "one of: \(values.joined(separator: ", "))") else { return }
            if !values.contains(text.lowercased()) {
                let hint = EditDistance.suggestion(for: text, in: values).map { "; did you mean `\($0)`?" } ?? ""
                error(path, node.mark, "expected one of: \(values.joined(separator: ", ")); found \"\(Escape.inline(text))\"\(hint)")
            }
        case .cell:
            guard let text = scalarText(node, path: path, expected: "a number, a number with its unit, or a word") else { return }
            if case .failure(let problem) = TableValue.parse(text) {
                error(path, node.mark, problem.message)
            } else if case .success(let value) = TableValue.parse(text), let number = value.number {
                checkRange(Rounding.drawing(number.value), typed: String(text.prefix { $0 != " " }), node: node, path: path, spec: spec)
            }
        }
    }

    private mutating func checkObject(_ node: Node, _ object: ObjectSchema, path: [PathComponent], depth: Int) {
        guard case .mapping(let mapping) = node else {
            error(path, node.mark, "expected a mapping (key: value lines), found \(Self.describe(node))")
            return
        }
        var seen: [String: Int] = [:]
        var unknown: [(name: String, key: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if let line = seen[name] {
                error(path + [.key(name)], key.mark, "duplicate key `\(Escape.inline(name))` (first at line \(line))")
                continue
            }
            seen[name] = key.mark?.line ?? 0
            guard let property = object.property(name) else {
                unknown.append((name, key))
                continue
            }
            if Self.isNull(value) && !property.required { continue }
            check(value, property.schema, path: path + [.key(name)], depth: depth + 1, spec: property.spec)
        }
        let known = object.properties.map(\.key)
        var explained: Set<String> = []
        for property in object.properties where property.required && seen[property.key] == nil {
            var message = "missing required key `\(property.key)`"
            if let typo = unknown.first(where: { !explained.contains($0.name) && EditDistance.between($0.name, property.key) <= 3 }) {
                explained.insert(typo.name)
                message += "; found unknown key `\(Escape.inline(typo.name))` at line \(typo.key.mark?.line ?? 0): a misspelling of `\(property.key)`?"
            } else if !property.spec.description.isEmpty {
                message += " (\(Self.clause(property.spec.description)))"
            }
            error(path + [.key(property.key)], node.mark, message)
        }
        for item in unknown where !explained.contains(item.name) {
            let hint = EditDistance.suggestion(for: item.name, in: known).map { "; did you mean `\($0)`?" }
                ?? "; expected one of: \(known.joined(separator: ", "))"
            error(path + [.key(item.name)], item.key.mark, "unknown key `\(Escape.inline(item.name))`\(hint)")
        }
    }

    /// The text of a scalar, or a located error when the node is a list or mapping.
    private mutating func scalarText(_ node: Node, path: [PathComponent], expected: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(path, node.mark, "expected \(expected), found \(Self.describe(node))")
            return nil
        }
        if Self.isNull(node), expected != "text" {
            error(path, node.mark, "expected \(expected), found nothing")
            return nil
        }
        return scalar.string
    }

    private mutating func checkText(_ text: String, node: Node, path: [PathComponent], spec: FieldSpec?) {
        if let bad = text.unicodeScalars.first(where: XMLCharacters.isForbidden) {
            error(path, node.mark, "control character \(Escape.codePoint(bad)) is not allowed in text")
            return
        }
        if text.utf8.count > DataLimits.maximumTextBytes {
            error(path, node.mark, "text is too large: \(text.utf8.count / 1024) KiB, at most \(DataLimits.maximumTextBytes / 1024) KiB")
            return
        }
        switch spec?.format {
        case .id?:
            if !Identifier.isValid(text) {
                error(path, node.mark, "expected an id of lowercase letters, digits and `-` (e.g. kadiv-administrasi), found \"\(Escape.inline(text))\"")
            }
        case .date?:
            do { _ = try ISODate(text) } catch let problem as ISODate.Problem {
                error(path, node.mark, ISODate.explain(problem, typed: Escape.inline(text)))
            } catch {}
        case .nip?:
            do { _ = try NIP(text) } catch let problem as NIP.Problem {
                error(path, node.mark, NIP.explain(problem, typed: Escape.inline(text)))
            } catch {}
        case .path?:
            if let problem = DataPath.problem(text) { error(path, node.mark, problem) }
        case .line?:
            if text.contains("\n") { error(path, node.mark, "expected one line of text, found several lines") }
        case .kode?:
            if !Identifier.isCode(text) {
                error(path, node.mark, "expected an id or a budget code of letters, digits, `.` and `-` (e.g. 1.02.02.2.02.0001), found \"\(Escape.inline(text))\"")
            }
        case .markdown?, nil:
            break
        }
    }

    /// `typed` is shown in the message as written: the parsed Double of a 19-digit number
    /// would print as another number ("1e+18"). The bounds are coarse limits (10^15, 1000 %),
    /// not figures, so comparing the nearest double with them is exact enough; a value that
    /// differs from a bound only past the 15th digit is refused by `NumberText` already.
    private mutating func checkRange(_ value: Double, typed: String, node: Node, path: [PathComponent], spec: FieldSpec?) {
        guard let range = spec?.range, !range.contains(value) else { return }
        let shown = Escape.inline(typed.trimmingWhitespace(), limit: 40)
        if value > range.upperBound {
            error(path, node.mark, "\(shown) is too large: expected at most \(Self.plain(range.upperBound))\(spec?.unit.map { " (\($0))" } ?? "")")
        } else {
            error(path, node.mark, "\(shown) is too small: expected at least \(Self.plain(range.lowerBound))\(spec?.unit.map { " (\($0))" } ?? "")")
        }
    }

    static func plain(_ value: Double) -> String {
        if value == value.rounded() && value.magnitude < 1e18 { return String(Int64(value)) }
        if value.magnitude >= 1e15 || (value != 0 && value.magnitude < 1e-6) { return "\(value)" }
        return "\(value)"
    }

    /// A key's description inside a sentence: its first letter lower-cased unless the first
    /// word is an acronym ("NIP, 18 digits…", not "nIP"), at most about 90 characters, cut
    /// at a word with "…".
    static func clause(_ description: String) -> String {
        let firstWord = description.prefix { $0.isLetter }
        let acronym = firstWord.count > 1 && firstWord.dropFirst().first?.isUppercase == true
        var text = acronym ? description : description.prefix(1).lowercased() + description.dropFirst()
        if text.count > 90 {
            let cut = text.prefix(90)
            text = String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut) + "…"
        }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func explain(_ problem: NumberText.Problem, text: String, expected: String) -> String {
        switch problem {
        case .notANumber(let hint):
            return "expected \(expected), found \"\(Escape.inline(text))\"\(hint)"
        case .tooManyDigits:
            return "\(Escape.inline(text)) is too large or too precise: at most \(NumberText.maximumSignificantDigits) significant digits"
        case .tooManyDecimals:
            return "\(Escape.inline(text)) has too many decimals: at most \(NumberText.maximumDecimals)"
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(Escape.inline(scalar.string))\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

/// One step of a key path: `sasaran_kegiatan[2].indikator[4].target`.
enum PathComponent: Equatable {
    case key(String)
    case index(Int)

    static func render(_ path: [PathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let name): text += text.isEmpty ? Escape.inline(name) : "." + Escape.inline(name)
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}

/// The words lkjip accepts for yes and no.
enum Bools {
    static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "ya": return true
        case "false", "no", "tidak": return false
        default: return nil
        }
    }
}

/// Ids name records across files and end up in output file names and anchors.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64,
              ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// An id, or an official budget code: letters, digits, `.` and `-`, starting with a letter
    /// or digit, no empty part between dots.
    public static func isCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64,
              ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first),
              !text.hasSuffix("."), !text.contains("..") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }
}
