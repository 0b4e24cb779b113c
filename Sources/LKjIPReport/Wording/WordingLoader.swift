import Foundation
import LKjIPModel

/// Reads the words and the office kind of a templates folder (`kata.yaml`, `jenis/*.yaml`)
/// and checks them with the office's data: an unknown or missing word, a kind that does not
/// exist, a cover line that names no instansi key, a level no kind defines, an instansi key
/// the kind needs. Every problem is located in its file, all at once.
public enum WordingLoader {
    public static let kataFile = "kata.yaml"
    public static let kindFolder = "jenis"

    /// The kinds a templates folder defines, by id.
    public static func kinds(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(kindFolder).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    /// The wording of `jenis` (default: the office's kind, else `kanwil`). `data` locates
    /// problems of the office's own keys; nil checks the folder alone.
    public static func load(directory: URL, jenis requested: String? = nil, data: ReportData? = nil) -> (wording: Wording?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let label = "templates/"
        // The base words.
        let kataPath = label + kataFile
        guard let kataText = read(directory.appendingPathComponent(kataFile), label: kataPath, into: &diagnostics) else {
            return (nil, diagnostics)
        }
        let (kataValue, kataProblems) = ReportLoader.decode(text: kataText, file: kataPath, as: KataFile.self)
        diagnostics += kataProblems
        var words = kataValue?.kata.words ?? [:]
        diagnostics += check(words, file: kataPath, text: kataText, prefix: "kata", complete: true)
        // The kind.
        let jenisId = requested ?? data?.instansi.jenisInstansi ?? JenisInstansi.bawaan
        let known = kinds(in: directory)
        guard known.contains(jenisId) else {
            let hint = EditDistance.suggestion(for: jenisId, in: known).map { "did you mean `\($0)`? " } ?? ""
            let message = "unknown kind of office `\(Escape.inline(jenisId))`; \(hint)the kinds are: \(known.joined(separator: ", ")) (files \(label)\(kindFolder)/<kind>.yaml)"
            if let data, data.instansi.jenisInstansi != nil {
                let file = MarkdownFields.file(data, .instansi)
                diagnostics.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: "instansi.jenis_instansi"), message))
            } else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "\(label)\(kindFolder)/\(jenisId).yaml"), message))
            }
            return (nil, diagnostics)
        }
        let kindPath = "\(label)\(kindFolder)/\(jenisId).yaml"
        guard let kindText = read(directory.appendingPathComponent(kindFolder).appendingPathComponent("\(jenisId).yaml"), label: kindPath, into: &diagnostics) else {
            return (nil, diagnostics)
        }
        let (kindValue, kindProblems) = ReportLoader.decode(text: kindText, file: kindPath, as: JenisInstansi.self)
        diagnostics += kindProblems
        guard let kind = kindValue, !kindProblems.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let own = kind.kata?.words ?? [:]
        diagnostics += check(own, file: kindPath, text: kindText, prefix: "kata", complete: false)
        diagnostics += structure(kind, file: kindPath, text: kindText)
        words.merge(own) { _, mine in mine }
        if let data { diagnostics += office(data, kind: kind, jenisId: jenisId) }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (Wording(jenisId: jenisId, jenis: kind, words: words), diagnostics)
    }

    static func read(_ url: URL, label: String, into diagnostics: inout [Diagnostic]) -> String? {
        do {
            let data = try SafeFile.read(url, roots: [url.deletingLastPathComponent()], limit: DataLimits.maximumFileBytes)
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: label), "file is not UTF-8 text (save it as UTF-8)"))
                return nil
            }
            return text
        } catch let problem as SafeFile.Problem {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: label), problem.description))
        } catch {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: label), "cannot read"))
        }
        return nil
    }

    /// Unknown names (with the nearest one), and with `complete` the names missing.
    static func check(_ words: [String: String], file: String, text: String, prefix: String, complete: Bool) -> [Diagnostic] {
        let map = SourceMap(directory: "", texts: [file: text])
        let names = KataKunci.allCases.map(\.rawValue)
        var diagnostics: [Diagnostic] = []
        for name in words.keys.sorted() where KataKunci(rawValue: name) == nil {
            let hint = EditDistance.suggestion(for: name, in: names).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.append(Diagnostic(.error, at: map.location(file: file, keyPath: "\(prefix).\(name)"), "unknown word `\(Escape.inline(name))`\(hint)"))
        }
        if complete {
            let missing = names.filter { words[$0] == nil }
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(.error, at: map.location(file: file, keyPath: prefix),
                                              "missing words: \(missing.joined(separator: ", ")) (the bundled templates/kata.yaml has every word)"))
            }
        }
        return diagnostics
    }

    /// The kind's own references: cover lines and required keys name instansi keys, the
    /// levels it names exist.
    static func structure(_ kind: JenisInstansi, file: String, text: String) -> [Diagnostic] {
        let map = SourceMap(directory: "", texts: [file: text])
        var diagnostics: [Diagnostic] = []
        func keyProblem(_ key: String, _ keyPath: String) {
            guard !JenisInstansi.kunciInstansi.contains(key) else { return }
            let hint = EditDistance.suggestion(for: key, in: JenisInstansi.kunciInstansi).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.append(Diagnostic(.error, at: map.location(file: file, keyPath: keyPath), "`\(Escape.inline(key))` is not an instansi key a cover may print\(hint) (\(JenisInstansi.kunciInstansi.joined(separator: ", ")))"))
        }
        for (p, paragraph) in kind.sampul.enumerated() {
            for (l, line) in paragraph.enumerated() { keyProblem(line, "sampul[\(p)][\(l)]") }
        }
        for (w, key) in (kind.wajib ?? []).enumerated() { keyProblem(key, "wajib[\(w)]") }
        let ids = kind.tingkat.map(\.id)
        for (key, id) in [("tingkat_kantor", kind.tingkatKantor), ("tingkat_divisi", kind.tingkatDivisi)] where !ids.contains(id) {
            let hint = EditDistance.suggestion(for: id, in: ids).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.append(Diagnostic(.error, at: map.location(file: file, keyPath: key), "no level `\(Escape.inline(id))` in tingkat\(hint)"))
        }
        for (t, level) in kind.tingkat.enumerated() {
            if let budget = level.anggaran, !kind.anggaran.contains(where: { $0.lowercased() == budget.lowercased() }) {
                diagnostics.append(Diagnostic(.error, at: map.location(file: file, keyPath: "tingkat[\(t)].anggaran"), "`\(Escape.inline(budget))` is not a budget level of this kind (\(kind.anggaran.joined(separator: ", ")))"))
            }
        }
        return diagnostics
    }

    /// What the kind asks of the office's data: its required instansi keys, and the levels
    /// its divisions name.
    static func office(_ data: ReportData, kind: JenisInstansi, jenisId: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let instansiFile = MarkdownFields.file(data, .instansi)
        for key in kind.wajib ?? [] where InstansiLines.values(key, of: data.instansi, jenis: nil).isEmpty {
            diagnostics.append(Diagnostic(.error, at: data.sources.location(file: instansiFile, keyPath: "instansi"),
                                          "missing required key `\(key)`: an office of the kind `\(jenisId)` (\(Escape.inline(kind.nama))) prints it"))
        }
        let ids = kind.tingkat.map(\.id)
        let organisasiFile = MarkdownFields.file(data, .organisasi)
        for (index, divisi) in data.organisasi.divisi.enumerated() {
            guard let level = divisi.tingkat, !ids.contains(level) else { continue }
            let hint = EditDistance.suggestion(for: level, in: ids).map { "did you mean `\($0)`? " } ?? ""
            diagnostics.append(Diagnostic(.error, at: data.sources.location(file: organisasiFile, keyPath: "divisi[\(index)].tingkat"),
                                          "unknown PK level `\(Escape.inline(level))`; \(hint)the levels of `\(jenisId)` are: \(ids.joined(separator: ", "))"))
        }
        return diagnostics
    }
}

/// The instansi values a cover line or a kind's required key names.
enum InstansiLines {
    /// `jenis`: the designation printed when the data gives none (the wording's).
    static func values(_ key: String, of instansi: Instansi, jenis: String?) -> [String] {
        let found: [String?]
        switch key {
        case "induk": found = instansi.induk ?? []
        case "jenis": found = [instansi.jenis ?? jenis]
        case "nama": found = [instansi.nama]
        case "nama_singkat": found = [instansi.namaSingkat]
        case "kementerian": found = [instansi.kementerian]
        case "provinsi": found = [instansi.provinsi]
        default: found = []
        }
        return found.compactMap { $0 }.filter { !$0.trimmingWhitespace().isEmpty }
    }
}
