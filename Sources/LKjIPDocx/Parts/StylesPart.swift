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

    static func paragraph(_ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil, qFormat: Bool = true, _ configure: (inout ParagraphProperties, inout RunProperties) -> Void) -> StyleDefinition {
        var pPr = ParagraphProperties()
        var rPr = RunProperties()
        configure(&pPr, &rPr)
        return StyleDefinition(kind: .paragraph, id: id, name: name, basedOn: basedOn, next: next, qFormat: qFormat, paragraph: pPr.xml.isEmpty ? nil : pPr, run: rPr.isEmpty ? nil : rPr)
    }

    /// Every style the writer refers to, in the order Word lists them.
    static func definitions(textWidth: Int) -> [StyleDefinition] {
        var styles: [StyleDefinition] = []
        var normal = paragraph("Normal", "Normal", basedOn: nil) { p, _ in
            p.spacingAfter = 120; p.line = 360; p.justification = .both
        }
        normal.isDefault = true
        styles.append(normal)
        let sizes: [Double] = [14, 12, 11, 11, 11]
        for level in 1...Heading.deepest {
            styles.append(paragraph("Heading\(level)", "heading \(level)", next: "Normal") { p, r in
                p.keepNext = true; p.keepLines = true
                p.spacingBefore = level == 1 ? 0 : 240; p.spacingAfter = 120
                p.justification = .left; p.outlineLevel = level - 1
                r.bold = true; r.size = sizes[level - 1]
            })
        }
        styles.append(paragraph("HeadingNoToc", "Heading (not in TOC)", next: "Normal") { p, r in
            p.keepNext = true; p.spacingAfter = 240; p.justification = .center
            r.bold = true; r.size = 14
        })
        styles.append(paragraph("Title", "Title") { p, r in
            p.spacingBefore = 240; p.spacingAfter = 240; p.justification = .center
            r.bold = true; r.size = 16
        })
        styles.append(paragraph("Subtitle", "Subtitle") { p, r in
            p.spacingAfter = 120; p.justification = .center
            r.bold = true; r.size = 13
        })
        styles.append(paragraph("Caption", "caption") { p, r in
            p.spacingBefore = 120; p.spacingAfter = 120; p.line = 240; p.justification = .center
            r.bold = true; r.size = 10
        })
        styles.append(paragraph("TableText", "Table Text") { p, r in
            p.spacingBefore = 20; p.spacingAfter = 20; p.line = 240; p.justification = .left
            r.size = 10
        })
        styles.append(paragraph("Small", "Small") { p, r in
            p.spacingAfter = 0; p.line = 240
            r.size = 8
        })
        for level in 1...3 {
            styles.append(paragraph("TOC\(level)", "toc \(level)", next: "Normal", qFormat: false) { p, _ in
                p.tabs = [ParagraphProperties.Tab(alignment: "right", leader: "dot", position: textWidth - 10)]
                p.spacingAfter = 60; p.line = 276; p.indentLeft = (level - 1) * 440; p.justification = .left
            })
        }
        styles.append(paragraph("Footer", "footer", qFormat: false) { p, _ in
            p.spacingAfter = 0; p.justification = .center
        })
        styles.append(paragraph("ListParagraph", "List Paragraph") { p, _ in
            p.spacingAfter = 60; p.indentLeft = 720
        })
        styles.append(StyleDefinition(kind: .character, id: "DefaultParagraphFont", name: "Default Paragraph Font", isDefault: true, uiPriority: 1, semiHidden: true))
        styles.append(StyleDefinition(kind: .character, id: "Hyperlink", name: "Hyperlink", run: RunProperties(color: "000000")))
        styles.append(StyleDefinition(kind: .table, id: "TableNormal", name: "Normal Table", isDefault: true, semiHidden: true,
                                      table: "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"))
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        styles.append(StyleDefinition(kind: .table, id: "TableGrid", name: "Table Grid", basedOn: "TableNormal",
                                      table: "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr>"))
        return styles
    }

    static func xml(textWidth: Int, font: String = "Arial") -> String {
        var out = XMLText.declaration + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        out += "<w:docDefaults><w:rPrDefault>\(RunProperties(font: font, size: 11, language: "id-ID").xml)</w:rPrDefault>"
        out += "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        for style in definitions(textWidth: textWidth) { out += style.xml }
        return out + "</w:styles>"
    }
}
