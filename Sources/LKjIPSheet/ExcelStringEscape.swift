/// The `_xHHHH_` convention of SpreadsheetML strings (ECMA-376 Part 1, 22.9.2.19
/// ST_Xstring): Excel reads `_x000D_` in a cell's text as a carriage return. The writer
/// therefore protects literal text that happens to look like an escape (`_x005F_` stands
/// for the underscore), and the reader decodes escapes, so text survives both ways exactly
/// as Excel shows it.
enum ExcelStringEscape {
    static func encode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", escapeValue(in: scalars, at: index) != nil {
                result.append(contentsOf: "_x005F".unicodeScalars)
            }
            result.append(scalar)
        }
        return String(result)
    }

    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let value = escapeValue(in: scalars, at: index), let decoded = Unicode.Scalar(value) {
                result.append(decoded)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The code point of an `_xHHHH_` sequence starting at `index`, if there is one.
    private static func escapeValue(in scalars: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(index + 2)...(index + 5)] {
            guard let digit = Int(String(scalar), radix: 16) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
