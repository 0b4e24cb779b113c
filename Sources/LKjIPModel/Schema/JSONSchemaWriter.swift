import Foundation

/// `lkjip schema`: JSON Schema (draft 2020-12) for each kind of data file, written from the
/// `Schema` the loader validates with, so an editor with the YAML language server marks the
/// same mistakes as `lkjip check` (apart from cross-file rules) as the officer types.
public enum JSONSchemaWriter {
    public static func document(for kind: DataFileKind) -> String {
        var root = node(kind.schema)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["title"] = "lkjip \(kind.isFolder ? "\(kind.rawValue)/<name>" : kind.rawValue).yaml"
        if root["description"] == nil { root["description"] = kind.holds }
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The schema of a file of a templates folder (`kata.yaml`, `jenis/<kind>.yaml`).
    public static func document(for kind: TemplateFileKind) -> String {
        var root = node(kind.schema)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["title"] = "lkjip \(kind.path)"
        if root["description"] == nil { root["description"] = kind.holds }
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func node(_ schema: Schema, spec: FieldSpec? = nil) -> [String: Any] {
        var result: [String: Any] = [:]
        switch schema {
        case .object(let object):
            result["type"] = "object"
            if !object.summary.isEmpty { result["description"] = object.summary }
            var properties: [String: Any] = [:]
            for property in object.properties {
                var child = node(property.schema, spec: property.spec)
                if !property.required, case .object = property.schema {} else if !property.required {
                    child = ["anyOf": [child, ["type": "null"]], "description": child["description"] ?? ""]
                }
                properties[property.key] = child
            }
            result["properties"] = properties
            let required = object.properties.filter(\.required).map(\.key)
            if !required.isEmpty { result["required"] = required }
            result["additionalProperties"] = false
        case .array(let element):
            result["type"] = "array"
            result["items"] = node(element, spec: spec)
        case .map(let key, let value):
            result["type"] = "object"
            result["propertyNames"] = ["pattern": key == .year ? "^(20[0-9]{2}|2100)$" : key == .word ? "^[a-z][a-z0-9_]*$" : "^[a-z0-9][a-z0-9-]*$"]
            result["additionalProperties"] = node(value, spec: spec)
        case .string:
            result["type"] = "string"
            switch spec?.format {
            case .id?: result["pattern"] = "^[a-z0-9][a-z0-9-]{0,63}$"
            case .date?: result["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            case .nip?: result["pattern"] = "^[0-9 ]{18,21}$"
            case .path?: result["pattern"] = "^[^/~\\\\:][^\\\\:]*$"
            case .kode?: result["pattern"] = "^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"
            default: break
            }
        case .number:
            result["type"] = "number"
            if let range = spec?.range { result["minimum"] = range.lowerBound; result["maximum"] = range.upperBound }
        case .integer:
            result["type"] = "integer"
            if let range = spec?.range { result["minimum"] = range.lowerBound; result["maximum"] = range.upperBound }
        case .boolean:
            result["type"] = "boolean"
        case .enumeration(_, let values, let descriptions):
            result["type"] = "string"
            result["enum"] = values
            result["description"] = values.map { "\($0): \(descriptions[$0] ?? "")" }.joined(separator: "; ")
        case .cell:
            result["type"] = ["number", "string"]
        }
        if let spec, !spec.description.isEmpty {
            var text = spec.description
            if let unit = spec.unit { text += " Unit: \(unit)." }
            if let range = spec.range { text += " Range: \(plain(range.lowerBound)) to \(plain(range.upperBound))." }
            if let existing = result["description"] as? String, case .enumeration = schema { text += " " + existing }
            result["description"] = text
            if let example = spec.example { result["examples"] = [example] }
        }
        return result
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e16 ? String(Int64(value)) : String(value)
    }
}
