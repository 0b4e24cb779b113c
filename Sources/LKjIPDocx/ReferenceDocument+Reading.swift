import Foundation
import LKjIPDocument
import LKjIPPackage

extension ReferenceDocument {
    /// The largest reference file read, and what its parts may inflate to in all and each.
    static let maximumFileBytes = 32 * 1024 * 1024
    /// The largest reference file lkjip reads, in bytes.
    public static var maximumFileSize: Int { maximumFileBytes }
    static let maximumUnpackedBytes = 64 * 1024 * 1024
    static let maximumPartBytes = 16 * 1024 * 1024

    /// Reads what lkjip takes from an office's .docx, dropping warnings. See
    /// `read(_:warning:)`.
    public static func read(_ data: Data) throws -> ReferenceDocument {
        try read(data, warning: { _ in })
    }

    /// Reads what lkjip takes from an office's .docx: `word/styles.xml` (merged with lkjip's
    /// styles by id), the page size and margins of its last section, and the default page
    /// header with its pictures.
    ///
    /// The file is untrusted, so it goes through LKjIPPackage's reading path: lkjip's own zip
    /// reader (limits on the bytes actually inflated, damage is an error, never a trap), and
    /// libxml2 without DTDs or entities for every XML part. The parts lkjip copies (styles,
    /// header) are parsed as trees and written back as UTF-8, so the output is well-formed
    /// whatever the input was. The header keeps only its PNG and JPEG pictures: a
    /// relationship to an outside target (`file:///…`, a UNC path, a web address) or to any
    /// other part is dropped with a `warning`, and so are attributes and field instructions
    /// that would make Word or LibreOffice fetch a file. Every failure is one line:
    /// `DocxError.reference`.
    public static func read(_ data: Data, warning: (String) -> Void) throws -> ReferenceDocument {
        guard data.count <= maximumFileBytes else { throw DocxError.reference("the file is larger than \(PackageError.size(maximumFileBytes))") }
        let package: PackageReader
        do {
            package = try PackageReader(data: data, limit: maximumUnpackedBytes, partLimit: maximumPartBytes)
        } catch let error as PackageError {
            throw failure(error)
        }
        func part(_ path: String) throws -> Data? {
            do { return try package.read(path) } catch let error as PackageError { throw failure(error) }
        }
        func parse(_ bytes: Data, _ path: String, _ handler: XMLEventHandler) throws {
            do { try XMLEventParser.parse(bytes, part: path, handler: handler) } catch let error as XMLPartError { throw failure(error) }
        }
        func tree(_ bytes: Data, _ path: String) throws -> XMLPartDocument {
            do { return try XMLPartDocument.parse(bytes, part: path) } catch let error as XMLPartError { throw failure(error) }
        }

        guard let documentData = try part("word/document.xml") else { throw DocxError.reference("word/document.xml is missing: not a Word document") }
        let section = SectionReader()
        try parse(documentData, "word/document.xml", section)

        guard let stylesData = try part("word/styles.xml") else { throw DocxError.reference("word/styles.xml is missing") }
        let styles = try tree(stylesData, "word/styles.xml")
        guard styles.root.name == "styles" else { throw DocxError.reference("word/styles.xml is a <\(Self.shown(styles.root.name))>, not a style sheet") }
        let defaults = FontReader()
        try parse(stylesData, "word/styles.xml", defaults)

        var page: PageSetup?
        if let found = section.last {
            page = found.pageSetup
            if page == nil && (found.size != nil || found.margins != nil) {
                warning("reference document: the page size or margins of its last section cannot be read; lkjip's A4 page is used")
            }
        }

        // Every page header of the last section, with its type (default, first, even), read
        // through the same hardened path.
        var headers: [Header] = []
        var media: [(String, Data)] = []
        let references = section.last?.headerReferences ?? []
        if !references.isEmpty {
            let relationships = RelationshipReader()
            if let rels = try part("word/_rels/document.xml.rels") { try parse(rels, "word/_rels/document.xml.rels", relationships) }
            for (type, reference) in references {
                guard let relationship = relationships.items.first(where: { $0.id == reference }) else { continue }
                if relationship.external {
                    warning("reference document: its page header lies outside the file (\(Self.shown(relationship.target))) and was left out")
                } else if let path = Self.resolve(relationship.target, from: "word/"), let headerData = try part(path) {
                    var header = try Self.header(headerData, path: path, part: part, tree: tree, parse: parse, media: &media, warning: warning)
                    let suffix = headers.isEmpty ? "" : "\(headers.count + 1)"
                    header.id = "rIdHeaderKop\(suffix)"
                    header.target = "header-kop\(suffix).xml"
                    header.type = type
                    headers.append(header)
                }
            }
        }
        // The theme (its fonts name the body font when the styles point at it), parsed and
        // written back like every part lkjip copies.
        let themeData = try part("word/theme/theme1.xml")
        let theme = try themeData.map { try tree($0, "word/theme/theme1.xml").serialized() }
        let themeFonts = ThemeFontReader()
        if let themeData { try parse(themeData, "word/theme/theme1.xml", themeFonts) }
        let font = defaults.resolved(theme: themeFonts)
        return ReferenceDocument(stylesXML: styles.serialized(), page: page, headers: headers, media: media, fonts: font.map { [$0] } ?? [],
                                 titlePage: section.last?.titlePage ?? false, themeXML: theme)
    }

