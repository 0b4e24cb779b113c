import Foundation

/// Derives a `Schema` from a `Decodable` type by running its `init(from:)` against a decoder
/// that records which keys it asks for, with which types, and whether they are optional.
/// The schema therefore cannot drift from what the loader really decodes.
public enum SchemaBuilder {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [ObjectIdentifier: Schema] = [:]

    /// The schema of a file's top-level type: the stored one (`StoredSchema`, generated from
    /// this derivation and checked against it by a test), else derived; cached per process.
    public static func schema<T: Decodable>(for type: T.Type) -> Schema {
        lock.lock()
        if let cached = cache[ObjectIdentifier(type)] { lock.unlock(); return cached }
        lock.unlock()
        let schema = StoredSchema.schema(for: type) ?? describe(type).schema
        lock.lock()
        cache[ObjectIdentifier(type)] = schema
        lock.unlock()
        return schema
    }

    /// A value of `T` built from placeholders, for the lenient decoder: a file with a wrong
    /// value still yields a record, so references elsewhere can be checked in the same run.
    static func placeholder<T: Decodable>(_ type: T.Type) -> T {
        describe(type).value
    }

    static func describe<T: Decodable>(_ type: T.Type) -> (schema: Schema, value: T) {
        switch type {
        case is String.Type: return (.string, "" as! T)
        case is Double.Type: return (.number, 0.0 as! T)
        case is Int.Type: return (.integer, 0 as! T)
        case is Int64.Type: return (.integer, Int64(0) as! T)
        case is Bool.Type: return (.boolean, false as! T)
        default: break
        }
        if let scalar = type as? DataScalar.Type {
            return (scalar.schema, scalar.placeholder as! T)
        }
        if let enumeration = type as? DataEnum.Type {
            return (.enumeration(name: String(describing: type), values: enumeration.allowedValues, descriptions: enumeration.valueDescriptions), enumeration.placeholder as! T)
        }
        if let array = type as? SchemaArrayType.Type {
            return (.array(elementSchema(array.elementType)), array.empty as! T)
        }
        if let map = type as? SchemaMapType.Type {
            return (.map(key: map.keyKind, value: elementSchema(map.valueType)), map.empty as! T)
        }
        let recorder = ObjectRecorder()
        let decoder = SchemaDecoder(recorder: recorder, codingPath: [])
        guard let value = try? T(from: decoder) else {
            preconditionFailure("\(T.self) cannot be described: its init(from:) must only read keys")
        }
        let record = type as? DataRecord.Type
        let fields = record?.fields ?? [:]
        let properties = recorder.properties.map { item in
            ObjectSchema.Property(key: item.key, schema: item.schema, required: item.required,
                                  spec: fields[item.key] ?? FieldSpec(""))
        }
        return (.object(ObjectSchema(name: String(describing: type), summary: record?.summary ?? "", properties: properties)), value)
    }

    private static func elementSchema(_ type: any Decodable.Type) -> Schema {
        func open<E: Decodable>(_ element: E.Type) -> Schema { describe(element).schema }
        return open(type)
    }

    /// The keys of a record type in declaration order, for the completeness test.
    public static func keys<T: Decodable>(of type: T.Type) -> [String] {
        guard case .object(let object) = describe(type).schema else { return [] }
        return object.properties.map(\.key)
    }
}

protocol SchemaArrayType {
    static var elementType: any Decodable.Type { get }
    static var empty: Self { get }
}

extension Array: SchemaArrayType where Element: Decodable {
    static var elementType: any Decodable.Type { Element.self }
    static var empty: Self { [] }
}

protocol SchemaMapType {
    static var valueType: any Decodable.Type { get }
    static var keyKind: MapKey { get }
    static var empty: Self { get }
}

extension Dictionary: SchemaMapType where Key == String, Value: Decodable {
    static var valueType: any Decodable.Type { Value.self }
    static var keyKind: MapKey { .year }
    static var empty: Self { [:] }
}

final class ObjectRecorder {
    struct Item {
        var key: String
        var schema: Schema
        var required: Bool
    }
    var properties: [Item] = []

    func record(_ key: String, _ schema: Schema, required: Bool) {
        if let index = properties.firstIndex(where: { $0.key == key }) {
            properties[index].required = properties[index].required && required
        } else {
            properties.append(Item(key: key, schema: schema, required: required))
        }
    }
}

/// The recording decoder behind `SchemaBuilder`.
struct SchemaDecoder: Decoder {
    let recorder: ObjectRecorder
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(recorder: recorder, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "records are mappings"))
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "records are mappings"))
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let recorder: ObjectRecorder
        var codingPath: [CodingKey]
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { false }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let (schema, value) = SchemaBuilder.describe(type)
            recorder.record(key.stringValue, schema, required: true)
            return value
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            let (schema, _) = SchemaBuilder.describe(type)
            recorder.record(key.stringValue, schema, required: false)
            return nil
        }

        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresent(type as Any.Type as! String.Type, key) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresent(type as Any.Type as! Double.Type, key) }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(type as Any.Type as! Int.Type, key) }
        func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeIfPresent(type as Any.Type as! Int64.Type, key) }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(type as Any.Type as! Bool.Type, key) }

        private func decodeIfPresent<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
            recorder.record(key.stringValue, SchemaBuilder.describe(type).schema, required: false)
            return nil
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "use nested types"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "use arrays"))
        }

        func superDecoder() throws -> Decoder { SchemaDecoder(recorder: recorder, codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> Decoder { SchemaDecoder(recorder: recorder, codingPath: codingPath) }
    }
}
