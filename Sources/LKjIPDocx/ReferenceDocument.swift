import Foundation
import LKjIPDocument

/// An office's own .docx whose look lkjip's content is poured into (`--reference-doc`, as in
/// pandoc): its styles and fonts, its page size and margins, and its page header (the kop).
public struct ReferenceDocument: Sendable {
    public struct Header: Sendable {
        var id: String
        var target: String
        var xml: String
        var relationships: String?
    }

    var stylesXML: String
    public var page: PageSetup?
    var headers: [Header]
    var media: [(path: String, data: Data)]
    var fonts: [String]

    /// The reference's styles, with lkjip's styles added where the reference lacks them.
    func styles(merging definitions: [StyleDefinition]) -> String {
        var xml = stylesXML
        guard let end = xml.range(of: "</w:styles>", options: .backwards) else { return xml }
        var missing = ""
        for style in definitions where !xml.contains("w:styleId=\"\(style.id)\"") {
            missing += style.xml
        }
        xml.replaceSubrange(end, with: missing + "</w:styles>")
        return xml
    }
}
