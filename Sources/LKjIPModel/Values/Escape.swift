/// Makes text from a data file safe to print in a message: control characters become `\n`,
/// `\t` or `\u{1B}`, so a value can never clear a terminal, forge a line of output or fake a
/// "build OK"; and a quote is cut to one line of at most 120 characters.
public enum Escape {
    public static func inline(_ text: String, limit: Int = 120) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit { result += "…"; break }
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    result += codePoint(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return result
    }

    /// "\u{1B}"
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}

/// Characters XML 1.0 cannot carry; refused at input so no output can be malformed.
public enum XMLCharacters {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return false
        case 0x0...0x1F, 0x7F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Line and character of the first character XML cannot carry, if any.
    public static func firstForbidden(in text: String) -> (line: Int, scalar: Unicode.Scalar)? {
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 }
            if isForbidden(scalar) { return (line, scalar) }
        }
        return nil
    }
}

/// Sizes beyond which input is refused: data is typed by people, so anything larger is a
/// mistake or an attack, and refusing it early keeps memory and time bounded.
public enum DataLimits {
    /// One YAML or JSON data file.
    public static let maximumFileBytes = 4 * 1024 * 1024
    /// One narasi Markdown file.
    public static let maximumNarasiBytes = 1024 * 1024
    /// One text value inside a data file.
    public static let maximumTextBytes = 256 * 1024
    /// One picture file.
    public static let maximumImageBytes = 8 * 1024 * 1024
    /// Pixels of one picture (width × height): 40 megapixels.
    public static let maximumImagePixels = 40_000_000
    /// Longest side of a picture in pixels.
    public static let maximumImageSide = 20_000
    /// Every data file together.
    public static let maximumTotalBytes = 64 * 1024 * 1024
}
