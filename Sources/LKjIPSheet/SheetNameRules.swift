/// Excel's rules for sheet names, checked before writing because Excel refuses to open (or
/// silently "repairs") a workbook that breaks them, and the officer would only see a
/// generic corruption message.
enum SheetNameRules {
    static let maximumLength = 31
    static let forbidden = Set("[]:*?/\\".unicodeScalars)

    static func check(_ sheets: [Worksheet]) throws {
        guard !sheets.isEmpty else { throw SheetError("a workbook needs at least one sheet") }
        var seen: [String: String] = [:]
        for sheet in sheets {
            let name = sheet.name
            guard !name.isEmpty else { throw SheetError("a sheet name is empty; Excel needs 1 to 31 characters") }
            guard name.utf16.count <= maximumLength else {
                throw SheetError(sheet: name, "sheet name has \(name.utf16.count) characters; Excel allows at most \(maximumLength)")
            }
            if let scalar = name.unicodeScalars.first(where: { forbidden.contains($0) || !XMLEscape.isAllowed($0) || $0.properties.generalCategory == .control }) {
                let shown = forbidden.contains(scalar) ? "\"\(scalar)\"" : XMLEscape.ForbiddenCharacter(scalar: scalar).code
                throw SheetError(sheet: name, "sheet name contains \(shown); Excel does not allow any of [ ] : * ? / \\ or control characters")
            }
            guard !name.hasPrefix("'"), !name.hasSuffix("'") else {
                throw SheetError(sheet: name, "sheet name starts or ends with an apostrophe, which Excel does not allow")
            }
            guard name.lowercased() != "history" else {
                throw SheetError(sheet: name, "Excel reserves the sheet name \"History\"")
            }
            if let earlier = seen[name.lowercased()] {
                throw SheetError(sheet: name, "sheet name repeats \"\(earlier)\"; Excel compares names ignoring case")
            }
            seen[name.lowercased()] = name
        }
    }
}
