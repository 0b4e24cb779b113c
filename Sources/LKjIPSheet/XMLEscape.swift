/// Escaping for text and attribute values of the parts the writer produces. A character
/// XML 1.0 cannot carry throws, so the writer can never produce a part Excel must repair.
enum XMLEscape {
    /// A scalar outside XML 1.0's Char production (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE; U+FFFF).
    struct ForbiddenCharacter: Error {
        let scalar: Unicode.Scalar

        /// `U+0001`, for messages.
        var code: String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Element content. A carriage return is written as a reference, since a parser would
    /// otherwise turn CR LF into LF.
    static func text(_ text: String) throws -> String {
        try escape(text, attribute: false)
    }

    /// A double-quoted attribute value. Tab, line feed and carriage return are written as
    /// references, since attribute normalisation would otherwise turn them into spaces.
    static func attribute(_ text: String) throws -> String {
        try escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) throws -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where attribute: result.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": result.append(contentsOf: "&#13;".unicodeScalars)
            case "\n" where attribute: result.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where attribute: result.append(contentsOf: "&#9;".unicodeScalars)
            default:
                guard isAllowed(scalar) else { throw ForbiddenCharacter(scalar: scalar) }
                result.append(scalar)
            }
        }
        return String(result)
    }
}
