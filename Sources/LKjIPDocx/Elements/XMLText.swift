/// Escaping for WordprocessingML text and attributes. Characters XML 1.0 forbids throw,
/// so a malformed part can never be produced.
enum XMLText {
    /// Text for an element or attribute value. Most runs need no change; one pass over the
    /// bytes finds that (0xEF starts U+F000–U+FFFF, which holds the two non-characters) and
    /// returns the text as it is.
    static func escape(_ text: String) throws -> String {
        let plain = !text.utf8.contains(where: needsEscaping)
        if plain { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    throw DocxError.invalidCharacter(scalar.value, context: String(text.prefix(40)))
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a byte of UTF-8 may need escaping (or checking): markup characters, control
    /// characters other than tab and line breaks, and 0xEF.
    static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: return true
        case 0x09, 0x0A, 0x0D: return false
        default: return byte < 0x20
        }
    }

    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains(where: needsEscaping)
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}

/// Why a document could not be written as WordprocessingML.
public enum DocxError: Error, CustomStringConvertible, Equatable {
    /// A character XML 1.0 cannot carry (the loader rejects these earlier, with a location).
    case invalidCharacter(UInt32, context: String)
    /// A table row whose cells do not fill the column grid.
    case tableGrid(String)
    /// The reference document given with `--reference-doc` cannot be used.
    case reference(String)
    /// zlib failed while zipping the package (out of memory).
    case zip(String)

    public var description: String {
        switch self {
        case .invalidCharacter(let value, let context):
            return "character U+\(String(value, radix: 16, uppercase: true)) cannot be written to XML (in \"\(context)\")"
        case .tableGrid(let message):
            return "table does not line up with its columns: \(message)"
        case .reference(let message):
            return "reference document: \(message)"
        case .zip(let message):
            return "cannot write the package: \(message)"
        }
    }
}

/// Lengths: the model speaks points; WordprocessingML twentieths of a point (twips) and
/// half-points, DrawingML English Metric Units.
enum Units {
    static func twips(_ points: Double) -> Int { Int((points * 20).rounded()) }
    static func emu(_ points: Double) -> Int { Int((points * 12700).rounded()) }
    static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }
}
