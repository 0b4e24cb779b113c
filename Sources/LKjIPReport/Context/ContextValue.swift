/// The template context is plain nested dictionaries and arrays of strings and booleans:
/// the only shapes mustache understands. Every key is always present (empty string or
/// false rather than missing) so that the renderer can treat an unknown name as a typo.
/// Typed blocks appear as refs (`BlockRegistry`), which templates `<insert>`.
typealias ContextObject = [String: Any]

extension Optional where Wrapped == String {
    /// Empty string for a missing optional text, so the key is still present.
    var orEmpty: String { self ?? "" }
}

extension Array {
    /// Adds `isFirst`/`isLast`/`isPenultimate` flags and a 1-based `nomor` so templates can
    /// place separators ("a, b dan c") and numbers without counting.
    func enumeratedContext(_ transform: (Element) -> ContextObject) -> [ContextObject] {
        enumerated().map { index, element in
            var object = transform(element)
            object["nomor"] = object["nomor"] ?? String(index + 1)
            object["isFirst"] = index == 0
            object["isLast"] = index == count - 1
            object["isPenultimate"] = index == count - 2
            return object
        }
    }
}
