import Foundation
import LKjIPCompute
import LKjIPModel

/// `lkjip check`: every problem of a data directory, without writing documents.
public enum ReportChecker {
    public static func check(dataDirectory: URL) -> [Diagnostic] {
        do {
            let data = try ReportLoader.load(directory: dataDirectory)
            let report = try ReportComputer.compute(data)
            return sorted(Checker.check(data, computed: report))
        } catch let list as DiagnosticList {
            return sorted(list.diagnostics)
        } catch let diagnostic as Diagnostic {
            return [diagnostic]
        } catch {
            return [Diagnostic(.error, at: SourceLocation(file: dataDirectory.path, line: nil, column: nil, keyPath: ""), "\(error)")]
        }
    }

    /// File, then line: the order a user fixes them in.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let a = lhs.element.location, b = rhs.element.location
            if a.file != b.file { return a.file < b.file }
            if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Machine-readable form for `--json`, keys sorted so the output is stable.
    public static func json(_ diagnostics: [Diagnostic]) throws -> String {
        let items: [[String: Any]] = diagnostics.map { diagnostic in
            var item: [String: Any] = [
                "severity": diagnostic.severity.rawValue,
                "file": diagnostic.location.file,
                "keyPath": diagnostic.location.keyPath,
                "message": diagnostic.message,
            ]
            if let line = diagnostic.location.line { item["line"] = line }
            if let column = diagnostic.location.column { item["column"] = column }
            return item
        }
        let summary: [String: Any] = [
            "errors": diagnostics.filter { $0.severity == .error }.count,
            "warnings": diagnostics.filter { $0.severity == .warning }.count,
            "diagnostics": items,
        ]
        let data = try JSONSerialization.data(withJSONObject: summary, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
