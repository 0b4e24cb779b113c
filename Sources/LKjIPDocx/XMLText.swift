/// Escaping for WordprocessingML text and attributes. Characters XML 1.0 forbids throw,
/// so a malformed part can never be produced.
enum XMLText {
    static func escape(_ text: String) throws -> String {
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
}
