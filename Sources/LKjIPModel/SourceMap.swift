/// Which file each part of `ReportData` was read from, so that checks in later stages can
/// name the file (and, through `SourceLocation`, the line) of the value they complain about.
public struct SourceMap: Equatable, Sendable {
    /// Data directory the report was loaded from.
    public var directory: String
    /// Key-path string ("pk/administrasi.yaml: sasaran_kegiatan[0].indikator[0].target") to location.
    public var locations: [String: SourceLocation]

    public init(directory: String, locations: [String: SourceLocation] = [:]) {
        self.directory = directory
        self.locations = locations
    }

    /// Location of a key path in a file, falling back to the file alone.
    public func location(file: String, keyPath: String) -> SourceLocation {
        locations["\(file): \(keyPath)"] ?? SourceLocation(file: file, line: nil, column: nil, keyPath: keyPath)
    }
}

/// A place in the input: file relative to the data directory, 1-based line and column, key path.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var keyPath: String

    public init(file: String, line: Int?, column: Int?, keyPath: String) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
    }

    /// "pk/administrasi.yaml:12:9: sasaran_kegiatan[0].indikator[0].target"
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if !keyPath.isEmpty { text += ": \(keyPath)" }
        return text
    }
}