    /// The page header `path`: its pictures kept (renamed `media/kop-N.png`), everything else
    /// its relationships point at dropped with a warning, and nothing left that fetches a file.
    static func header(_ data: Data, path: String, part: (String) throws -> Data?, tree: (Data, String) throws -> XMLPartDocument,
                       parse: (Data, String, XMLEventHandler) throws -> Void, media: inout [(String, Data)], warning: (String) -> Void) throws -> Header {
        let document = try tree(data, path)
        let folder = path.split(separator: "/").dropLast().joined(separator: "/") + "/"
        let relsPath = folder + "_rels/" + (path.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        var kept: [Relationship] = []
        var dropped: Set<String> = []
        if let rels = try part(relsPath) {
            let reader = RelationshipReader()
            try parse(rels, relsPath, reader)
            for item in reader.items {
                let kind = item.type.split(separator: "/").last.map(String.init) ?? ""
                if item.external {
                    warning("reference document: the page header's link to an outside file (\(Self.shown(item.target))) was dropped")
                    dropped.insert(item.id)
                    continue
                }
                guard kind == "image", let target = Self.resolve(item.target, from: folder), let bytes = try part(target),
                      let ext = Self.pictureExtension(bytes) else {
                    warning("reference document: the page header's \(kind.isEmpty ? "part" : Self.shown(kind)) \(Self.shown(item.target)) is not a PNG or JPEG picture in the file and was left out")
                    dropped.insert(item.id)
                    continue
                }
                let renamed = "media/kop-\(media.count + 1).\(ext)"
                media.append((renamed, bytes))
                kept.append(Relationship(id: item.id, type: item.type, target: renamed, external: false))
            }
        }
        document.removeAttributes { namespace, _, value in
            namespace.map(relationshipNamespaces.contains) == true && dropped.contains(value)
        }
        let addresses = document.removeAttributes { _, _, value in Self.fetchesAFile(value) }
        var fields = 0
        for (element, namespace) in [("instrText", wordNamespace), ("instrText", strictWordNamespace)] {
            fields += document.clearText(ofElementsNamed: element, namespace: namespace, where: Self.includesAFile)
        }
        fields += document.removeAttributes { namespace, name, value in
            name == "instr" && (namespace == wordNamespace || namespace == strictWordNamespace) && Self.includesAFile(value)
        }
        if fields > 0 { warning("reference document: \(fields) field\(fields == 1 ? "" : "s") of the page header that would include an outside file \(fields == 1 ? "was" : "were") emptied") }
        if addresses > 0 { warning("reference document: \(addresses) address\(addresses == 1 ? "" : "es") of outside files in the page header \(addresses == 1 ? "was" : "were") removed") }
        let rels = kept.isEmpty && dropped.isEmpty ? nil : Self.relationshipsXML(kept)
        return Header(id: "rIdHeaderKop", target: "header-kop.xml", xml: document.serialized(), relationships: rels)
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let relationshipNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    /// An attribute value that is an address Word or LibreOffice would open by itself (a VML
    /// picture's `src`, an `o:href`): any scheme or a UNC path.
    static func fetchesAFile(_ value: String) -> Bool {
        let text = value.drop { $0 == " " || $0 == "\t" }.lowercased()
        return text.hasPrefix("\\\\") || text.hasPrefix("//") || ["file:", "http:", "https:", "ftp:", "smb:", "nfs:", "webdav:", "dav:", "vnd.sun.star.", "mailto:"].contains { text.hasPrefix($0) }
    }

    /// A field that pulls content from elsewhere when it is updated.
    static func includesAFile(_ instruction: String) -> Bool {
        let words = instruction.uppercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        return words.contains { ["INCLUDEPICTURE", "INCLUDETEXT", "LINK", "DDE", "DDEAUTO", "IMPORT", "HYPERLINK"].contains(String($0)) }
    }

    /// `png` or `jpeg` from the first bytes, or nil for anything else.
    static func pictureExtension(_ bytes: Data) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpeg" }
        return nil
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
        var external: Bool
    }

    static func relationshipsXML(_ items: [Relationship]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for item in items {
            xml += "<Relationship Id=\"\(escaped(item.id))\" Type=\"\(escaped(item.type))\" Target=\"\(escaped(item.target))\"/>"
        }
        return xml + "</Relationships>"
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                if scalar.value < 0x20 { result += "&#\(scalar.value);" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A relationship target as a part name (`PartName`, the one rule of every package reader).
    static func resolve(_ target: String, from base: String) -> String? { PartName.resolve(target, from: base) }

    /// At most one line of 80 characters of text from the file, control characters escaped.
    static func shown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(80) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > 80 ? result + "…" : result
    }

    static func failure(_ error: PackageError) -> DocxError {
        switch error.reason {
        case .notZip, .compoundFile: return .reference("not a .docx file (not a zip archive); save it from Word as \"Word Document (.docx)\"")
        case .noDirectory: return .reference("not a .docx file: it starts like a zip archive but has no zip directory; the file is damaged or incomplete")
        case .tooLarge(let limit): return .reference("\(error.part.map { "\(shown($0)) " } ?? "the file ")unpacks to more than \(PackageError.size(limit))")
        case .damaged(let reason): return .reference("the file is damaged: \(shown(reason))")
        case .encrypted: return .reference("\(shown(error.part ?? "a part")) is encrypted; save the document without a password")
        case .unsupportedMethod(let method): return .reference("\(shown(error.part ?? "a part")) uses zip compression method \(method); save the document again from Word")
        case .outsidePath: return .reference("the zip entry \"\(shown(error.part ?? ""))\" points outside the package; the file was refused")
        case .duplicate: return .reference("the file holds \"\(shown(error.part ?? ""))\" twice; it is damaged")
        }
    }

    static func failure(_ error: XMLPartError) -> DocxError {
        .reference("\(shown(error.part)) \(error.message)")
    }

    /// The properties of the document's sections; `last` is the final one (the body's own),
    /// which is the one whose page lkjip takes. A `sectPr` inside `sectPrChange` (a tracked
    /// change's old properties) is not a section.
    final class SectionReader: XMLEventHandler {
        struct Section {
            var size: [String: String]?
            var margins: [String: String]?
            /// Header type ("default", "first", "even") and relationship id, in document order.
            var headerReferences: [(type: String, id: String)] = []
            /// `w:titlePg`: the section's first page has a header of its own.
            var titlePage = false

            var pageSetup: PageSetup? {
                guard let size, let margins,
                      var width = SectionReader.twips(size["w"]), var height = SectionReader.twips(size["h"]),
                      let top = SectionReader.twips(margins["top"], signed: true), let bottom = SectionReader.twips(margins["bottom"], signed: true),
                      let left = SectionReader.twips(margins["left"]), let right = SectionReader.twips(margins["right"]),
                      width > 0, height > 0 else { return nil }
                if width > height { swap(&width, &height) }
                return PageSetup(width: width / 20, height: height / 20, top: abs(top) / 20, bottom: abs(bottom) / 20, left: left / 20, right: right / 20)
            }
        }

        var last: Section?
        private var current: Section?
        private var depth = 0
        private var changes = 0

        func start(_ name: String, attributes: [String: String]) throws {
            switch name {
            case "sectPrChange": changes += 1
            case "sectPr" where changes == 0:
                depth += 1
                if depth == 1 { current = Section() }
            case "pgSz" where depth == 1 && changes == 0: current?.size = attributes
            case "pgMar" where depth == 1 && changes == 0: current?.margins = attributes
            case "headerReference" where depth == 1 && changes == 0:
                guard let id = attributes["id"] else { return }
                let type = attributes["type"] ?? "default"
                guard ["default", "first", "even"].contains(type), current?.headerReferences.contains(where: { $0.type == type }) == false else { return }
                current?.headerReferences.append((type, id))
            case "titlePg" where depth == 1 && changes == 0:
                current?.titlePage = !["0", "false", "off"].contains(attributes["val"] ?? "true")
            default: break
            }
        }

        func end(_ name: String, text: String) throws {
            switch name {
            case "sectPrChange": changes -= 1
            case "sectPr" where changes == 0:
                depth -= 1
                if depth == 0, let section = current {
                    last = section
                    current = nil
                }
            default: break
            }
        }

        /// A measure in twentieths of a point: whole twips as Word writes them, or a number
        /// with a unit (`21cm`, `8.5in`, `595pt`) as Strict documents may; nil for anything
        /// else or beyond 22 inches (Word's largest page).
        static func twips(_ text: String?, signed: Bool = false) -> Double? {
            guard var text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.count <= 20 else { return nil }
            var factor = 1.0
            for (unit, perUnit) in [("mm", 56.692_913), ("cm", 566.929_13), ("in", 1440.0), ("pt", 20.0), ("pc", 240.0), ("pi", 240.0)] where text.hasSuffix(unit) {
                text.removeLast(2)
                factor = perUnit
                break
            }
            guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }), let number = Double(text), number.isFinite else { return nil }
            let value = number * factor
            guard signed ? abs(value) <= 31_680 : (0...31_680).contains(value) else { return nil }
            return value
        }
    }

