/// Levenshtein distance on characters: how many insertions, deletions or substitutions turn
/// one word into another ("Haris Sukamto" -> "Hari Sukamto" is 1). The one edit-distance
/// function of lkjip, behind every "did you mean" and the spelling of official names.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Distance with an early exit: nil as soon as it must exceed `limit` (spelling checks run
    /// over every word of the narrative, so most comparisons stop after a row or two).
    public static func within(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                best = min(best, current[j])
            }
            if best > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// "did you mean": the closest candidate within a third of the word's length (at least 1,
    /// at most 3 edits), or one that starts with what was typed.
    public static func suggestion(for word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        let scored = candidates.map { ($0, between(lower, $0.lowercased())) }
            .sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let best = scored.first else { return nil }
        let limit = min(3, max(1, word.count / 3))
        if best.1 <= limit { return best.0 }
        // Failing that, the closest candidate that starts with what was typed ("kadiv" →
        // "kadiv-administrasi"), or whose hyphen-separated part it is ("saran-saran" → "saran").
        guard !lower.isEmpty else { return nil }
        if let prefixed = scored.first(where: { $0.0.lowercased().hasPrefix(lower) }) { return prefixed.0 }
        let parts = Set(lower.split(separator: "-").map(String.init))
        return scored.first { parts.contains($0.0.lowercased()) }?.0
    }
}
