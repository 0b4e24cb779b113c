import Foundation
import Yams

/// Reads a data directory into `ReportData`, collecting every problem of every file so that
/// one run shows the user all there is to fix, each with file, line, column and key path.
///
/// Each file is parsed, validated against the schema of its type (all problems at once),
/// then decoded leniently; cross-file references are checked by `DataValidator` even when
/// some file had errors, so that a run lists everything.
public enum ReportLoader {
    public struct Result: Sendable {
        /// nil when a required file is missing or is not YAML at all.
        public var data: ReportData?
        public var diagnostics: [Diagnostic]
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    /// Loads `directory`; pictures may also come from `assets` (lkjip's folder).
    public static func load(directory: URL, assets: URL? = nil) -> Result {
        var loader = Loader(directory: directory, assets: assets)
        return loader.run()
    }

    /// One data file's text checked on its own, as `load` checks it: syntax, schema, ranges
    /// and formats (not the rules across files). For the fuzzer and for editors.
    public static func check(text: String, as kind: DataFileKind) -> [Diagnostic] {
        var loader = Loader(directory: URL(fileURLWithPath: "/nonexistent"), assets: nil)
        let file = "\(kind.rawValue).yaml"
        guard text.utf8.count <= DataLimits.maximumFileBytes else {
            return [Diagnostic(.error, at: SourceLocation(file: file), "file is too large")]
        }
        if let (line, scalar) = XMLCharacters.firstForbidden(in: text) {
            return [Diagnostic(.error, at: SourceLocation(file: file, line: line), "control character \(Escape.codePoint(scalar)) is not allowed")]
        }
        switch kind {
        case .instansi: _ = loader.decode(text: text, file, as: InstansiFile.self)
        case .pejabat: _ = loader.decode(text: text, file, as: PejabatFile.self)
        case .organisasi: _ = loader.decode(text: text, file, as: Organisasi.self)
        case .renstra: _ = loader.decode(text: text, file, as: Renstra.self)
        case .anggaran: _ = loader.decode(text: text, file, as: AnggaranKantor.self)
        case .lampiran: _ = loader.decode(text: text, file, as: Lampiran.self)
        case .pk: _ = loader.decode(text: text, file, as: PerjanjianKinerja.self)
        case .realisasi: _ = loader.decode(text: text, file, as: CapaianDivisi.self)
        }
        return loader.diagnostics
    }

    /// A file that is not in a data directory but is read the same way (the kinds and words
    /// of a templates folder): syntax, schema, ranges and formats, every problem located in
    /// `file`. The value is nil only when the text is not YAML at all.
    public static func decode<T: Decodable>(text: String, file: String, as type: T.Type) -> (value: T?, diagnostics: [Diagnostic]) {
        var loader = Loader(directory: URL(fileURLWithPath: "/nonexistent"), assets: nil)
        guard text.utf8.count <= DataLimits.maximumFileBytes else {
            return (nil, [Diagnostic(.error, at: SourceLocation(file: file), "file is too large")])
        }
        if let (line, scalar) = XMLCharacters.firstForbidden(in: text) {
            return (nil, [Diagnostic(.error, at: SourceLocation(file: file, line: line), "control character \(Escape.codePoint(scalar)) is not allowed")])
        }
        let value = loader.decode(text: text, file, as: type)
        return (value, loader.diagnostics)
    }

    /// Convenience for callers that want an error when anything is wrong.
    public static func loadOrThrow(directory: URL, assets: URL? = nil) throws -> ReportData {
        let result = load(directory: directory, assets: assets)
        guard let data = result.data, result.errors.isEmpty else { throw DiagnosticList(DiagnosticList.sorted(result.diagnostics)) }
        return data
    }
}

private struct Loader {
    let directory: URL
    let assets: URL?
    var diagnostics: [Diagnostic] = []
    var texts: [String: String] = [:]
    var totalBytes = 0

    init(directory: URL, assets: URL?) {
        self.directory = directory.standardizedFileURL
        self.assets = assets
    }

