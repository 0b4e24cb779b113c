import LKjIPDocument

/// `word/styles.xml`: real named styles, so users restyle the report in Word in one place and
/// headings carry outline levels for the navigation pane and the TOC field.
enum StylesPart {
    static func styleId(_ style: ParagraphStyle) -> String {
        switch style {
        case .body: return "Normal"
        case .title: return "Title"
        case .subtitle: return "Subtitle"
        case .caption: return "Caption"
        case .tableText: return "TableText"
        case .small: return "Small"
        }
    }

    static func paragraphStyle(_ id: String, name: String, basedOn: String? = "Normal", pPr: String = "", rPr: String = "", next: String? = nil, qFormat: Bool = true) -> String {
        var xml = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { xml += "<w:next w:val=\"\(next)\"/>" }
        if qFormat { xml += "<w:qFormat/>" }
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        return xml + "</w:style>"
    }

    static var xml: String {
        var styles = ""
        styles += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
        let headingSizes = [28, 24, 22, 22]
        for level in 1...4 {
            styles += paragraphStyle("Heading\(level)", name: "heading \(level)", pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 0 : 240)\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"\(level - 1)\"/>", rPr: "<w:b/><w:sz w:val=\"\(headingSizes[level - 1])\"/>", next: "Normal")
        }
        styles += paragraphStyle("HeadingNoToc", name: "Heading (not in TOC)", pPr: "<w:keepNext/><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>", rPr: "<w:b/><w:sz w:val=\"28\"/>", next: "Normal")
        styles += paragraphStyle("Title", name: "Title", pPr: "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>", rPr: "<w:b/><w:sz w:val=\"32\"/>")
        styles += paragraphStyle("Subtitle", name: "Subtitle", pPr: "<w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>", rPr: "<w:b/><w:sz w:val=\"26\"/>")
        styles += paragraphStyle("Caption", name: "caption", pPr: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/>", rPr: "<w:b/><w:sz w:val=\"20\"/>")
        styles += paragraphStyle("TableText", name: "Table Text", pPr: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", rPr: "<w:sz w:val=\"20\"/>")
        styles += paragraphStyle("Small", name: "Small", pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>", rPr: "<w:sz w:val=\"16\"/>")
        for level in 1...3 {
            styles += paragraphStyle("TOC\(level)", name: "toc \(level)", pPr: "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"7930\"/></w:tabs><w:spacing w:after=\"60\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:left=\"\((level - 1) * 440)\"/><w:jc w:val=\"left\"/>", next: "Normal", qFormat: false)
        }
        styles += "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr></w:style>"
        styles += "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/></w:pPr></w:style>"
        styles += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
        styles += "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"000000\"/></w:rPr></w:style>"
        styles += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        styles += "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr></w:style>"
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\(styles)</w:styles>
        """
    }
}
