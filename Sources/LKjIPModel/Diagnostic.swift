/// A problem found in the input: an error stops the build, a warning does not (unless `--strict`).
public struct Diagnostic: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Equatable, Hashable, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// "pk/administrasi.yaml:12:9: sasaran_kegiatan[0].indikator[0].target: error: expected a number, found "sembilan puluh""
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}

/// Several diagnostics thrown together, so that one run reports every mistake it can find.
public struct DiagnosticList: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
