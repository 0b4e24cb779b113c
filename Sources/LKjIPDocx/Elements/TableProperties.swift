/// `w:tblPr` in schema order: tblStyle, tblW, jc, tblInd, tblBorders, shd, tblLayout,
/// tblCellMar, tblLook. (`tblBorders` after `tblW`: the order openxml-audit enforces.)
struct TableProperties: Equatable {
    var style: String?
    /// Twips.
    var width: Int?
    var justification: String?
    var indent: Int?
    /// false writes every border as `nil` (layout tables).
    var borders: Bool?
    var fixedLayout = true
    /// Left and right cell margins in twips.
    var cellMarginLeftRight: Int?
    var look = true

    static let schemaOrder = ["tblStyle", "tblW", "jc", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]

    var xml: String {
        var out = "<w:tblPr>"
        if let style { out += "<w:tblStyle w:val=\"\(style)\"/>" }
        if let width { out += "<w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>" }
        if let justification { out += "<w:jc w:val=\"\(justification)\"/>" }
        if let indent { out += "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" }
        if borders == false {
            out += "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
        }
        if fixedLayout { out += "<w:tblLayout w:type=\"fixed\"/>" }
        if let margin = cellMarginLeftRight {
            out += "<w:tblCellMar><w:left w:w=\"\(margin)\" w:type=\"dxa\"/><w:right w:w=\"\(margin)\" w:type=\"dxa\"/></w:tblCellMar>"
        }
        if look { out += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>" }
        return out + "</w:tblPr>"
    }
}

/// `w:trPr`: a choice group in the schema (any order); written cantSplit, trHeight, tblHeader.
struct TableRowProperties: Equatable {
    var cantSplit = false
    var header = false
    /// Least row height in twips (`w:hRule="atLeast"`).
    var minimumHeight: Int?

    static let schemaOrder = ["cantSplit", "trHeight", "tblHeader"]

    var xml: String {
        var buffer = XMLBuffer()
        write(into: &buffer)
        return buffer.string
    }

    func write(into out: inout XMLBuffer) {
        guard cantSplit || header || minimumHeight != nil else { return }
        out.append(literal: "<w:trPr>")
        if cantSplit { out.append(literal: "<w:cantSplit/>") }
        if let minimumHeight { out.append(literal: "<w:trHeight w:val=\""); out.append(minimumHeight); out.append(literal: "\" w:hRule=\"atLeast\"/>") }
        if header { out.append(literal: "<w:tblHeader/>") }
        out.append(literal: "</w:trPr>")
    }
}

/// `w:tcPr` in schema order: tcW, gridSpan, vMerge, tcBorders, shd, noWrap, tcMar, vAlign.
struct TableCellProperties: Equatable {
    enum Merge: Equatable { case restart, continuation }

    /// Twips.
    var width: Int
    var gridSpan = 1
    var verticalMerge: Merge?
    var shading: String?
    var noWrap = false
    var verticalAlignment: String?

    static let schemaOrder = ["tcW", "gridSpan", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "vAlign"]

    var xml: String {
        var buffer = XMLBuffer()
        write(into: &buffer)
        return buffer.string
    }

    func write(into out: inout XMLBuffer) {
        out.append(literal: "<w:tcPr><w:tcW w:w=\""); out.append(width); out.append(literal: "\" w:type=\"dxa\"/>")
        if gridSpan > 1 { out.append(literal: "<w:gridSpan w:val=\""); out.append(gridSpan); out.append(literal: "\"/>") }
        switch verticalMerge {
        case .restart?: out.append(literal: "<w:vMerge w:val=\"restart\"/>")
        case .continuation?: out.append(literal: "<w:vMerge/>")
        case nil: break
        }
        if let shading { out.append(literal: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""); out.append(shading); out.append(literal: "\"/>") }
        if noWrap { out.append(literal: "<w:noWrap/>") }
        if let verticalAlignment { out.append(literal: "<w:vAlign w:val=\""); out.append(verticalAlignment); out.append(literal: "\"/>") }
        out.append(literal: "</w:tcPr>")
    }
}
