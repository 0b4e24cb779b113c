/// The message for a name that refers to nothing (a pejabat, indicator or kegiatan id): the
/// nearest known name when one is close, else the names that exist, or that there are none.
/// One wording for every reference rule of the data.
enum UnknownReference {
    static func message(_ name: String, in known: [String], what: String, definedIn: String) -> String? {
        guard !name.isEmpty, !known.contains(name) else { return nil }
        let hint = EditDistance.suggestion(for: name, in: known).map { "; did you mean `\($0)`?" }
            ?? (known.isEmpty ? "; \(definedIn) defines none" : "; \(definedIn) defines: \(known.prefix(20).map { "`\($0)`" }.joined(separator: ", "))")
        return "unknown \(what) `\(Escape.inline(name))`\(hint)"
    }
}
