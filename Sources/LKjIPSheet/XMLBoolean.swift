import Foundation

/// `xsd:boolean` as the parts spell it: `1`/`0` from Excel, `true`/`false` from other
/// producers. Nil for an absent or unrecognised value, so callers apply the schema default.
enum XMLBoolean {
    static func parse(_ text: String?) -> Bool? {
        switch text?.trimmingCharacters(in: .whitespaces) {
        case "1", "true": return true
        case "0", "false": return false
        default: return nil
        }
    }
}
