import CLibXML2
import Foundation
import LKjIPDocument

/// Reads what a chapter template rendered (the vocabulary of templates/README.md) into the
/// document model. Everything a template can get wrong is reported with the template's name
/// and the line of the rendered output, instead of producing a silently broken document.
public struct MarkupReader {
    /// Rendered chapters beyond this size are refused rather than parsed.
    public static let maximumSize = 64 * 1024 * 1024

    let template: String
    let images: ImageLoader

    public init(template: String, imageSearchPaths: [URL]) {
        self.template = template
        self.images = ImageLoader(searchPaths: imageSearchPaths)
    }

    static let attributes: [String: Set<String>] = [
        "chapter": [], "section": ["orientation", "numbering", "restart"],
        "h1": ["id", "toc", "align"], "h2": ["id", "toc", "align"], "h3": ["id", "toc", "align"], "h4": ["id", "toc", "align"],
        "p": ["align", "style", "keep"], "b": [], "i": [], "u": [], "br": [],
        "ul": ["type"], "ol": ["type", "start"], "li": [],
        "table": ["widths", "header", "borders", "caption"], "tr": [],
        "td": ["rowspan", "colspan", "shade", "align", "valign", "bold"],
        "pagebreak": [], "toc": ["levels", "list"], "signature": ["place"], "left": [], "right": [],
        "role": [], "name": [], "id": [], "img": ["src", "width", "alt"], "md": [],
        "chart": ["caption"], "category": [], "series": ["name", "color"], "value": [],
    ]

    public func parse(_ xml: String) throws -> [Section] {
        let data = Data(xml.utf8)
        guard data.count <= Self.maximumSize else {
            throw TemplateError(template: template, message: "rendered output is larger than \(Self.maximumSize / 1024 / 1024) MiB")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlResetLastError()
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), template, "UTF-8", options)
        }
        guard let document else {
            var line: Int?
            var message = "output is not well-formed XML"
            if let error = xmlGetLastError() {
                line = Int(error.pointee.line)
                message = "output is not well-formed XML: " + (error.pointee.message.map { String(cString: $0) } ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            xmlResetLastError()
            throw TemplateError(template: template, line: line, message: message + " (line of the rendered output)")
        }
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else {
            throw TemplateError(template: template, message: "output is empty")
        }
        let root = XMLElement(pointer: rootPointer)
        guard root.name == "chapter" else { throw failure(root, "expected <chapter> as the root element, found <\(root.name)>") }
        var sections: [Section] = []
        for child in root.children {
            switch child {
            case .text(let text) where InlineBuilder.isBlank(text):
                continue
            case .text(let text):
                throw TemplateError(template: template, line: root.line, message: "text outside a <section>: \"\(text.prefix(40))\"")
            case .element(let element):
                guard element.name == "section" else { throw failure(element, "expected <section>, found <\(element.name)>") }
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

    enum Context { case section, cell, item }

    func failure(_ element: XMLElement, _ message: String) -> TemplateError {
        TemplateError(template: template, line: element.line, message: message + " (line of the rendered output)")
    }

    func check(_ element: XMLElement) throws {
        guard let allowed = Self.attributes[element.name] else {
            throw failure(element, "unknown element <\(element.name)>; see templates/README.md for the vocabulary")
        }
        for name in element.attributeNames where !allowed.contains(name) {
            let expected = allowed.isEmpty ? "none" : allowed.sorted().joined(separator: ", ")
            throw failure(element, "unknown attribute `\(name)` on <\(element.name)>; expected: \(expected)")
        }
    }

    /// An attribute with a fixed set of values; empty means "not set".
    func choice<T>(_ element: XMLElement, _ name: String, _ values: [String: T]) throws -> T? {
        guard let text = element.attribute(name), !text.isEmpty else { return nil }
        guard let value = values[text] else {
            throw failure(element, "\(name)=\"\(text)\" on <\(element.name)>; expected one of: \(values.keys.sorted().joined(separator: ", "))")
        }
        return value
    }

    func flag(_ element: XMLElement, _ name: String) throws -> Bool? {
        try choice(element, name, ["true": true, "false": false])
    }

    func number(_ element: XMLElement, _ name: String) throws -> Double? {
        guard let text = element.attribute(name), !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite, value >= 0 else {
            throw failure(element, "\(name)=\"\(text)\" on <\(element.name)>; expected a number")
        }
        return value
    }

    func alignment(_ element: XMLElement) throws -> Alignment? {
        try choice(element, "align", ["left": .left, "center": .center, "right": .right, "justify": .justify])
    }
}
