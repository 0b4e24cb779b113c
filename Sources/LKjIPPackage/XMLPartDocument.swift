import CLibXML2
import Foundation

/// A package part lkjip copies into its own output (the styles and page header of a reference
/// .docx), parsed as a tree so that what is copied is known to be plain, well-formed XML:
///
/// - the bytes are first streamed through `XMLEventParser`, which refuses any DOCTYPE (so no
///   entity is ever declared, let alone expanded or fetched) and any malformed XML;
/// - the tree is then built without entity substitution, DTD loading or network access;
/// - `serialized()` writes it back as UTF-8 whatever encoding it was declared in, so a copy
///   can never be a part that is not well-formed in the output package.
///
/// The few edits a caller needs (drop attributes that point at dropped relationships or at
/// URLs) are methods here, so no caller edits XML text with string searches.
public final class XMLPartDocument {
    private let document: xmlDocPtr
    public let part: String

    private init(document: xmlDocPtr, part: String) {
        self.document = document
        self.part = part
    }

    deinit { xmlFreeDoc(document) }

    final class NoEvents: XMLEventHandler {
        func start(_ name: String, attributes: [String: String]) throws {}
        func end(_ name: String, text: String) throws {}
    }

    /// Parses `data`; throws `XMLPartError` naming `part`.
    public static func parse(_ data: Data, part: String) throws -> XMLPartDocument {
        try XMLEventParser.parse(data, part: part, handler: NoEvents())
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReadMemory(base, Int32(buffer.count), part, nil, options)
        }
        guard let document = parsed else { throw XMLPartError(part: part, .malformed("")) }
        guard document.pointee.intSubset == nil, document.pointee.extSubset == nil else {
            xmlFreeDoc(document)
            throw XMLPartError(part: part, .doctype)
        }
        guard xmlDocGetRootElement(document) != nil else {
            xmlFreeDoc(document)
            throw XMLPartError(part: part, .malformed("no root element"))
        }
        return XMLPartDocument(document: document, part: part)
    }

    /// The local name and namespace URI of the root element.
    public var root: (name: String, namespace: String?) {
        let element = xmlDocGetRootElement(document)!
        return (String(cString: element.pointee.name), element.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } })
    }

    /// Every element in document order, visited without recursion.
    private func forEachElement(_ body: (xmlNodePtr) -> Void) {
        guard let root = xmlDocGetRootElement(document) else { return }
        var node: xmlNodePtr? = root
        while let current = node {
            let isElement = current.pointee.type == XML_ELEMENT_NODE
            if isElement { body(current) }
            if isElement, let child = current.pointee.children {
                node = child
                continue
            }
            var step: xmlNodePtr? = current
            node = nil
            while let candidate = step, candidate != root {
                if let next = candidate.pointee.next { node = next; break }
                step = candidate.pointee.parent
            }
        }
    }

    /// Removes every attribute for which `drop` answers true, given its namespace URI (nil
    /// for none), local name and value; returns how many were removed.
    @discardableResult
    public func removeAttributes(where drop: (_ namespace: String?, _ name: String, _ value: String) -> Bool) -> Int {
        var doomed: [xmlAttrPtr] = []
        forEachElement { element in
            var attribute = element.pointee.properties
            while let current = attribute {
                let namespace = current.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
                let name = String(cString: current.pointee.name)
                var value = ""
                if let text = xmlNodeListGetString(document, current.pointee.children, 1) {
                    value = String(cString: text)
                    xmlFree(text)
                }
                if drop(namespace, name, value) { doomed.append(current) }
                attribute = current.pointee.next
            }
        }
        for attribute in doomed { xmlRemoveProp(attribute) }
        return doomed.count
    }

    /// Empties the text of every element named `name` in `namespace` whose text `drop`
    /// answers true for (a field instruction that would fetch a file); returns how many.
    @discardableResult
    public func clearText(ofElementsNamed name: String, namespace: String, where drop: (String) -> Bool) -> Int {
        var doomed: [xmlNodePtr] = []
        forEachElement { element in
            guard String(cString: element.pointee.name) == name,
                  element.pointee.ns.flatMap({ $0.pointee.href.map { String(cString: $0) } }) == namespace else { return }
            var text = ""
            if let content = xmlNodeGetContent(element) {
                text = String(cString: content)
                xmlFree(content)
            }
            if drop(text) { doomed.append(element) }
        }
        for element in doomed { xmlNodeSetContent(element, nil) }
        return doomed.count
    }

    /// Values of the attribute `attribute` (local name, any namespace) of the elements named
    /// `element` (local name), in document order.
    public func attributeValues(element: String, attribute: String) -> [String] {
        var values: [String] = []
        forEachElement { node in
            guard String(cString: node.pointee.name) == element else { return }
            var current = node.pointee.properties
            while let item = current {
                if String(cString: item.pointee.name) == attribute, let text = xmlNodeListGetString(document, item.pointee.children, 1) {
                    values.append(String(cString: text))
                    xmlFree(text)
                }
                current = item.pointee.next
            }
        }
        return values
    }

    /// The part as UTF-8 text with an XML declaration.
    public func serialized() -> String {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &memory, &size, "UTF-8")
        guard let memory else { return "" }
        defer { xmlFree(memory) }
        return String(decoding: UnsafeBufferPointer(start: memory, count: Int(size)), as: UTF8.self)
    }
}
