/// The shape of a data file, derived from the Swift types the loader decodes
/// (`SchemaBuilder`). One description drives three things: the loader's validation
/// (every problem of a file in one pass), `lkjip schema` (JSON Schema) and the data reference.
public indirect enum Schema: Sendable {
    case object(ObjectSchema)
    case array(Schema)
    /// A mapping with data keys (years), all values of one shape.
    case map(key: MapKey, value: Schema)
    case string
    /// A decimal number as typed (`NumberText`).
    case number
    /// A whole number (Rupiah, counts).
    case integer
    case boolean
    case enumeration(name: String, values: [String], descriptions: [String: String])
    /// A table cell: a number, or a number followed by its unit ("50 Raperda"), or a word.
    case cell
}

public enum MapKey: String, Sendable {
    /// Four-digit years ("2020").
    case year
    /// Ids.
    case id
    /// Names of words (`kolom_target`): lowercase letters, digits and `_`.
    case word
}

public struct ObjectSchema: Sendable {
    public var name: String
    public var summary: String
    public var properties: [Property]

    public struct Property: Sendable {
        public var key: String
        public var schema: Schema
        public var required: Bool
        public var spec: FieldSpec
    }

    public func property(_ key: String) -> Property? {
        properties.first { $0.key == key }
    }
}
