import LKjIPModel

/// The records (the mapping around a value, e.g. `realisasi[0]` for `realisasi[0].pagu`) whose
/// value could not be read, per file: a later rule that reports on such a record would be
/// judging a placeholder.
struct UnreadableRecords {
    private var records: [String: [String]] = [:]

    init(_ loading: [Diagnostic]) {
        for diagnostic in loading where diagnostic.severity == .error {
            let path = diagnostic.location.keyPath
            guard !path.isEmpty else { continue }
            records[diagnostic.location.file, default: []].append(Self.record(of: path))
        }
    }

    /// `realisasi[0].pagu` → `realisasi[0]`; `tahun` → `` (the whole file).
    static func record(of path: String) -> String {
        guard let dot = path.lastIndex(of: ".") else { return "" }
        return String(path[..<dot])
    }

    func covers(_ diagnostic: Diagnostic) -> Bool {
        guard let paths = records[diagnostic.location.file] else { return false }
        let path = diagnostic.location.keyPath
        return paths.contains { record in
            record.isEmpty || path == record || path.hasPrefix(record + ".") || path.hasPrefix(record + "[")
        }
    }
}
