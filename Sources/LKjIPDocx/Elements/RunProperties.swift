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
        var buffer = XMLBuffer()
        write(into: &buffer)
        return buffer.string
    }

    /// `xml`, appended to `out`.
    func write(into out: inout XMLBuffer) {
        guard !isEmpty else { return }
        out.append(literal: "<w:rPr>")
        if let style { out.append(literal: "<w:rStyle w:val=\""); out.append(style); out.append(literal: "\"/>") }
        if let font {
            out.append(literal: "<w:rFonts w:ascii=\""); out.append(font); out.append(literal: "\" w:hAnsi=\""); out.append(font)
            out.append(literal: "\" w:eastAsia=\""); out.append(font); out.append(literal: "\" w:cs=\""); out.append(font); out.append(literal: "\"/>")
        }
        if bold { out.append(literal: "<w:b/><w:bCs/>") }
        if italic { out.append(literal: "<w:i/><w:iCs/>") }
        if let color { out.append(literal: "<w:color w:val=\""); out.append(color); out.append(literal: "\"/>") }
        if let size {
            let half = Units.halfPoints(size)
            out.append(literal: "<w:sz w:val=\""); out.append(half); out.append(literal: "\"/><w:szCs w:val=\""); out.append(half); out.append(literal: "\"/>")
        }
        if underline { out.append(literal: "<w:u w:val=\"single\"/>") }
        if let language { out.append(literal: "<w:lang w:val=\""); out.append(language); out.append(literal: "\"/>") }
        out.append(literal: "</w:rPr>")
    }
}
