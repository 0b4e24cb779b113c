import CLibXML2
import Foundation

/// Reads generated XML back with libxml2, the same parser LibreOffice's import builds on,
/// so a test fails on exactly the malformed output a user would see as a repair prompt.
public enum XMLCheck {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Parses `data` as XML without network access or entity expansion; throws with libxml2's
    /// first message (line and text) when the document is not well-formed.
    public static func parse(_ data: Data, name: String = "document") throws {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            return xmlReadMemory(base, Int32(buffer.count), name, "UTF-8", options)
        }
        guard let document else {
            var message = "not well-formed"
            if let error = xmlGetLastError() {
                let text = error.pointee.message.map { String(cString: $0) } ?? ""
                message = "line \(error.pointee.line): \(text.trimmingCharacters(in: .whitespacesAndNewlines))"
            }
            xmlResetLastError()
            throw Failure(description: "\(name): \(message)")
        }
        xmlFreeDoc(document)
    }

    /// Messages collected by the structured error handler during one HTML parse.
    nonisolated(unsafe) static var htmlErrors: [String] = []

    /// Parses HTML with libxml2's HTML parser and reports every error (unclosed or misnested
    /// tags, bad entities). libxml2 knows HTML 4 only, so "unknown tag" for HTML5 elements
    /// (section, nav, figure) is not an error.
    public static func parseHTML(_ string: String, name: String = "document.html") throws {
        let data = Data(string.utf8)
        htmlErrors = []
        xmlSetStructuredErrorFunc(nil) { _, error in
            guard let error, error.pointee.code != Int32(XML_HTML_UNKNOWN_TAG.rawValue),
                  error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? ""
            XMLCheck.htmlErrors.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(HTML_PARSE_NONET.rawValue)
        let document = data.withUnsafeBytes { buffer -> htmlDocPtr? in
            let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            return htmlReadMemory(base, Int32(buffer.count), name, "UTF-8", options)
        }
        guard let document else { throw Failure(description: "\(name): not parseable") }
        xmlFreeDoc(document)
        if !htmlErrors.isEmpty { throw Failure(description: "\(name): " + htmlErrors.joined(separator: "; ")) }
    }
}