    mutating func run() -> ReportLoader.Result {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ReportLoader.Result(data: nil, diagnostics: [Diagnostic(.error, at: SourceLocation(file: directory.path), "data directory not found")])
        }
        var paths: [DataFileKind: String] = [:]
        for kind in DataFileKind.allCases where !kind.isFolder {
            if let path = find(kind.rawValue) {
                paths[kind] = path
            } else if kind.isRequired {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "\(kind.rawValue).yaml"), "missing file \(kind.rawValue).yaml (expected: \(kind.holds))"))
            }
        }
        reportStrayFiles()
        let instansi = paths[.instansi].flatMap { decode($0, as: InstansiFile.self) }?.instansi
        let pejabat = paths[.pejabat].flatMap { decode($0, as: PejabatFile.self) }?.pejabat
        let organisasi = paths[.organisasi].flatMap { decode($0, as: Organisasi.self) }
        let renstra = paths[.renstra].flatMap { decode($0, as: Renstra.self) }
        let anggaran = paths[.anggaran].flatMap { decode($0, as: AnggaranKantor.self) }
        let lampiran = paths[.lampiran].flatMap { decode($0, as: Lampiran.self) } ?? Lampiran()
        let pkFiles = files(in: "pk", extensions: DataFileKind.extensions)
        if pkFiles.isEmpty {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "pk/"), "no Perjanjian Kinerja found: expected pk/<divisi>.yaml, one per head of division"))
        }
        var perjanjian: [PerjanjianKinerja] = pkFiles.compactMap { file in
            decode(file, as: PerjanjianKinerja.self).map { var pk = $0; pk.file = file; return pk }
        }
        var capaian: [CapaianDivisi] = files(in: "realisasi", extensions: DataFileKind.extensions).compactMap { file in
            decode(file, as: CapaianDivisi.self).map { var item = $0; item.file = file; return item }
        }
        let narasi = readNarasi()

        guard let instansi, let pejabat, let organisasi, let renstra, let anggaran else {
            return ReportLoader.Result(data: nil, diagnostics: DiagnosticList.sorted(diagnostics))
        }
        let order = Dictionary(organisasi.divisi.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        perjanjian.sort { a, b in
            let x = order[a.divisi] ?? Int.max, y = order[b.divisi] ?? Int.max
            if x != y { return x < y }
            let p = a.periode?.mulai ?? "", q = b.periode?.mulai ?? ""
            return p != q ? p < q : a.file < b.file
        }
        capaian.sort { (order[$0.divisi] ?? Int.max, $0.file) < (order[$1.divisi] ?? Int.max, $1.file) }
        var data = ReportData(
            instansi: instansi, pejabat: pejabat, organisasi: organisasi, renstra: renstra,
            perjanjian: perjanjian, capaian: capaian, anggaran: anggaran, lampiran: lampiran,
            narasi: narasi, sources: SourceMap(directory: directory.path, texts: texts))
        data.images = loadImages(data)
        diagnostics += DataValidator.validate(data, earlier: diagnostics)
        return ReportLoader.Result(data: data, diagnostics: DiagnosticList.sorted(diagnostics))
    }

    func find(_ base: String) -> String? {
        for ext in DataFileKind.extensions where FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(base).\(ext)").path) {
            return "\(base).\(ext)"
        }
        return nil
    }

    func files(in folder: String, extensions: [String]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    /// A data file with a misspelt name would silently not be read.
    mutating func reportStrayFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let known = DataFileKind.allCases.filter { !$0.isFolder }.map(\.rawValue)
        for name in names.sorted() where DataFileKind.extensions.contains((name as NSString).pathExtension.lowercased()) {
            let base = (name as NSString).deletingPathExtension
            guard !known.contains(base) else { continue }
            let hint = EditDistance.suggestion(for: base, in: known + ["pk", "realisasi"]).map { "; did you mean \($0).yaml?" } ?? "; expected one of: \(known.map { "\($0).yaml" }.joined(separator: ", "))"
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: name), "file is not part of the data format and would not be read\(hint)"))
        }
    }

    /// Reads a text file with the size limit, as UTF-8, reporting the line of a bad byte.
    mutating func readText(_ relative: String, limit: Int) -> String? {
        let url = directory.appendingPathComponent(relative)
        let data: Data
        do {
            data = try SafeFile.read(url, roots: [directory], limit: limit)
        } catch let problem as SafeFile.Problem {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative), problem.description))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative), "cannot read"))
            return nil
        }
        totalBytes += data.count
        if totalBytes > DataLimits.maximumTotalBytes {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative), "the data directory holds more than \(DataLimits.maximumTotalBytes / 1024 / 1024) MiB of data files"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = UTF8Check.lineOfFirstInvalidByte(data)
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative, line: line), "file is not UTF-8 text (save it as UTF-8)"))
            return nil
        }
        if let (line, scalar) = XMLCharacters.firstForbidden(in: text) {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative, line: line), "control character \(Escape.codePoint(scalar)) is not allowed"))
            return nil
        }
        return text
    }

    mutating func decode<T: Decodable>(_ relative: String, as type: T.Type) -> T? {
        guard let text = readText(relative, limit: DataLimits.maximumFileBytes) else { return nil }
        return decode(text: text, relative, as: type)
    }

    /// Parses, validates and decodes one file's text (already read and checked as UTF-8).
    mutating func decode<T: Decodable>(text: String, _ relative: String, as type: T.Type) -> T? {
        texts[relative] = text
        let node: Node
        // The parser stays alive until validation ends: Yams holds a node's anchor weakly and
        // only the parser keeps it, so with `Yams.compose` every anchor would read as nil and
        // aliases would pass unseen.
        let parser: Parser
        do {
            let root: Node?
            (parser, root) = try YAMLComposer.compose(text)
            guard let composed = root else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative, line: 1), "file is empty"))
                return nil
            }
            node = composed
        } catch let error as YamlError {
            diagnostics.append(YAMLSyntax.diagnostic(error, file: relative))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative), "malformed YAML"))
            return nil
        }
        var validator = SchemaValidator(file: relative)
        withExtendedLifetime(parser) {
            validator.validate(node, against: SchemaBuilder.schema(for: type))
        }
        diagnostics += validator.diagnostics
        // A file with aliases is not decoded: decoding would expand them (a "billion laughs").
        guard !validator.foundAliases else { return nil }
        let failures = NodeDecoder.FailureCounter()
        let value = NodeDecoder.decode(type, from: node, failures: failures)
        if failures.count > 0 && validator.diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: relative, keyPath: failures.firstPath), "value could not be read"))
        }
        return value
    }

    mutating func readNarasi() -> [String: String] {
        var narasi: [String: String] = [:]
        for path in files(in: "narasi", extensions: ["md"]) {
            guard let text = readText(path, limit: DataLimits.maximumNarasiBytes) else { continue }
            texts[path] = text
            narasi[((path as NSString).lastPathComponent as NSString).deletingPathExtension] = text
        }
        return narasi
    }

    /// Every picture the data names, read once with its checks. A picture the officer named
    /// explicitly must be usable (error); a default signature file that exists but is broken
    /// only warns, because the signature space can stay blank for a wet signature.
    mutating func loadImages(_ data: ReportData) -> [String: ImageFile] {
        var images: [String: ImageFile] = [:]
        var roots = [directory]
        if let assets { roots.append(assets) }
        func load(_ path: String, file: String, keyPath: String, explicit: Bool) {
            guard images[path] == nil, DataPath.problem(path) == nil else { return }
            let location = data.sources.location(file: file, keyPath: keyPath)
            guard let url = DataPath.resolve(path, roots: roots) else {
                if explicit && DataPath.leadsOutside(path, roots: roots) {
                    diagnostics.append(Diagnostic(.error, at: location, "picture `\(Escape.inline(path))`: \(SafeFile.Problem.outside.description)"))
                } else if explicit {
                    diagnostics.append(Diagnostic(.error, at: location, "picture `\(Escape.inline(path))` not found in the data directory\(assets == nil ? "" : " or the assets folder")"))
                }
                return
            }
            do {
                let bytes = try SafeFile.read(url, roots: roots, limit: DataLimits.maximumImageBytes)
                images[path] = try ImageFile(bytes)
            } catch let problem as SafeFile.Problem {
                diagnostics.append(Diagnostic(explicit ? .error : .warning, at: location, "picture `\(Escape.inline(path))`: \(problem.description)"))
            } catch ImageFile.Problem.tooManyPixels(let width, let height) {
                diagnostics.append(Diagnostic(explicit ? .error : .warning, at: location, "picture `\(Escape.inline(path))` is \(width) × \(height) pixels; at most \(DataLimits.maximumImageSide) pixels a side and \(DataLimits.maximumImagePixels / 1_000_000) megapixels"))
            } catch {
                diagnostics.append(Diagnostic(explicit ? .error : .warning, at: location, "picture `\(Escape.inline(path))` is not a PNG or JPEG file\(explicit ? "" : "; the signature space stays blank")"))
            }
        }
        if let logo = data.instansi.logo { load(logo, file: fileName(.instansi), keyPath: "instansi.logo", explicit: true) }
        for (index, person) in data.pejabat.enumerated() {
            if let ttd = person.ttd {
                load(ttd, file: fileName(.pejabat), keyPath: "pejabat[\(index)].ttd", explicit: true)
            } else if let nip = person.nip.flatMap({ try? NIP($0) }) {
                for ext in ["png", "jpg", "jpeg"] {
                    load("assets/ttd/\(nip.digits).\(ext)", file: fileName(.pejabat), keyPath: "pejabat[\(index)].nip", explicit: false)
                }
            }
        }
        for (list, key) in [(data.lampiran.dokumentasi, "dokumentasi"), (data.lampiran.aplikasi, "aplikasi")] {
            for (index, foto) in (list ?? []).enumerated() {
                load(foto.berkas, file: fileName(.lampiran), keyPath: "\(key)[\(index)].berkas", explicit: true)
            }
        }
        // Pictures in every Markdown text: narasi files and the Markdown fields of the YAML.
        MarkdownFields.forEach(data) { field, text in
            for reference in MarkdownImages.references(in: MarkdownComments.blanked(text)) {
                let location = field.keyPath.isEmpty
                    ? SourceLocation(file: field.file, line: reference.line)
                    : data.sources.location(file: field.file, keyPath: field.keyPath, textLine: reference.line)
                guard reference.alone else {
                    diagnostics.append(Diagnostic(.error, at: location, "a picture must stand on a line of its own (`![caption](\(Escape.inline(reference.path)))`), with an empty line before and after it"))
                    continue
                }
                if let problem = DataPath.problem(reference.path) {
                    diagnostics.append(Diagnostic(.error, at: location, problem))
                    continue
                }
                let before = diagnostics.count
                load(reference.path, file: field.file, keyPath: field.keyPath, explicit: true)
                for index in before..<diagnostics.count { diagnostics[index].location = location }
            }
        }
        return images
    }

    func fileName(_ kind: DataFileKind) -> String { find(kind.rawValue) ?? "\(kind.rawValue).yaml" }
}

