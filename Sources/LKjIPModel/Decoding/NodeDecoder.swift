import Foundation
import Yams

/// A `Decoder` over Yams nodes that never fails on a value: the file was validated against
/// its schema first (`SchemaValidator`), which reported every problem with its location; here
/// a bad or missing value becomes a placeholder, so the rest of the file still decodes and
/// references in other files can be checked in the same run.
struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [CodingKey]
    let failures: FailureCounter
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Counts values that could not be decoded: when it is not 0 but the validator found
    /// nothing, the schema and the types disagree, which the loader reports as an error.
    final class FailureCounter {
        var count = 0
        var firstPath = ""
    }

    static func decode<T: Decodable>(_ type: T.Type, from node: Node, failures: FailureCounter) -> T {
        NodeDecoder(node: node, codingPath: [], failures: failures).lenient(type)
    }

    func lenient<T: Decodable>(_ type: T.Type) -> T {
        do {
            return try decodeValue(type)
        } catch {
            if failures.count == 0 { failures.firstPath = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined() }
            failures.count += 1
            return SchemaBuilder.placeholder(type)
        }
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        let single = SingleValue(decoder: self)
        switch type {
        case is String.Type: return try single.decode(String.self) as! T
        case is Double.Type: return try single.decode(Double.self) as! T
        case is Int.Type: return try single.decode(Int.self) as! T
        case is Int64.Type: return try single.decode(Int64.self) as! T
        case is Bool.Type: return try single.decode(Bool.self) as! T
        default: return try T(from: self)
        }
    }

    func child(_ node: Node, key: CodingKey) -> NodeDecoder {
        NodeDecoder(node: node, codingPath: codingPath + [key], failures: failures)
    }

    func failure(_ message: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
    }

    func scalarString() throws -> String {
        guard case .scalar(let scalar) = node else { throw failure("expected a scalar") }
        return scalar.string
    }

    func decodeNilai() throws -> Nilai {
        switch NumberText.parse(try scalarString()) {
        case .success(let parsed): return Nilai(parsed.value, decimals: parsed.decimals)
        case .failure: throw failure("not a number")
        }
    }

    func decodeTableValue() throws -> TableValue {
        switch TableValue.parse(try scalarString()) {
        case .success(let value): return value
        case .failure(let problem): throw failure(problem.message)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw failure("expected a mapping") }
        var pairs: [String: Node] = [:]
        for (key, value) in mapping {
            if let name = key.string, pairs[name] == nil { pairs[name] = value }
        }
        return KeyedDecodingContainer(Keyed<Key>(decoder: self, pairs: pairs))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            if SingleValue.isNull(node) { return Unkeyed(decoder: self, items: []) }
            throw failure("expected a list")
        }
        return Unkeyed(decoder: self, items: Array(sequence))
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleValue(decoder: self) }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: NodeDecoder
        let pairs: [String: Node]
        var codingPath: [CodingKey] { decoder.codingPath }
        var allKeys: [Key] { pairs.keys.sorted().compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { pairs[key.stringValue] != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let node = pairs[key.stringValue] else { return true }
            return SingleValue.isNull(node)
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let node = pairs[key.stringValue] else {
                decoder.failures.count += 1
                return SchemaBuilder.placeholder(type)
            }
            return decoder.child(node, key: key).lenient(type)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let node = pairs[key.stringValue], !SingleValue.isNull(node) else { return nil }
            let child = decoder.child(node, key: key)
            do { return try child.decodeValue(type) } catch {
                decoder.failures.count += 1
                return nil
            }
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            guard let node = pairs[key.stringValue] else { throw decoder.failure("missing \(key.stringValue)") }
            return try decoder.child(node, key: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            guard let node = pairs[key.stringValue] else { throw decoder.failure("missing \(key.stringValue)") }
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

        mutating func next() throws -> NodeDecoder {
            guard !isAtEnd else { throw decoder.failure("list is too short") }
            defer { currentIndex += 1 }
            return decoder.child(items[currentIndex], key: AnyKey(index: currentIndex))
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, SingleValue.isNull(items[currentIndex]) else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try next().lenient(type)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            try next().unkeyedContainer()
        }

        mutating func superDecoder() throws -> Decoder { decoder }
    }

    /// Scalars: the validator already checked the text, so these only convert.
    struct SingleValue: SingleValueDecodingContainer {
        let decoder: NodeDecoder
        var codingPath: [CodingKey] { decoder.codingPath }

        static func isNull(_ node: Node) -> Bool {
            guard case .scalar(let scalar) = node else { return false }
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }

        func decodeNil() -> Bool { Self.isNull(decoder.node) }

        func decode(_ type: String.Type) throws -> String {
            if Self.isNull(decoder.node) { throw decoder.failure("expected text") }
            return try decoder.scalarString()
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard let value = Bools.parse(try decoder.scalarString()) else { throw decoder.failure("expected true or false") }
            return value
        }

        func decode(_ type: Double.Type) throws -> Double { Rounding.drawing(try decoder.decodeNilai().value) }

        func decode(_ type: Int64.Type) throws -> Int64 {
            guard case .success(let value) = NumberText.parseInteger(try decoder.scalarString()) else { throw decoder.failure("expected a whole number") }
            return value
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
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string; intValue = nil }
    init(index: Int) { stringValue = "\(index)"; intValue = index }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}

/// Words typed for an enumeration are matched case-insensitively.
extension DataEnum where Self: RawRepresentable, Self.RawValue == String {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text.lowercased()) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected one of: \(Self.allowedValues.joined(separator: ", "))"))
        }
        self = value
    }
}
