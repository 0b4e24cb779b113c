/// `w:pPr`, children in the schema's sequence: pStyle, keepNext, keepLines,
/// pageBreakBefore, widowControl, numPr, tabs, spacing, ind, jc, outlineLvl, rPr, sectPr.
struct ParagraphProperties: Equatable {
    enum Justification: String { case left, center, right, both }

    struct Tab: Equatable {
        var alignment: String
        var leader: String?
        /// Twips from the left margin.
        var position: Int
    }

    var style: String?
    var keepNext = false
    var keepLines = false
    var pageBreakBefore = false
    var widowControl: Bool?
    var numbering: (id: Int, level: Int)?
    var tabs: [Tab] = []
    /// Twips.
    var spacingBefore: Int?
    var spacingAfter: Int?
    /// Line spacing in 240ths of a line ("auto" rule).
    var line: Int?
    var indentLeft: Int?
    var indentHanging: Int?
    /// Right indent: text wraps this far before the margin (the page numbers of the contents
    /// stand in that room, so a long entry never runs into its number).
    var indentRight: Int?
    var justification: Justification?
    var outlineLevel: Int?
    var runProperties = RunProperties()
    var section: SectionProperties?

    static let schemaOrder = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr", "tabs", "spacing", "ind", "jc", "outlineLvl", "rPr", "sectPr"]

    static func == (lhs: ParagraphProperties, rhs: ParagraphProperties) -> Bool { lhs.xml == rhs.xml }

    var xml: String {
        var out = ""
        if let style { out += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { out += "<w:keepNext/>" }
        if keepLines { out += "<w:keepLines/>" }
        if pageBreakBefore { out += "<w:pageBreakBefore/>" }
        if let widowControl { out += widowControl ? "<w:widowControl/>" : "<w:widowControl w:val=\"0\"/>" }
        if let numbering { out += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>" }
        if !tabs.isEmpty {
            out += "<w:tabs>"
            for tab in tabs { out += "<w:tab w:val=\"\(tab.alignment)\"\(tab.leader.map { " w:leader=\"\($0)\"" } ?? "") w:pos=\"\(tab.position)\"/>" }
            out += "</w:tabs>"
        }
        if spacingBefore != nil || spacingAfter != nil || line != nil {
            out += "<w:spacing"
            if let spacingBefore { out += " w:before=\"\(spacingBefore)\"" }
            if let spacingAfter { out += " w:after=\"\(spacingAfter)\"" }
            if let line { out += " w:line=\"\(line)\" w:lineRule=\"auto\"" }
            out += "/>"
        }
        if indentLeft != nil || indentHanging != nil || indentRight != nil {
            out += "<w:ind"
            if let indentLeft { out += " w:left=\"\(indentLeft)\"" }
            if let indentRight { out += " w:right=\"\(indentRight)\"" }
            if let indentHanging { out += " w:hanging=\"\(indentHanging)\"" }
            out += "/>"
        }
        if let justification { out += "<w:jc w:val=\"\(justification.rawValue)\"/>" }
        if let outlineLevel { out += "<w:outlineLvl w:val=\"\(outlineLevel)\"/>" }
        out += runProperties.xml
        if let section { out += section.xml }
        return out.isEmpty ? "" : "<w:pPr>" + out + "</w:pPr>"
    }
}
