import Foundation
import Yams

/// Reads a data directory into `ReportData`, collecting every problem of every file so that
/// one run shows the user all there is to fix, each with file, line, column and key path.
public enum ReportLoader {
    /// Files every data directory must have, with what they hold for the error message.
    static let required: [(name: String, holds: String)] = [
        ("instansi", "the office's name, province, city, year, report date and head of office"),
        ("pejabat", "the signatories: id, nama, nip, jabatan"),
        ("organisasi", "the divisions and the satker with employees"),
        ("renstra", "visi, misi, tujuan and sasaran strategis texts"),
        ("anggaran", "the office budget per year, SMART DJA and IKPA"),
    ]

    /// Inputs larger than this are refused: a data file is text typed by people.
    static let maximumFileSize = 16 * 1024 * 1024

    public static func load(directory: URL) throws -> ReportData {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic(.error, at: SourceLocation(file: directory.path, line: nil, column: nil, keyPath: ""), "data directory not found: \(directory.path)")])
        }
        var diagnostics: [Diagnostic] = []
        var locations: [String: SourceLocation] = [:]

        func decodeFile<T: Decodable>(_ relative: String, as type: T.Type) -> T? {
            let state = DecodingState(file: relative)
            defer {
                diagnostics += state.diagnostics
                locations.merge(state.locations) { first, _ in first }
                locations["\(relative): "] = SourceLocation(file: relative, line: 1, column: 1, keyPath: "")
            }
            do {
                let url = directory.appendingPathComponent(relative)
                let size = (try? manager.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
                guard size <= maximumFileSize else {
                    state.report([], nil, "file is larger than \(maximumFileSize / 1024 / 1024) MiB")
                    return nil
                }
                let data = try Data(contentsOf: url)
                guard let text = String(data: data, encoding: .utf8) else {
                    state.report([], nil, "file is not UTF-8 text")
                    return nil
                }
                guard let node = try Yams.compose(yaml: text) else {
                    state.report([], nil, "file is empty")
                    return nil
                }
                return try NodeDecoder.decode(type, from: node, state: state)
            } catch let diagnostic as Diagnostic {
                state.diagnostics.append(diagnostic)
            } catch let error as YamlError {
                state.diagnostics.append(YAMLSyntax.diagnostic(error, file: relative))
            } catch {
                state.report([], nil, "cannot read: \(error.localizedDescription)")
            }
            return nil
        }

        func findFile(_ base: String) -> String? {
            for ext in ["yaml", "yml", "json"] where manager.fileExists(atPath: directory.appendingPathComponent("\(base).\(ext)").path) {
                return "\(base).\(ext)"
            }
            return nil
        }

        func files(in folder: String, extensions: Set<String>) -> [String] {
            let url = directory.appendingPathComponent(folder)
            let names = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
        }

        var paths: [String: String] = [:]
        for (name, holds) in required {
            if let path = findFile(name) {
                paths[name] = path
            } else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "\(name).yaml", line: nil, column: nil, keyPath: ""), "missing file \(name).yaml (expected: \(holds))"))
            }
        }
        let instansi = paths["instansi"].flatMap { decodeFile($0, as: InstansiFile.self) }?.instansi
        let pejabat = paths["pejabat"].flatMap { decodeFile($0, as: PejabatFile.self) }?.pejabat
        let organisasi = paths["organisasi"].flatMap { decodeFile($0, as: Organisasi.self) }
        let renstra = paths["renstra"].flatMap { decodeFile($0, as: Renstra.self) }
        let anggaran = paths["anggaran"].flatMap { decodeFile($0, as: AnggaranKantor.self) }
        let pkFiles = files(in: "pk", extensions: ["yaml", "yml", "json"])
        if pkFiles.isEmpty {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: "pk/", line: nil, column: nil, keyPath: ""), "no Perjanjian Kinerja found: expected pk/<divisi>.yaml, one per head of division"))
        }
        // Each decoded agreement keeps the name of its file, so later messages point at it
        // even when a file before it failed to decode.
        let perjanjianFiles = pkFiles.compactMap { file in decodeFile(file, as: PerjanjianKinerja.self).map { (file, $0) } }
        let capaianFiles = files(in: "realisasi", extensions: ["yaml", "yml", "json"]).compactMap { file in decodeFile(file, as: CapaianDivisi.self).map { (file, $0) } }
        let perjanjian = perjanjianFiles.map(\.1)
        let capaian = capaianFiles.map(\.1)
        var narasi: [String: String] = [:]
        for path in files(in: "narasi", extensions: ["md"]) {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: path, line: nil, column: nil, keyPath: ""), "file is not UTF-8 text"))
                continue
            }
            if let (line, scalar) = XMLCharacters.firstForbidden(in: text) {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: path, line: line, column: nil, keyPath: ""), String(format: "control character U+%04X is not allowed", scalar.value)))
                continue
            }
            narasi[((path as NSString).lastPathComponent as NSString).deletingPathExtension] = text
        }

        guard let instansi, let pejabat, let organisasi, let renstra, let anggaran else {
            throw DiagnosticList(diagnostics)
        }
        let data = ReportData(
            instansi: instansi, pejabat: pejabat, organisasi: organisasi, renstra: renstra,
            perjanjian: perjanjian, capaian: capaian, anggaran: anggaran, narasi: narasi,
            sources: SourceMap(directory: directory.path, locations: locations))
        // References are checked even when some file had errors, so one run lists them all.
        diagnostics += ReferenceValidator.validate(data, pkFiles: perjanjianFiles.map(\.0), realisasiFiles: capaianFiles.map(\.0))
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return data
    }
}

extension XMLCharacters {
    /// Line and character of the first character XML cannot carry, if any.
    static func firstForbidden(in text: String) -> (Int, Unicode.Scalar)? {
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 }
            if isForbidden(scalar) { return (line, scalar) }
        }
        return nil
    }
}

/// Turns libyaml's syntax errors into located diagnostics.
enum YAMLSyntax {
    static func diagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
            return Diagnostic(.error, at: SourceLocation(file: file, line: mark.line, column: mark.column, keyPath: ""), "malformed YAML: \(what)")
        default:
            return Diagnostic(.error, at: SourceLocation(file: file, line: nil, column: nil, keyPath: ""), "malformed YAML: \(error)")
        }
    }
}
