/// `w:rPr`. Written as the strict sequence the Open XML SDK (and Word) validate: rStyle,
/// rFonts, b, bCs, i, iCs, ..., color, ..., sz, szCs, ..., u, ..., lang. The order is fixed
/// by `xml`, field by field, so no caller can put a child out of place.
struct RunProperties: Equatable {
    var style: String?
    var font: String?
    var bold = false
    var italic = false
    var color: String?
    /// Points.
    var size: Double?
    var underline = false
    var language: String?

    /// Schema order of the children this type can write (ISO 29500 / Open XML SDK).
    static let schemaOrder = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u", "lang"]

    var isEmpty: Bool { self == RunProperties() }

    var xml: String {
        guard !isEmpty else { return "" }
        var out = "<w:rPr>"
        if let style { out += "<w:rStyle w:val=\"\(style)\"/>" }
        if let font { out += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>" }
        if bold { out += "<w:b/><w:bCs/>" }
        if italic { out += "<w:i/><w:iCs/>" }
        if let color { out += "<w:color w:val=\"\(color)\"/>" }
        if let size { out += "<w:sz w:val=\"\(Units.halfPoints(size))\"/><w:szCs w:val=\"\(Units.halfPoints(size))\"/>" }
        if underline { out += "<w:u w:val=\"single\"/>" }
        if let language { out += "<w:lang w:val=\"\(language)\"/>" }
        return out + "</w:rPr>"
    }
}