    /// The reference's body font: `w:docDefaults/w:rPrDefault/w:rPr/w:rFonts`, else the Normal
    /// style's `w:rFonts`; each either names a font (`w:ascii`) or a theme font
    /// (`w:asciiTheme`, resolved through the theme part).
    final class FontReader: XMLEventHandler {
        struct Fonts { var ascii: String?; var theme: String? }
        var defaults = Fonts()
        var normal = Fonts()
        private var inDefault = 0
        private var inNormal = false
        private var styleDepth = 0

        func start(_ name: String, attributes: [String: String]) throws {
            switch name {
            case "rPrDefault": inDefault += 1
            case "style":
                styleDepth += 1
                inNormal = styleDepth == 1 && attributes["styleId"] == "Normal"
            case "rFonts":
                let fonts = Fonts(ascii: Self.plain(attributes["ascii"]), theme: attributes["asciiTheme"].flatMap { $0.count <= 32 ? $0 : nil })
                if fonts.ascii == nil && fonts.theme == nil { return }
                if inDefault > 0, defaults.ascii == nil && defaults.theme == nil { defaults = fonts; return }
                if inNormal, normal.ascii == nil && normal.theme == nil { normal = fonts }
            default: break
            }
        }

        func end(_ name: String, text: String) throws {
            switch name {
            case "rPrDefault": inDefault -= 1
            case "style":
                styleDepth -= 1
                if styleDepth == 0 { inNormal = false }
            default: break
            }
        }

