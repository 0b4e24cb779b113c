/// `word/settings.xml` in the schema's sequence: zoom, defaultTabStop,
/// characterSpacingControl, updateFields, compat, themeFontLang. `updateFields` is written
/// only when page numbers were not measured: with them Word would ask to update fields on
/// every opening, and the numbers are already right.
struct Settings {
    var updateFields = false
    var language = "id-ID"

    static let schemaOrder = ["zoom", "defaultTabStop", "characterSpacingControl", "updateFields", "compat", "themeFontLang"]

    var xml: String {
        var out = XMLText.declaration + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        out += "<w:zoom w:percent=\"100\"/>"
        out += "<w:defaultTabStop w:val=\"720\"/>"
        out += "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        if updateFields { out += "<w:updateFields w:val=\"true\"/>" }
        out += "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        out += "<w:themeFontLang w:val=\"\(language)\"/>"
        return out + "</w:settings>"
    }
}

/// A paragraph, character or table style of `word/styles.xml`, children in schema order:
/// name, basedOn, next, uiPriority, semiHidden, qFormat, pPr, rPr, tblPr.
struct StyleDefinition {
    enum Kind: String { case paragraph, character, table }

    var kind: Kind
    var id: String
    var name: String
    var isDefault = false
    var basedOn: String?
    var next: String?
    var uiPriority: Int?
    var semiHidden = false
    var qFormat = false
    /// Inner XML of pPr / rPr / tblPr, already in their own order.
    var paragraph: ParagraphProperties?
    var run: RunProperties?
    var table: String?

    static let schemaOrder = ["name", "basedOn", "next", "uiPriority", "semiHidden", "qFormat", "pPr", "rPr", "tblPr"]

    var xml: String {
        var out = "<w:style w:type=\"\(kind.rawValue)\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { out += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { out += "<w:next w:val=\"\(next)\"/>" }
        if let uiPriority { out += "<w:uiPriority w:val=\"\(uiPriority)\"/>" }
        if semiHidden { out += "<w:semiHidden/>" }
        if qFormat { out += "<w:qFormat/>" }
        if let paragraph { out += paragraph.xml }
        if let run { out += run.xml }
        if let table { out += table }
        return out + "</w:style>"
    }
}
