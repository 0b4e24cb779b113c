import Foundation
import Yams

extension NodeDecoder {
    /// Mapping access that remembers which keys the type asked for.
    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: NodeDecoder
        let pairs: [(String, Node, Node)]
        let tracker: KeyTracker
        var codingPath: [CodingKey] { decoder.codingPath }
        var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.0) } }

        private func value(_ key: Key) -> Node? {
            tracker.requested.insert(key.stringValue)
            return pairs.first { $0.0 == key.stringValue }?.2
        }

        func contains(_ key: Key) -> Bool { value(key) != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let node = value(key) else { return true }
            return SingleValue.isNull(node)
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let node = value(key) else {
                throw decoder.state.error(codingPath + [key], decoder.node, "missing required key `\(key.stringValue)`" + typoHint(key))
            }
            return try decoder.child(node, key: key).decodeChecked(type)
        }

        /// A present key that looks like a misspelling of the missing one is the likely cause.
        func typoHint(_ key: Key) -> String {
            let candidates = pairs.filter { !tracker.requested.contains($0.0) }
            guard let typo = candidates.first(where: { Suggestion.distance($0.0, key.stringValue) <= 3 }) else { return "" }
            return "; found unknown key `\(typo.0)` at line \(typo.1.mark?.line ?? 0): a misspelling of `\(key.stringValue)`?"
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            guard let node = value(key) else { throw decoder.state.error(codingPath + [key], decoder.node, "missing required key `\(key.stringValue)`") }
            return try decoder.child(node, key: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            guard let node = value(key) else { throw decoder.state.error(codingPath + [key], decoder.node, "missing required key `\(key.stringValue)`") }
            return try decoder.child(node, key: key).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> Decoder { decoder }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let decoder: NodeDecoder
        let items: [Node]
        var currentIndex = 0
        var codingPath: [CodingKey] { decoder.codingPath }
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        mutating func next() throws -> (Node, AnyKey) {
            guard !isAtEnd else { throw decoder.state.error(codingPath, decoder.node, "list is too short") }
            defer { currentIndex += 1 }
            return (items[currentIndex], AnyKey(index: currentIndex))
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, SingleValue.isNull(items[currentIndex]) else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (node, key) = try next()
            return try decoder.child(node, key: key).decodeChecked(type)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let (node, key) = try next()
            return try decoder.child(node, key: key).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            let (node, key) = try next()
            return try decoder.child(node, key: key).unkeyedContainer()
        }

        mutating func superDecoder() throws -> Decoder { decoder }
    }

    /// Scalars, with messages that quote what the user typed.
    struct SingleValue: SingleValueDecodingContainer {
        let decoder: NodeDecoder
        var codingPath: [CodingKey] { decoder.codingPath }

        static func isNull(_ node: Node) -> Bool {
            guard case .scalar(let scalar) = node else { return false }
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }

        func decodeNil() -> Bool { Self.isNull(decoder.node) }

        private func scalar(_ expected: String) throws -> String {
            guard case .scalar(let scalar) = decoder.node else {
                throw decoder.state.error(codingPath, decoder.node, "expected \(expected), found \(NodeDescription.describe(decoder.node))")
            }
            return scalar.string
        }

        func decode(_ type: String.Type) throws -> String {
            if Self.isNull(decoder.node) { throw decoder.state.error(codingPath, decoder.node, "expected text, found nothing") }
            let text = try scalar("text")
            if let bad = text.unicodeScalars.first(where: XMLCharacters.isForbidden) {
                throw decoder.state.error(codingPath, decoder.node, String(format: "control character U+%04X is not allowed", bad.value))
            }
            return text
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            let text = try scalar("true or false")
            switch text.lowercased() {
            case "true", "yes", "ya": return true
            case "false", "no", "tidak": return false
            default: throw decoder.state.error(codingPath, decoder.node, "expected true or false, found \"\(text)\"")
            }
        }

        func decode(_ type: Double.Type) throws -> Double {
            let text = try scalar("a number")
            if let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite { return value }
            var hint = ""
            if text.contains(",") || text.contains("%") {
                hint = " (write numbers with a decimal point and without % or units, e.g. 99.93)"
            }
            throw decoder.state.error(codingPath, decoder.node, "expected a number, found \"\(text)\"\(hint)")
        }

        func decode(_ type: Int64.Type) throws -> Int64 {
            let text = try scalar("a whole number")
            if let value = Int64(text.trimmingCharacters(in: .whitespaces)) { return value }
            var hint = ""
            if text.contains(".") || text.contains(",") { hint = " (write whole numbers without separators, e.g. 22186820000)" }
            throw decoder.state.error(codingPath, decoder.node, "expected a whole number, found \"\(text)\"\(hint)")
        }

        func decode(_ type: Int.Type) throws -> Int { Int(try decode(Int64.self)) }
        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
        func decode(_ type: Int8.Type) throws -> Int8 { Int8(clamping: try decode(Int64.self)) }
        func decode(_ type: Int16.Type) throws -> Int16 { Int16(clamping: try decode(Int64.self)) }
        func decode(_ type: Int32.Type) throws -> Int32 { Int32(clamping: try decode(Int64.self)) }
        func decode(_ type: UInt.Type) throws -> UInt { UInt(clamping: try decode(Int64.self)) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(clamping: try decode(Int64.self)) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(clamping: try decode(Int64.self)) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(clamping: try decode(Int64.self)) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { UInt64(clamping: try decode(Int64.self)) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeChecked(type) }
    }
}

/// Characters XML 1.0 cannot carry; rejected at input so no output can be malformed.
public enum XMLCharacters {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return false
        case 0x0...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
