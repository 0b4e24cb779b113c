import CLibXML2

/// A read-only view of a libxml2 element, so the reader works with names, attributes and
/// children instead of C pointers.
struct XMLElement {
    let pointer: xmlNodePtr

    var name: String { String(cString: pointer.pointee.name) }
    var line: Int { Int(xmlGetLineNo(pointer)) }

    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { xmlFree(value) }
        return String(cString: value)
    }

    var attributeNames: [String] {
        var names: [String] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            names.append(String(cString: current.pointee.name))
            attribute = current.pointee.next
        }
        return names
    }

    enum Child {
        case element(XMLElement)
        case text(String)
        /// A `<?lkjip-line template:N?>` marker.
        case marker(String)
    }

    var children: [Child] {
        var result: [Child] = []
        var node = pointer.pointee.children
        while let current = node {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLElement(pointer: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = xmlNodeGetContent(current) {
                    result.append(.text(String(cString: content)))
                    xmlFree(content)
                }
            case XML_PI_NODE:
                if let name = current.pointee.name, String(cString: name) == LineMarkers.target, let content = xmlNodeGetContent(current) {
                    result.append(.marker(String(cString: content)))
                    xmlFree(content)
                }
            default:
                break
            }
            node = current.pointee.next
        }
        return result
    }

    var text: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { xmlFree(content) }
        return String(cString: content)
    }
}
