/// Excel's built-in number formats, which files refer to by id without spelling out the
/// code, and the date-format test.
enum NumberFormat {
    /// The ids ECMA-376 Part 1, 18.8.30 fixes for every locale (plus the dollar and
    /// accounting formats Excel writes in en-US), so a cell styled with `numFmtId="14"` and
    /// no `<numFmt>` element still reports a date format.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        5: "\"$\"#,##0_);(\"$\"#,##0)", 6: "\"$\"#,##0_);[Red](\"$\"#,##0)",
        7: "\"$\"#,##0.00_);(\"$\"#,##0.00)", 8: "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)",
        9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
        19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
        37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
        40: "#,##0.00_);[Red](#,##0.00)",
        41: "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)",
        42: "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)",
        43: "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)",
        44: "_(\"$\"* #,##0.00_)_(\"$\"* \\(#,##0.00\\)_(\"$\"* \"-\"??_)_(@_)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]

    /// The codes the writer refers to by built-in id. Only formats whose meaning does not
    /// depend on the reader's locale; everything else is written out as a custom format.
    static let writtenAsBuiltIn: [String: Int] = [
        "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10,
        "0.00E+00": 11, "# ?/?": 12, "# ??/??": 13, "@": 49,
    ]

    /// The first id available for custom formats.
    static let firstCustomID = 164

    /// Whether a format code shows a date or time: after removing quoted text, `\x` and
    /// `_x`/`*x` escapes and bracketed sections other than elapsed time (`[h]`), any of the
    /// date/time letters d, m, y, h, s remain. `General` and `@` are not dates.
    static func isDate(_ code: String) -> Bool {
        var scalars = code.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\"":
                while let next = scalars.next(), next != "\"" {}
            case "\\", "_", "*":
                _ = scalars.next()
            case "[":
                var inside = ""
                while let next = scalars.next(), next != "]" { inside.unicodeScalars.append(next) }
                if ["h", "hh", "m", "mm", "s", "ss"].contains(inside.lowercased()) { return true }
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
                return true
            default:
                continue
            }
        }
        return false
    }
}