/// Composes a data file's YAML into nodes.
enum YAMLComposer {
    /// The file's root node, parsed with every implicit scalar resolving as text: lkjip
    /// reads every scalar itself (`NumberText`, `isNull`), and Yams' own resolution runs up
    /// to seven regular expressions on every key it compares for duplicates, a fifth of the
    /// load. Keys then compare as text. Where that can differ from Yams' default (a
    /// duplicate found, or an explicit `!` tag anywhere in the file), the text is parsed
    /// again the default way, so that what is accepted and every message stay as they were
    /// (a plain `1` and a quoted `"1"` are two keys to Yams, which the validator reports).
    static func compose(_ text: String) throws -> (Parser, Node?) {
        if !text.utf8.contains(UInt8(ascii: "!")) {
            let fast = try Parser(yaml: text, resolver: .basic)
            do {
                return (fast, try fast.singleRoot())
            } catch YamlError.duplicatedKeysInMapping {}
        }
        let parser = try Parser(yaml: text)
        return (parser, try parser.singleRoot())
    }
}

/// `![caption](path)` references in narrative Markdown, with their lines. Only a picture that
/// is alone on its line is printed (as a numbered figure); one inside a sentence is reported.
public enum MarkdownImages {
    public static func references(in text: String) -> [(line: Int, path: String, alone: Bool)] {
        var result: [(Int, String, Bool)] = []
        // Most texts hold no picture: one search of the bytes instead of a split into lines.
        guard text.nativeContains("![") else { return result }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.nativeContains("![") else { continue }
            let trimmed = line.trimmingWhitespace()
            var rest = Substring(line)
            while let start = rest.nativeRange(of: "![") {
                guard let close = rest[start.upperBound...].nativeRange(of: "]("),
                      let end = rest[close.upperBound...].firstIndex(of: ")") else { break }
                let alone = trimmed.hasPrefix("![") && trimmed.hasSuffix(")") && rest[rest.index(after: end)...].trimmingWhitespace().isEmpty
                result.append((index + 1, String(rest[close.upperBound..<end]).trimmingWhitespace(), alone))
                rest = rest[rest.index(after: end)...]
            }
        }
        return result
    }
}

