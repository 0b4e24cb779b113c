extension String {
    /// Escapes text and attribute values alike; every string from the data goes through here.
    /// Escaped scalar by scalar, so that a markup character followed by a combining mark
    /// (one Character, "<\u{338}") is escaped too. Most text has nothing to escape and is
    /// returned after one pass over its bytes.
    var htmlEscaped: String {
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
