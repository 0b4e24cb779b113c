/// Why a part could not be parsed as the plain XML every OOXML part is. Callers word it for
/// their reader ("the sheet's part ...", "the reference document's word/styles.xml ...").
public struct XMLPartError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// A DOCTYPE declaration: no OOXML part has one, and refusing it closes the door on
        /// external entities (XXE) and entity expansion bombs.
        case doctype
        /// Not well-formed; the text has libxml2's line and message.
        case malformed(String)
        /// Larger than libxml2 can take in one piece.
        case tooLarge
        /// Declared in an encoding other than UTF-8 or UTF-16 where the caller copies the text.
        case encoding(String)
        /// libxml2 could not be started.
        case parserUnavailable
    }

    public var part: String
    public var reason: Reason

    public init(part: String, _ reason: Reason) {
        self.part = part
        self.reason = reason
    }

    /// The message after the part's name: "is not well-formed XML (line 3: ...)".
    public var message: String {
        switch reason {
        case .doctype: return "contains a DOCTYPE declaration, which OOXML parts never have; the file was refused so that no external entity is resolved"
        case .malformed(let detail): return "is not well-formed XML\(detail.isEmpty ? "" : " (\(detail))")"
        case .tooLarge: return "is larger than 2 GiB"
        case .encoding(let name): return "is declared in the encoding \(name.prefix(40)); save the file again from Word"
        case .parserUnavailable: return "could not be read: the XML parser could not be started"
        }
    }

    public var description: String { "\(part): \(message)" }
}
