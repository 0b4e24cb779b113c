import CLibXML2
import Foundation

/// A parsed XML (or HTML) document as a plain Swift tree, so tests can ask for element
/// names in order, attributes and text without C pointers. Parsed with libxml2, which also
/// proves the input well-formed: `parse` throws on the first error.
public final class XMLTree: CustomStringConvertible {
    /// Qualified name as written ("w:pPr", "c:valAx", "th").
    public let name: String
    /// Attributes by qualified name ("w:val", "r:id", "xml:space", "scope").
    public let attributes: [String: String]
    public private(set) var children: [XMLTree] = []
    /// Text directly inside this element (not in child elements), in document order.
    public private(set) var ownText: String = ""
    public private(set) weak var parent: XMLTree?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Local name without prefix ("pPr" for "w:pPr").
    public var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    /// Names of the element children, in order.
    public var childNames: [String] { children.map(\.name) }

    /// All text inside, in document order; a WordprocessingML field instruction
    /// (`w:instrText`, " SEQ Tabel \\s 1 ") is no text a reader sees and is left out (its own
    /// `text` still gives it).
    public var text: String { ownTextPieces() }

    private var pieces: [Either] = []
    private enum Either { case text(String), child(Int) }

    private func ownTextPieces() -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .child(let index): if children[index].name != "w:instrText" { result += children[index].text }
            }
        }
        return result
    }

    public subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// The first element child named `name`.
    public func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every element below this one (depth first, document order), not including itself.
    public var descendants: [XMLTree] {
        var result: [XMLTree] = []
        func walk(_ node: XMLTree) {
            for child in node.children {
                result.append(child)
                walk(child)
            }
        }
        walk(self)
        return result
    }

    /// Descendants with the qualified name `name`.
    public func all(_ name: String) -> [XMLTree] { descendants.filter { $0.name == name } }

    /// The chain of ancestors, nearest first.
    public var ancestors: [XMLTree] {
        var result: [XMLTree] = []
        var node = parent
        while let current = node {
            result.append(current)
            node = current.parent
        }
        return result
    }

    public var description: String { "<\(name)\(attributes.isEmpty ? "" : " " + attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: " "))> children: \(childNames)" }

    // MARK: parsing

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Parses XML; throws with libxml2's message when it is not well-formed.
    public static func parse(_ data: Data, name: String = "document.xml") throws -> XMLTree {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        xmlResetLastError()
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, "UTF-8", options)
        }
        guard let document else {
            var message = "not well-formed"
            if let error = xmlGetLastError() {
                message = "line \(error.pointee.line): " + (error.pointee.message.map { String(cString: $0) } ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            xmlResetLastError()
            throw ParseError(description: "\(name): \(message)")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError(description: "\(name): no root element") }
        return build(root, parent: nil)
    }

    public static func parse(_ string: String, name: String = "document.xml") throws -> XMLTree {
        try parse(Data(string.utf8), name: name)
    }

    /// Parses HTML with libxml2's HTML parser (HTML5 elements are accepted as unknown tags).
    /// Use `XMLCheck.parseHTML` to assert there are no parse errors.
    public static func parseHTML(_ string: String, name: String = "document.html") throws -> XMLTree {
        let data = Data(string.utf8)
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer -> htmlDocPtr? in
            htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, "UTF-8", options)
        }
        guard let document else { throw ParseError(description: "\(name): not parseable") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError(description: "\(name): no root element") }
        return build(root, parent: nil)
    }

    static func qualifiedName(_ node: xmlNodePtr) -> String {
        let local = String(cString: node.pointee.name)
        if let ns = node.pointee.ns, let prefix = ns.pointee.prefix { return "\(String(cString: prefix)):\(local)" }
        return local
    }

    static func build(_ node: xmlNodePtr, parent: XMLTree?) -> XMLTree {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let local = String(cString: current.pointee.name)
            var key = local
            if let ns = current.pointee.ns, let prefix = ns.pointee.prefix { key = "\(String(cString: prefix)):\(local)" }
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes[key] = String(cString: value)
                xmlFree(value)
            } else {
                attributes[key] = ""
            }
            attribute = current.pointee.next
        }
        let tree = XMLTree(name: qualifiedName(node), attributes: attributes)
        tree.parent = parent
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                tree.children.append(build(current, parent: tree))
                tree.pieces.append(.child(tree.children.count - 1))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = xmlNodeGetContent(current) {
                    let text = String(cString: content)
                    tree.ownText += text
                    tree.pieces.append(.text(text))
                    xmlFree(content)
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return tree
    }
}

/// Checks on sequences of element names, as the schema order tests need them.
public enum SchemaOrder {
    /// True when `items` appear in `reference` in the same relative order (each at most once,
    /// gaps allowed): the test that a written order is one the schema sequence allows.
    public static func isSubsequence(_ items: [String], of reference: [String]) -> Bool {
        var position = reference.startIndex
        for item in items {
            guard let found = reference[position...].firstIndex(of: item) else { return false }
            position = reference.index(after: found)
        }
        return true
    }
}
