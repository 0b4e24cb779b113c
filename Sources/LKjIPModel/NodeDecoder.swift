import Foundation
import Yams

/// A `Decoder` over Yams nodes rather than `YAMLDecoder`, because a clerk's mistake must be
/// reported with file, line, column and key path (`sasaran_kegiatan[2].indikator[4].target`),
/// and keys the model never asks for must be reported as unknown instead of silently ignored.
struct NodeDecoder: Decoder {
    let node: Node
    let codingPath: [CodingKey]
    let state: DecodingState
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes a whole file; type and structure errors throw, unknown keys are collected in `state`.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node, state: DecodingState) throws -> T {
        try NodeDecoder(node: node, codingPath: [], state: state).decodeChecked(type)
    }

    /// Decodes `T` here, then reports keys of this mapping the type never asked for.
    func decodeChecked<T: Decodable>(_ type: T.Type) throws -> T {
        state.record(codingPath, node)
        if let value = try decodeScalarFastPath(type) { return value }
        let tracker = KeyTracker()
        state.trackers.append(tracker)
        defer { state.trackers.removeLast() }
        let value: T
        do {
            value = try T(from: self)
        } catch let error as DecodingError {
            throw state.error(codingPath, node, "invalid value \(NodeDescription.describe(node)) for \(T.self): \(NodeDecoder.explain(error))")
        }
        if !(T.self is DictionaryMarker.Type), case .mapping(let mapping) = node, tracker.used {
            for (key, valueNode) in mapping {
                guard let name = key.string, !tracker.requested.contains(name) else { continue }
                let suggestion = Suggestion.nearest(to: name, in: tracker.requested.sorted())
                let hint = suggestion.map { "; did you mean `\($0)`?" } ?? "; expected one of: \(tracker.requested.sorted().joined(separator: ", "))"
                state.report(codingPath + [AnyKey(name)], key.mark ?? valueNode.mark, "unknown key `\(name)`\(hint)")
            }
        }
        return value
    }

    /// Scalars are decoded directly so that messages can say what was found.
    private func decodeScalarFastPath<T: Decodable>(_ type: T.Type) throws -> T? {
        let single = SingleValue(decoder: self)
        switch type {
        case is String.Type: return try single.decode(String.self) as? T
        case is Double.Type: return try single.decode(Double.self) as? T
        case is Int.Type: return try single.decode(Int.self) as? T
        case is Int64.Type: return try single.decode(Int64.self) as? T
        case is Bool.Type: return try single.decode(Bool.self) as? T
        default: return nil
        }
    }

    static func explain(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw state.error(codingPath, node, "expected a mapping (key: value lines), found \(NodeDescription.describe(node))") }
        var pairs: [(String, Node, Node)] = []
        var seen: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if let first = seen[name] {
                throw state.error(codingPath + [AnyKey(name)], key, "duplicate key `\(name)` (first at line \(first.mark?.line ?? 0))")
            }
            seen[name] = key
            pairs.append((name, key, value))
        }
        state.trackers.last?.used = true
        return KeyedDecodingContainer(Keyed<Key>(decoder: self, pairs: pairs, tracker: state.trackers.last ?? KeyTracker()))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw state.error(codingPath, node, "expected a list (lines starting with `-`), found \(NodeDescription.describe(node))") }
        return Unkeyed(decoder: self, items: Array(sequence))
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleValue(decoder: self) }

    func child(_ node: Node, key: CodingKey) -> NodeDecoder {
        NodeDecoder(node: node, codingPath: codingPath + [key], state: state)
    }
}

/// Dictionaries hold data keys ("2020": 8.85), which are never "unknown".
protocol DictionaryMarker {}
extension Dictionary: DictionaryMarker {}

/// The keys one struct asked for while decoding, to find the ones it did not.
final class KeyTracker {
    var requested: Set<String> = []
    var used = false
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string; intValue = nil }
    init(index: Int) { stringValue = "\(index)"; intValue = index }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
