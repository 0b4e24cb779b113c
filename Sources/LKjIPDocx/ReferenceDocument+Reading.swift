import Foundation
import LKjIPDocument
import ZIPFoundation

extension ReferenceDocument {
    /// Reads what lkjip takes from an office's .docx: `word/styles.xml` (merged with lkjip's
    /// styles by id), the page size and margins of its last section, and the default page
    /// header with its relationships and pictures.
    public static func read(_ data: Data) throws -> ReferenceDocument {
        guard data.count <= 32 * 1024 * 1024 else { throw DocxError.reference("the file is larger than 32 MiB") }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw DocxError.reference("not a .docx (zip) file") }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= 16 * 1024 * 1024 else { throw DocxError.reference("\(path) is too large") }
            var result = Data()
            _ = try archive.extract(entry, skipCRC32: false) { result.append($0) }
            return result
        }
        func text(_ path: String) throws -> String? { try part(path).map { String(decoding: $0, as: UTF8.self) } }
        guard let document = try text("word/document.xml") else { throw DocxError.reference("word/document.xml is missing: not a Word document") }
        guard let styles = try text("word/styles.xml"), styles.contains("<w:styles") else { throw DocxError.reference("word/styles.xml is missing") }
        let relationships = try text("word/_rels/document.xml.rels") ?? ""
        let lastSection = Self.lastMatch("<w:sectPr[\\s\\S]*?</w:sectPr>", in: document) ?? ""
        var page: PageSetup?
        if let size = Self.lastMatch("<w:pgSz[^>]*/>", in: lastSection), let margins = Self.lastMatch("<w:pgMar[^>]*/>", in: lastSection),
           var width = Self.attribute("w:w", in: size), var height = Self.attribute("w:h", in: size),
           let top = Self.attribute("w:top", in: margins), let bottom = Self.attribute("w:bottom", in: margins),
           let left = Self.attribute("w:left", in: margins), let right = Self.attribute("w:right", in: margins) {
            if width > height { swap(&width, &height) }
            page = PageSetup(width: width / 20, height: height / 20, top: top / 20, bottom: bottom / 20, left: left / 20, right: right / 20)
        }
        var headers: [Header] = []
        var media: [(String, Data)] = []
        // Every page header of the last section, with its type (default, first, even).
        for (number, reference) in Self.allMatches("<w:headerReference[^>]*/>", in: lastSection).enumerated() {
            guard let id = Self.stringAttribute("r:id", in: reference),
                  let relationship = Self.firstMatch("<Relationship[^>]*Id=\"\(NSRegularExpression.escapedPattern(for: id))\"[^>]*/>", in: relationships),
                  let target = Self.stringAttribute("Target", in: relationship), !target.contains(".."), !target.hasPrefix("/"),
                  let header = try text("word/\(target)") else { continue }
            var headerRelationships = try text("word/_rels/\(target).rels")
            if let rels = headerRelationships {
                var rewritten = rels
                for item in Self.allMatches("<Relationship[^>]*/>", in: rels) where item.contains("/image\"") {
                    guard let mediaTarget = Self.stringAttribute("Target", in: item), !mediaTarget.contains(".."), !mediaTarget.hasPrefix("/"),
                          let bytes = try part("word/\(mediaTarget)") else { continue }
                    let renamed = "media/kop-" + (mediaTarget as NSString).lastPathComponent
                    if !media.contains(where: { $0.0 == renamed }) { media.append((renamed, bytes)) }
                    rewritten = rewritten.replacingOccurrences(of: "Target=\"\(mediaTarget)\"", with: "Target=\"\(renamed)\"")
                }
                headerRelationships = rewritten
            }
            let type = Self.stringAttribute("w:type", in: reference) ?? "default"
            let suffix = number == 0 ? "" : "\(number + 1)"
            headers.append(Header(id: "rIdHeaderKop\(suffix)", target: "header-kop\(suffix).xml", xml: header, relationships: headerRelationships, type: type))
        }
        let titlePage = Self.firstMatch("<w:titlePg(?:\\s+w:val=\"(?:1|true|on)\")?\\s*/>", in: lastSection) != nil
        let theme = try text("word/theme/theme1.xml")
        var fonts: [String] = []
        if let defaults = Self.firstMatch("<w:rPrDefault>[\\s\\S]*?</w:rPrDefault>", in: styles), let fontsTag = Self.firstMatch("<w:rFonts[^>]*/>", in: defaults),
           let ascii = Self.stringAttribute("w:ascii", in: fontsTag) {
            fonts.append(ascii)
        }
        return ReferenceDocument(stylesXML: styles, page: page, headers: headers, media: media, fonts: fonts, titlePage: titlePage, themeXML: theme)
    }

    static func allMatches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? { allMatches(pattern, in: text).first }
    static func lastMatch(_ pattern: String, in text: String) -> String? { allMatches(pattern, in: text).last }

    static func stringAttribute(_ name: String, in tag: String) -> String? {
        firstMatch("\(NSRegularExpression.escapedPattern(for: name))=\"[^\"]*\"", in: tag).map { String($0.dropFirst(name.count + 2).dropLast()) }
    }

    static func attribute(_ name: String, in tag: String) -> Double? {
        stringAttribute(name, in: tag).flatMap(Double.init)
    }
}
