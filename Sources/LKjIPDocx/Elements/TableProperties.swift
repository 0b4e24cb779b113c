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
        guard cantSplit || header || minimumHeight != nil else { return "" }
        return "<w:trPr>" + (cantSplit ? "<w:cantSplit/>" : "") + (minimumHeight.map { "<w:trHeight w:val=\"\($0)\" w:hRule=\"atLeast\"/>" } ?? "") + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
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
        var out = "<w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if gridSpan > 1 { out += "<w:gridSpan w:val=\"\(gridSpan)\"/>" }
        switch verticalMerge {
        case .restart?: out += "<w:vMerge w:val=\"restart\"/>"
        case .continuation?: out += "<w:vMerge/>"
        case nil: break
        }
        if let shading { out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shading)\"/>" }
        if noWrap { out += "<w:noWrap/>" }
        if let verticalAlignment { out += "<w:vAlign w:val=\"\(verticalAlignment)\"/>" }
        return out + "</w:tcPr>"
    }
}
