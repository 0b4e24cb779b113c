/// Tab names for the divisions' sheets within Excel's rules (at most 31 characters, none of
/// `[ ] : * ? / \`, no apostrophe at either end, unique ignoring case), shortened the way an
/// Indonesian office would: "Divisi " is dropped, then the capitalised words after the last
/// small word become their initials ("Pelayanan Hukum dan Hak Asasi Manusia" → "Pelayanan
/// Hukum dan HAM"), then whole words are dropped from the end; never a word cut in half. Two
/// divisions that would get one name are told apart by a number. The full name stays in the
/// sheet's title cell.
struct SheetNames {
    static let limit = 31
    private(set) var used: Set<String>

    /// `reserved` names (the instructions sheet) are never given to a division.
    init(reserved: [String]) {
        used = Set((reserved + ["History"]).map { $0.lowercased() })
    }

    mutating func name(for divisionName: String) -> String {
        let base = Self.shortened(divisionName, limit: Self.limit)
        var candidate = base
        var counter = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(counter))"
            candidate = Self.shortened(base, limit: Self.limit - suffix.count) + suffix
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    static func shortened(_ name: String, limit: Int) -> String {
        var text = name.hasPrefix("Divisi ") ? String(name.dropFirst(7)) : name
        text = String(text.unicodeScalars.map { scalar -> Character in
            "[]:*?/\\".unicodeScalars.contains(scalar) || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator ? "-" : Character(scalar)
        })
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        func joined(_ parts: [String]) -> String { trimmedQuotes(parts.joined(separator: " ")) }
        if words.isEmpty { return "Divisi" }
        if joined(words).utf16.count <= limit { return joined(words) }
        // Initials of the capitalised words after the last small word (dan, dan, untuk ...).
        if let small = words.lastIndex(where: { $0.first?.isLowercase == true }), small + 2 < words.count {
            let tail = words[(small + 1)...]
            if tail.allSatisfy({ $0.first?.isUppercase == true }) {
                let acronym = tail.compactMap(\.first).map(String.init).joined()
                let candidate = joined(Array(words[...small]) + [acronym])
                if candidate.utf16.count <= limit { return candidate }
                words = Array(words[...small]) + [acronym]
            }
        }
        while words.count > 1, joined(words).utf16.count > limit { words.removeLast() }
        let result = joined(words)
        if result.utf16.count <= limit, !result.isEmpty { return result }
        // One word longer than the limit: cut at a whole character.
        var cut = ""
        for character in result {
            guard (cut + String(character)).utf16.count <= limit else { break }
            cut.append(character)
        }
        return cut.isEmpty ? "Divisi" : trimmedQuotes(cut)
    }

    /// Excel refuses an apostrophe at either end of a tab name.
    static func trimmedQuotes(_ text: String) -> String {
        var result = Substring(text)
        while result.first == "'" || result.first == " " { result = result.dropFirst() }
        while result.last == "'" || result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
