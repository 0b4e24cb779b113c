import Foundation
import LKjIPDocument

/// An office's own .docx whose look lkjip's content is poured into (`--reference-doc`, as in
/// pandoc): its styles and fonts (named, or given through its theme), its page size and
/// margins, and its page headers (the kop) with their rules: a first page of its own, none
/// on the cover.
public struct ReferenceDocument: Sendable {
    public struct Header: Sendable {
        var id: String
        var target: String
        var xml: String
        var relationships: String?
        /// "default", "first" or "even", as the reference's section refers to it.
        var type: String = "default"
    }

    var stylesXML: String
    public var page: PageSetup?
    var headers: [Header]
    var media: [(path: String, data: Data)]
    var fonts: [String]
    /// The reference's section has a first page of its own (`w:titlePg`).
    var titlePage = false
    /// `word/theme/theme1.xml` of the reference: its theme fonts and colours are kept.
    var themeXML: String?

    /// The reference's styles, with lkjip's styles added where the reference lacks them, and
    /// repaired: a style based on, followed by or linked to a style the part does not define
    /// (pandoc's reference.docx bases "Table" on a missing "TableNormal") loses that reference,
    /// which Word would otherwise report when it opens the file.
    func styles(merging definitions: [StyleDefinition]) -> String {
        var xml = stylesXML
        guard let end = xml.range(of: "</w:styles>", options: .backwards) else { return xml }
        var missing = ""
        for style in definitions where !xml.contains("w:styleId=\"\(style.id)\"") {
            missing += style.xml
        }
        xml.replaceSubrange(end, with: missing + "</w:styles>")
        return Self.withoutDanglingStyleReferences(xml)
    }

    static func withoutDanglingStyleReferences(_ xml: String) -> String {
        guard let idPattern = try? NSRegularExpression(pattern: "w:styleId=\"([^\"]*)\""),
              let referencePattern = try? NSRegularExpression(pattern: "<w:(?:basedOn|next|link) w:val=\"([^\"]*)\"\\s*/>") else { return xml }
        let ns = xml as NSString
        let defined = Set(idPattern.matches(in: xml, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) })
        var result = xml
        for match in referencePattern.matches(in: xml, range: NSRange(location: 0, length: ns.length)).reversed() where !defined.contains(ns.substring(with: match.range(at: 1))) {
            result = (result as NSString).replacingCharacters(in: match.range, with: "")
        }
        return result
    }

    /// The font the body text is set in, resolved when the file was read
    /// (`ReferenceDocument.FontReader`): the default run font of the styles (`w:ascii`), or the
    /// theme font it names (`w:asciiTheme="minorHAnsi"` and the like), or the Normal style's;
    /// with none at all, Word's own default, Times New Roman.
    public var font: String {
        if let named = fonts.first, !named.isEmpty { return named }
        return "Times New Roman"
    }

    /// The header's XML with its drawing ids moved above the body's: a kop picture carries
    /// `wp:docPr id="1"` like the first drawing of the body, and ids must be unique in the
    /// package. Each header gets its own range (10000, 20000, …).
    func renumbered(_ header: Header, index: Int) -> String {
        guard let regex = try? NSRegularExpression(pattern: "(<(?:wp:docPr|pic:cNvPr)\\s[^>]*?\\bid=\")(\\d+)(\")") else { return header.xml }
        var xml = header.xml
        let ns = xml as NSString
        for match in regex.matches(in: xml, range: NSRange(location: 0, length: ns.length)).reversed() {
            let old = Int(ns.substring(with: match.range(at: 2))) ?? 0
            let replacement = ns.substring(with: match.range(at: 1)) + String(10000 * (index + 1) + old) + ns.substring(with: match.range(at: 3))
            xml = (xml as NSString).replacingCharacters(in: match.range, with: replacement)
        }
        return xml
    }

    /// The header ids a section refers to, by type: the cover none at all (an empty header,
    /// so nothing is inherited); the first section after it the reference's first-page header
    /// on its first page when the reference has one; every page the reference's default header
    /// (empty when it has none).
    func sectionHeaders(cover: Bool, firstBody: Bool) -> (headers: [(type: String, id: String)], titlePage: Bool) {
        guard !headers.isEmpty else { return ([], false) }
        if cover { return ([("default", DocxOptions.emptyHeaderId)], false) }
        let main = headers.first { $0.type == "default" }?.id ?? DocxOptions.emptyHeaderId
        var result: [(type: String, id: String)] = [("default", main)]
        if firstBody, titlePage, let first = headers.first(where: { $0.type == "first" }) {
            result.append(("first", first.id))
            return (result, true)
        }
        return (result, false)
    }
}
