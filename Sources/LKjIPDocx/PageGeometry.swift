import LKjIPDocument

/// A4 with the margins used in Indonesian government documents (4 cm top and left,
/// 3 cm bottom and right), in twentieths of a point.
enum PageGeometry {
    static let shortSide = 11906
    static let longSide = 16838
    static let top = 2268, left = 2268, bottom = 1701, right = 1701
    static let header = 709, footer = 709

    static func textWidth(_ orientation: Orientation) -> Int {
        (orientation == .portrait ? shortSide : longSide) - left - right
    }

    static func sectionProperties(_ section: Section) -> String {
        let (width, height) = section.orientation == .portrait ? (shortSide, longSide) : (longSide, shortSide)
        var xml = "<w:sectPr>"
        if section.pageNumbering != .none {
            xml += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"
        }
        xml += "<w:type w:val=\"nextPage\"/>"
        xml += "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(section.orientation == .landscape ? " w:orient=\"landscape\"" : "")/>"
        xml += "<w:pgMar w:top=\"\(top)\" w:right=\"\(right)\" w:bottom=\"\(bottom)\" w:left=\"\(left)\" w:header=\"\(header)\" w:footer=\"\(footer)\" w:gutter=\"0\"/>"
        switch section.pageNumbering {
        case .lowerRoman: xml += "<w:pgNumType w:fmt=\"lowerRoman\"\(section.restartNumbering ? " w:start=\"1\"" : "")/>"
        case .decimal: xml += "<w:pgNumType w:fmt=\"decimal\"\(section.restartNumbering ? " w:start=\"1\"" : "")/>"
        case .none: break
        }
        xml += "</w:sectPr>"
        return xml
    }
}
