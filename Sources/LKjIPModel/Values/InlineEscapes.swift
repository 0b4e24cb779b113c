/// CommonMark's backslash escapes, the one rule shared by the Markdown reader (which prints the
/// escaped character) and every scan of prose that must not see an escaped character as
/// markup (figure citations: `\{\{` is two braces, not a citation).
public enum InlineEscapes {
    /// ASCII punctuation, the characters a backslash escapes.
    public static func isEscapable(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (33...47).contains(ascii) || (58...64).contains(ascii) || (91...96).contains(ascii) || (123...126).contains(ascii)
    }
}
