/// Keeps text cells of a CSV file from being taken for formulas. Excel and Calc evaluate a
/// CSV field that starts with `=`, `+`, `-` or `@` (and a tab or carriage return before one
/// of them) as a formula, so a division named `=HYPERLINK(...)` or `=cmd|...` would run when
/// the file is opened. A text field starting with one of those characters, or with the
/// apostrophe this guard uses, gets an apostrophe in front (OWASP's advice); the importer
/// removes exactly one leading apostrophe, so every text survives the round trip unchanged.
/// Numbers are not text and are written as they are (`-0,7` stays a number).
public enum CSVFormulaGuard {
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "'"]

    /// The field to write for the text `text`.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, triggers.contains(first) else { return text }
        return "'" + text
    }

    /// The text a field written by `neutralized` stands for.
    public static func restored(_ field: String) -> String {
        field.hasPrefix("'") ? String(field.dropFirst()) : field
    }
}
