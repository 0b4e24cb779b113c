import CLibXML2
import Foundation

/// Streams a package part through libxml2's SAX2 push parser, so that a 64 MiB sheet is
/// read without building a document tree several times its size. The parser runs with
/// `XML_PARSE_NONET`, without entity substitution or DTD loading, and any DOCTYPE is refused
/// outright: no OOXML part has one, and refusing it closes the door on external entities
/// (XXE) and entity expansion bombs.
public enum XMLEventParser {
    /// Streams `data` to `handler`. Errors the handler throws stop the parse and are rethrown
    /// as they are; problems of the XML itself are `XMLPartError`s naming `part`.
    public static func parse(_ data: Data, part: String, handler: XMLEventHandler) throws {
        guard data.count <= Int(Int32.max) else { throw XMLPartError(part: part, .tooLarge) }
        let context = Context(handler: handler)
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
            guard let context = Context.from(userData), context.failure == nil, let localName else { return }
            var values: [String: String] = [:]
            if let attributes, attributeCount > 0 {
                for index in 0..<Int(attributeCount) {
                    guard let name = attributes[index * 5], let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4] else { continue }
                    var value = String(decoding: UnsafeBufferPointer(start: start, count: max(0, end - start)), as: UTF8.self)
                    // Without entity substitution libxml2 hands every `&` in an attribute
                    // value over as `&#38;` (for its tree builder to re-parse), and no other
                    // `&` can remain since DOCTYPEs are refused, so this undoes it exactly.
                    if value.contains("&") { value = value.replacingOccurrences(of: "&#38;", with: "&") }
                    let key = String(cString: name)
                    if values[key] == nil { values[key] = value }
                }
            }
            context.text.removeAll(keepingCapacity: true)
            context.run { try $0.start(String(cString: localName), attributes: values) }
        }
        sax.endElementNs = { userData, localName, _, _ in
            guard let context = Context.from(userData), context.failure == nil, let localName else { return }
            let text = String(decoding: context.text, as: UTF8.self)
            context.text.removeAll(keepingCapacity: true)
            context.run { try $0.end(String(cString: localName), text: text) }
        }
        let characters: charactersSAXFunc = { userData, bytes, length in
            guard let context = Context.from(userData), let bytes, length > 0 else { return }
            context.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.internalSubset = { userData, _, _, _ in
            guard let context = Context.from(userData) else { return }
            context.fail(DoctypeRefused())
        }
        sax.serror = { _, _ in }

        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let userData = Unmanaged.passUnretained(context).toOpaque()
        try withExtendedLifetime(context) {
            guard let parser = xmlCreatePushParserCtxt(&sax, userData, nil, 0, part) else {
                throw XMLPartError(part: part, .parserUnavailable)
            }
            defer { xmlFreeParserCtxt(parser) }
            xmlCtxtUseOptions(parser, options)
            context.parser = parser
            let status = data.withUnsafeBytes { buffer -> Int32 in
                guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else {
                    return xmlParseChunk(parser, nil, 0, 1)
                }
                return xmlParseChunk(parser, base, Int32(buffer.count), 1)
            }
            if let failure = context.failure {
                if failure is DoctypeRefused { throw XMLPartError(part: part, .doctype) }
                throw failure
            }
            if status != 0 || parser.pointee.wellFormed == 0 {
                var detail = ""
                if let error = xmlCtxtGetLastError(parser) {
                    let text = error.pointee.message.map { String(cString: $0) } ?? ""
                    detail = "line \(error.pointee.line): \(String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200)))"
                }
                throw XMLPartError(part: part, .malformed(detail))
            }
        }
    }

    struct DoctypeRefused: Error {}

    /// State shared with the C callbacks through libxml2's user-data pointer.
    final class Context {
        let handler: XMLEventHandler
        var text: [UInt8] = []
        var failure: Error?
        var parser: xmlParserCtxtPtr?

        init(handler: XMLEventHandler) { self.handler = handler }

        static func from(_ pointer: UnsafeMutableRawPointer?) -> Context? {
            pointer.map { Unmanaged<Context>.fromOpaque($0).takeUnretainedValue() }
        }

        func run(_ body: (XMLEventHandler) throws -> Void) {
            do { try body(handler) } catch { fail(error) }
        }

        /// Records the first failure and stops the parser; later callbacks are ignored.
        func fail(_ error: Error) {
            guard failure == nil else { return }
            failure = error
            if let parser { xmlStopParser(parser) }
        }
    }
}
