/// A value that cannot be written in Indonesian form (for example a malformed ISO date).
/// It carries no source location: callers that know where the value came from wrap it in a
/// `Diagnostic`.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