/// Where invalid UTF-8 starts, so "not UTF-8" can name a line.
enum UTF8Check {
    static func lineOfFirstInvalidByte(_ data: Data) -> Int {
        var line = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            guard data.distance(from: index, to: data.endIndex) >= length else { return line }
            for offset in 1..<max(length, 1) where !(0x80...0xBF).contains(data[data.index(index, offsetBy: offset)]) {
                return line
            }
            if byte == 0x0A { line += 1 }
            index = data.index(index, offsetBy: length)
        }
        return line
    }
}

/// Turns libyaml's syntax errors into located diagnostics, without echoing the raw line
/// (which may hold control characters).
enum YAMLSyntax {
    static func diagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml), .parser(let context, let problem, let mark, let yaml), .composer(let context, let problem, let mark, let yaml):
            if character(at: mark, in: yaml) == "\t" {
                return Diagnostic(.error, at: SourceLocation(file: file, line: mark.line, column: mark.column), "a tab character: YAML indents with spaces only; replace the tab with spaces")
            }
            let what = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
            return Diagnostic(.error, at: SourceLocation(file: file, line: mark.line, column: mark.column), "malformed YAML: \(Escape.inline(what))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\(Escape.inline($0, limit: 40))`" }.joined(separator: ", ")
            // Yams marks the first occurrence; the mistake is the repeat, so point at it.
            let first = context.mark
            if let name = duplicates.first, let repeated = repeatedKey(name, after: first, in: context.text) {
                return Diagnostic(.error, at: SourceLocation(file: file, line: repeated, column: first.column),
                                  "duplicate key \(keys) in one mapping (first at line \(first.line)): each key may appear once")
            }
            return Diagnostic(.error, at: SourceLocation(file: file, line: first.line, column: first.column), "duplicate key \(keys) in one mapping: each key may appear once")
        case .reader(let problem, _, let value, _):
            return Diagnostic(.error, at: SourceLocation(file: file), "malformed YAML: \(Escape.inline(problem)) (character \(value))")
        default:
            return Diagnostic(.error, at: SourceLocation(file: file), "malformed YAML")
        }
    }

    static func character(at mark: Mark, in text: String) -> Character? {
        guard mark.line >= 1, mark.column >= 1 else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line <= lines.count else { return nil }
        let line = lines[mark.line - 1]
        guard mark.column <= line.count else { return nil }
        return line[line.index(line.startIndex, offsetBy: mark.column - 1)]
    }

    /// The line of the next `name:` at the same indentation as the first one, before the
    /// mapping ends (a line indented less).
    static func repeatedKey(_ name: String, after first: Mark, in text: String) -> Int? {
        let indent = first.column - 1
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard number > first.line else { continue }
            let spaces = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(spaces)
            if rest.isEmpty || rest.hasPrefix("#") { continue }
            if spaces < indent { return nil }
            guard spaces == indent else { continue }
            let body = rest
            for form in [name, "\"\(name)\"", "'\(name)'"] where body.hasPrefix(form) {
                if body.dropFirst(form.count).drop(while: { $0 == " " }).hasPrefix(":") { return number }
            }
        }
        return nil
    }
}
