import Foundation
import Yams

/// Writes data files back as YAML (for `lkjip init --from`): the same keys in the same order
/// as the types declare them, numbers with the decimals they were typed with, and a comment
/// block on top. Reading the output gives the same data back.
public enum DataWriter {
    public static func yaml<T: Encodable>(_ value: T, kind: DataFileKind, schemaPath: String?, comment: String) throws -> String {
        var header = ""
        if let schemaPath { header += "# yaml-language-server: $schema=\(schemaPath)\n" }
        for line in comment.split(separator: "\n", omittingEmptySubsequences: false) { header += "# \(line)\n" }
        let body = try YAMLEncoder().encode(value)
        return header + body
    }
}

extension Nilai: YAMLEncodable {
    /// "95.40": the decimals typed stay, so the number prints the same after a round trip.
    public func box() -> Node {
        Node(Nilai.text(value, decimals: decimals), Tag(.float))
    }

    /// The number as a YAML scalar with its typed decimals ("95.40").
    public var yamlText: String { Nilai.text(value, decimals: decimals) }

    static func text(_ value: Decimal, decimals: Int) -> String {
        Rounding.plainText(value, decimals: min(decimals, NumberText.maximumDecimals))
    }
}

extension TableValue: YAMLEncodable {
    public func box() -> Node {
        if let number, unit == nil { return number.box() }
        if let number { return Node("\(Nilai.text(number.value, decimals: number.decimals)) \(unit ?? "")") }
        return Node(word ?? "")
    }
}

/// Year maps are written oldest year first: a dictionary has no order of its own, and a file
/// written twice must be the same bytes.
struct YearKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer {
    mutating func encodeSorted(_ map: [String: TableValue], forKey key: Key) throws {
        var nested = nestedContainer(keyedBy: YearKey.self, forKey: key)
        for year in map.keys.sorted() { try nested.encode(map[year], forKey: YearKey(stringValue: year)) }
    }
}

extension RiwayatIndikator {
    enum CodingKeys: String, CodingKey { case indikator, nama, satuan, desimal, nilai, keterangan }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(indikator, forKey: .indikator)
        try container.encodeIfPresent(nama, forKey: .nama)
        try container.encodeIfPresent(satuan, forKey: .satuan)
        try container.encodeIfPresent(desimal, forKey: .desimal)
        try container.encodeSorted(nilai, forKey: .nilai)
        try container.encodeIfPresent(keterangan, forKey: .keterangan)
    }
}

extension RenstraIndikator {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(indikator, forKey: .indikator)
        try container.encodeIfPresent(nama, forKey: .nama)
        try container.encodeIfPresent(satuan, forKey: .satuan)
        try container.encodeIfPresent(satuanTarget, forKey: .satuanTarget)
        try container.encodeIfPresent(desimal, forKey: .desimal)
        try container.encodeSorted(target, forKey: .target)
        try container.encodeSorted(realisasi, forKey: .realisasi)
    }
}
