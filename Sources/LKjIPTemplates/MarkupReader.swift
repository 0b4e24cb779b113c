import CLibXML2
import Foundation
import LKjIPDocument

/// Reads what a chapter template rendered (the vocabulary of templates/README.md) into the
/// document model. Computed structures arrive as typed blocks through `<insert ref>`; the
/// markup itself only carries the template's wording and placement. Everything a template
/// can get wrong is reported with the template's file and line.
public struct MarkupReader {
    /// Rendered chapters beyond this size are refused rather than parsed.
    public static let maximumSize = 64 * 1024 * 1024

    let template: String
    let registry: BlockRegistry
    let assets: ImageLoader
    let images: [String: Image]
    let position: Position

    /// The template line of the element being read, from the line markers.
    final class Position {
        var template: String
        var line: Int?
        init(template: String) { self.template = template }
    }

    /// `images`: pictures of the data, by the path Markdown names them with.
    public init(template: String, registry: BlockRegistry, assets: [URL], images: [String: Image] = [:]) {
        self.template = template
        self.registry = registry
        self.assets = ImageLoader(searchPaths: assets)
        self.images = images
        self.position = Position(template: template)
    }

    static let attributes: [String: Set<String>] = [
        "chapter": [], "section": ["orientation", "numbering", "restart"],
        "h1": ["id", "toc", "align", "chapter"], "h2": ["id", "toc", "align", "number"], "h3": ["id", "toc", "align", "number"],
        "h4": ["id", "toc", "align", "number"], "h5": ["id", "toc", "align", "number"],
        "p": ["align", "style", "keep"], "b": [], "i": [], "u": [], "br": [],
        "ul": ["type", "continue"], "ol": ["type", "start", "continue"], "li": [],
        "table": ["widths", "header", "borders", "caption"], "tr": [],
        "td": ["rowspan", "colspan", "shade", "align", "valign", "bold"],
        "pagebreak": [], "toc": ["levels", "list"], "signature": ["place"], "left": ["ref", "role"], "right": ["ref", "role"],
        "img": ["src", "width", "alt"], "md": [], "insert": ["ref", "caption"],
    ]

    public func parse(_ xml: String) throws -> [Section] {
        let data = Data(xml.utf8)
        guard data.count <= Self.maximumSize else {
            throw TemplateError(template: template, message: "rendered output is larger than \(Self.maximumSize / 1024 / 1024) MiB")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        xmlResetLastError()
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), template, "UTF-8", options)
        }
        guard let document else {
            var message = "output is not well-formed XML"
            var located: (String, Int)?
            if let error = xmlGetLastError() {
                message = "output is not well-formed XML: " + (error.pointee.message.map { String(cString: $0) } ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                located = Self.templateLine(in: xml, outputLine: Int(error.pointee.line))
            }
            xmlResetLastError()
            throw TemplateError(template: located?.0 ?? template, line: located?.1, message: message + " (a tag not closed, or `&`/`<` typed in the template itself)")
        }
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else {
            throw TemplateError(template: template, message: "output is empty")
        }
        let root = XMLElement(pointer: rootPointer)
        guard root.name == "chapter" else { throw failure("expected <chapter> as the root element, found <\(root.name)>") }
        var sections: [Section] = []
        for child in root.children {
            switch child {
            case .marker(let content):
                mark(content)
            case .text(let text) where InlineBuilder.isBlank(text):
                continue
            case .text(let text):
                throw failure("text outside a <section>: \"\(text.prefix(40))\"")
            case .element(let element):
                guard element.name == "section" else { throw failure("expected <section>, found <\(element.name)>") }
                try check(element)
                sections.append(Section(
                    orientation: try choice(element, "orientation", ["portrait": .portrait, "landscape": .landscape]) ?? .portrait,
                    pageNumbering: try choice(element, "numbering", ["none": PageNumbering.none, "roman": .lowerRoman, "decimal": .decimal]) ?? .decimal,
                    restartNumbering: try flag(element, "restart") ?? false,
                    blocks: try blocks(element, context: .section)))
            }
        }
        return sections
    }

    /// For a libxml2 error: the last line marker at or before the failing output line.
    static func templateLine(in xml: String, outputLine: Int) -> (String, Int)? {
        var found: (String, Int)?
        for (index, line) in xml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index >= outputLine { break }
            var rest = Substring(line)
            while let start = rest.range(of: "<?\(LineMarkers.target) ") {
                guard let end = rest[start.upperBound...].range(of: "?>") else { break }
                if let parsed = LineMarkers.parse(String(rest[start.upperBound..<end.lowerBound])) { found = parsed }
                rest = rest[end.upperBound...]
            }
        }
        return found
    }

    enum Context { case section, cell, item }

    func mark(_ content: String) {
        guard let (name, line) = LineMarkers.parse(content) else { return }
        position.template = name
        position.line = line
    }

    func failure(_ message: String) -> TemplateError {
        TemplateError(template: position.template, line: position.line, message: message)
    }

    func check(_ element: XMLElement) throws {
        guard let allowed = Self.attributes[element.name] else {
            throw failure("unknown element <\(element.name)>; see templates/README.md for the vocabulary")
        }
        for name in element.attributeNames where !allowed.contains(name) {
            let expected = allowed.isEmpty ? "none" : allowed.sorted().joined(separator: ", ")
            throw failure("unknown attribute `\(name)` on <\(element.name)>; expected: \(expected)")
        }
    }

    /// An attribute with a fixed set of values; empty means "not set".
    func choice<T>(_ element: XMLElement, _ name: String, _ values: [String: T]) throws -> T? {
        guard let text = element.attribute(name), !text.isEmpty else { return nil }
        guard let value = values[text] else {
            throw failure("\(name)=\"\(text.prefix(40))\" on <\(element.name)>; expected one of: \(values.keys.sorted().joined(separator: ", "))")
        }
        return value
    }

    func flag(_ element: XMLElement, _ name: String) throws -> Bool? {
        try choice(element, name, ["true": true, "false": false])
    }

    func number(_ element: XMLElement, _ name: String) throws -> Double? {
        guard let text = element.attribute(name), !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite, value >= 0, value < 100_000 else {
            throw failure("\(name)=\"\(text.prefix(40))\" on <\(element.name)>; expected a number")
        }
        return value
    }

    func alignment(_ element: XMLElement) throws -> Alignment? {
        try choice(element, "align", ["left": .left, "center": .center, "right": .right, "justify": .justify])
    }
}
