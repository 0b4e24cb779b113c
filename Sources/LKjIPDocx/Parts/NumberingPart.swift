import LKjIPDocument

/// `word/numbering.xml`: one abstract definition per list kind, and one concrete instance per
/// list. Every instance overrides the start of every level, so each list restarts at every
/// level (instances of one definition otherwise share their counters in Word, and the a, b,
/// c of a second division would run on as j, k, l).
enum NumberingPart {
    static let kinds = ListKind.allCases

    static func abstractId(_ kind: ListKind) -> Int { kinds.firstIndex(of: kind)! + 1 }

    /// Marker format and text of a level; nested levels of a decimal list count 1, 2, 3 again.
    static func level(_ kind: ListKind, _ level: Int) -> String {
        let (format, text): (String, String)
        switch kind {
        case .bullet: (format, text) = ("bullet", level % 2 == 0 ? "•" : "◦")
        case .dash: (format, text) = ("bullet", "–")
        case .decimal: (format, text) = ("decimal", "%\(level + 1).")
        case .decimalParen: (format, text) = ("decimal", "%\(level + 1))")
        case .lowerLetter: (format, text) = ("lowerLetter", "%\(level + 1).")
        case .upperLetter: (format, text) = ("upperLetter", "%\(level + 1).")
        case .lowerRoman: (format, text) = ("lowerRoman", "%\(level + 1).")
        case .upperRoman: (format, text) = ("upperRoman", "%\(level + 1).")
        }
        let indent = 360 * (level + 1) + 60
        return "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(indent)\" w:hanging=\"360\"/></w:pPr></w:lvl>"
    }

    /// `instances`: per numId, the list kind and the start of its outer level. A list that
    /// continues another reuses that list's numId and has no instance of its own.
    static func xml(instances: [(kind: ListKind, start: Int)]) -> String {
        var xml = XMLText.declaration + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        for kind in kinds {
            xml += "<w:abstractNum w:abstractNumId=\"\(abstractId(kind))\"><w:multiLevelType w:val=\"multilevel\"/>"
            for index in 0..<9 { xml += level(kind, index) }
            xml += "</w:abstractNum>"
        }
        for (index, instance) in instances.enumerated() {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(abstractId(instance.kind))\"/>"
            for level in 0..<9 {
                xml += "<w:lvlOverride w:ilvl=\"\(level)\"><w:startOverride w:val=\"\(level == 0 ? instance.start : 1)\"/></w:lvlOverride>"
            }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }
}
