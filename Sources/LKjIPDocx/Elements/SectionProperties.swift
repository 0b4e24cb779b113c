/// `w:sectPr`: header and footer references first, then type, pgSz, pgMar, pgNumType,
/// cols, titlePg, docGrid, in the schema's sequence.
struct SectionProperties: Equatable {
    var headers: [(type: String, id: String)] = []
    var footers: [(type: String, id: String)] = []
    var nextPage = true
    /// Twips.
    var pageWidth: Int
    var pageHeight: Int
    var landscape = false
    var marginTop: Int
    var marginRight: Int
    var marginBottom: Int
    var marginLeft: Int
    var headerDistance = 709
    var footerDistance = 709
    /// "lowerRoman" / "decimal"; nil writes no pgNumType.
    var pageNumberFormat: String?
    var restartNumbering = false
    /// The first page has its own header and footer (`w:titlePg`).
    var titlePage = false

    static let schemaOrder = ["headerReference", "footerReference", "type", "pgSz", "pgMar", "pgNumType", "cols", "titlePg", "docGrid"]

    static func == (lhs: SectionProperties, rhs: SectionProperties) -> Bool { lhs.xml == rhs.xml }

    var xml: String {
        var out = "<w:sectPr>"
        for header in headers { out += "<w:headerReference w:type=\"\(header.type)\" r:id=\"\(header.id)\"/>" }
        for footer in footers { out += "<w:footerReference w:type=\"\(footer.type)\" r:id=\"\(footer.id)\"/>" }
        if nextPage { out += "<w:type w:val=\"nextPage\"/>" }
        out += "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"\(landscape ? " w:orient=\"landscape\"" : "")/>"
        out += "<w:pgMar w:top=\"\(marginTop)\" w:right=\"\(marginRight)\" w:bottom=\"\(marginBottom)\" w:left=\"\(marginLeft)\" w:header=\"\(headerDistance)\" w:footer=\"\(footerDistance)\" w:gutter=\"0\"/>"
        if let pageNumberFormat { out += "<w:pgNumType w:fmt=\"\(pageNumberFormat)\"\(restartNumbering ? " w:start=\"1\"" : "")/>" }
        out += "<w:cols w:space=\"708\"/>"
        if titlePage { out += "<w:titlePg/>" }
        out += "<w:docGrid w:linePitch=\"360\"/>"
        return out + "</w:sectPr>"
    }
}
