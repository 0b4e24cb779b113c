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
    /// at most 3 edits), or one that starts with what was typed. Candidates are compared with
    /// `within`, so a long list (every figure name of a large report) costs a length check and
    /// a row or two per name, not a full table.
    public static func suggestion(for word: String, in candidates: [String]) -> String? {
        // The same name written in another convention ("jumlahUpt" for "jumlah_upt",
        // "kata_pengantar" for "kata-pengantar") is the answer, however long it is.
        let bare = Self.bare(word)
        if let same = candidates.filter({ Self.bare($0) == bare && $0 != word }).min() { return same }
        let lower = word.lowercased()
        let typed = Array(lower)
        let limit = min(3, max(1, word.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            guard let distance = within(typed, Array(candidate.lowercased()), limit: limit) else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        if let best { return best.name }
        // Failing that, the closest candidate that starts with what was typed ("kadiv" →
        // "kadiv-administrasi"; its distance is the length it adds), or whose hyphen-separated
        // part it is ("saran-saran" → "saran").
        guard !lower.isEmpty else { return nil }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(lower) }
        if let closest = prefixed.min(by: { ($0.count, $0) < ($1.count, $1) }) { return closest }
        let parts = Set(lower.split(separator: "-").map(String.init))
        return candidates.filter { parts.contains($0.lowercased()) }
            .map { ($0, between(lower, $0.lowercased())) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// A name without case and separators, for comparing naming conventions.
    static func bare(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" })
    }
}
