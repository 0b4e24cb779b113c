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
        var buffer = XMLBuffer()
        write(into: &buffer)
        return buffer.string
    }

    /// `xml`, appended to `out` (nothing when every property is unset).
    func write(into out: inout XMLBuffer) {
        let start = out.count
        out.append(literal: "<w:pPr>")
        let empty = out.count
        if let style { out.append(literal: "<w:pStyle w:val=\""); out.append(style); out.append(literal: "\"/>") }
        if keepNext { out.append(literal: "<w:keepNext/>") }
        if keepLines { out.append(literal: "<w:keepLines/>") }
        if pageBreakBefore { out.append(literal: "<w:pageBreakBefore/>") }
        if let widowControl { widowControl ? out.append(literal: "<w:widowControl/>") : out.append(literal: "<w:widowControl w:val=\"0\"/>") }
        if let numbering {
            out.append(literal: "<w:numPr><w:ilvl w:val=\""); out.append(numbering.level)
            out.append(literal: "\"/><w:numId w:val=\""); out.append(numbering.id); out.append(literal: "\"/></w:numPr>")
        }
        if !tabs.isEmpty {
            out.append(literal: "<w:tabs>")
            for tab in tabs {
                out.append(literal: "<w:tab w:val=\""); out.append(tab.alignment); out.append(literal: "\"")
                if let leader = tab.leader { out.append(literal: " w:leader=\""); out.append(leader); out.append(literal: "\"") }
                out.append(literal: " w:pos=\""); out.append(tab.position); out.append(literal: "\"/>")
            }
            out.append(literal: "</w:tabs>")
        }
        if spacingBefore != nil || spacingAfter != nil || line != nil {
            out.append(literal: "<w:spacing")
            if let spacingBefore { out.append(literal: " w:before=\""); out.append(spacingBefore); out.append(literal: "\"") }
            if let spacingAfter { out.append(literal: " w:after=\""); out.append(spacingAfter); out.append(literal: "\"") }
            if let line { out.append(literal: " w:line=\""); out.append(line); out.append(literal: "\" w:lineRule=\"auto\"") }
            out.append(literal: "/>")
        }
        if indentLeft != nil || indentHanging != nil || indentRight != nil {
            out.append(literal: "<w:ind")
            if let indentLeft { out.append(literal: " w:left=\""); out.append(indentLeft); out.append(literal: "\"") }
            if let indentRight { out.append(literal: " w:right=\""); out.append(indentRight); out.append(literal: "\"") }
            if let indentHanging { out.append(literal: " w:hanging=\""); out.append(indentHanging); out.append(literal: "\"") }
            out.append(literal: "/>")
        }
        if let justification { out.append(literal: "<w:jc w:val=\""); out.append(justification.rawValue); out.append(literal: "\"/>") }
        if let outlineLevel { out.append(literal: "<w:outlineLvl w:val=\""); out.append(outlineLevel); out.append(literal: "\"/>") }
        runProperties.write(into: &out)
        if let section { out += section.xml }
        if out.count == empty {
            out.truncate(to: start)
        } else {
            out.append(literal: "</w:pPr>")
        }
    }
}
