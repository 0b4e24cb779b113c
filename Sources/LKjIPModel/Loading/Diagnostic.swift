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

    /// "pk/administrasi.yaml:12:9: sasaran_kegiatan[0].indikator[0].target: error: expected a
    /// number, found "sembilan puluh"". Control characters are escaped, so a message is always
    /// exactly one line.
    public var description: String {
        "\(location): \(severity.rawValue): \(Escape.inline(message, limit: 600))"
    }

    /// The same diagnostic as a warning (or error), for `--strict`.
    public func with(_ severity: Severity) -> Diagnostic {
        Diagnostic(severity, at: location, message)
    }
}

/// Several diagnostics thrown together, so that one run reports every mistake it can find.
public struct DiagnosticList: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// File, then line: the order a user fixes them in.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let a = lhs.element.location, b = rhs.element.location
            if a.file != b.file { return a.file < b.file }
            if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