        /// The first of the defaults and the Normal style that names a font, directly or
        /// through the theme; then the theme's minor (body) font.
        func resolved(theme: ThemeFontReader) -> String? {
            for fonts in [defaults, normal] {
                if let ascii = fonts.ascii { return ascii }
                if let name = fonts.theme, let typeface = name.hasPrefix("major") ? theme.major : theme.minor { return typeface }
            }
            return theme.minor
        }

        /// Only plain font names: the name is written into lkjip's font table as it is.
        static func plain(_ font: String?) -> String? {
            guard let font, !font.isEmpty, font.count <= 64,
                  font.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -_.,()".unicodeScalars.contains($0) }) else { return nil }
            return font
        }
    }

    /// The latin typefaces of the theme's major (heading) and minor (body) fonts.
    final class ThemeFontReader: XMLEventHandler {
        var major: String?
        var minor: String?
        private var scheme: String?

        func start(_ name: String, attributes: [String: String]) throws {
            switch name {
            case "majorFont", "minorFont": scheme = name
            case "latin":
                let typeface = FontReader.plain(attributes["typeface"])
                if scheme == "majorFont", major == nil { major = typeface }
                if scheme == "minorFont", minor == nil { minor = typeface }
            default: break
            }
        }

        func end(_ name: String, text: String) throws {
            if name == "majorFont" || name == "minorFont" { scheme = nil }
        }
    }

    /// The relationships of one part.
    final class RelationshipReader: XMLEventHandler {
        var items: [Relationship] = []

        func start(_ name: String, attributes: [String: String]) throws {
            guard name == "Relationship", let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
            items.append(Relationship(id: id, type: type, target: target, external: attributes["TargetMode"] == "External"))
        }

        func end(_ name: String, text: String) throws {}
    }
}
