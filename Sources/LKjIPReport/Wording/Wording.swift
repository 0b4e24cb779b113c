import LKjIPModel
import LKjIPDocument

/// The printed words of one report: `templates/kata.yaml` with the office kind's own words
/// over it, and the kind's structure (cover lines, PK levels, budget levels). Every word a
/// computed table, chart or signature prints comes from here, so an office changes any of
/// them in a copy of the templates folder, without Swift.
public struct Wording: Sendable {
    /// Id of the office's kind (`kanwil`, `perangkat-daerah`).
    public let jenisId: String
    public let jenis: JenisInstansi
    let words: [String: String]

    public init(jenisId: String, jenis: JenisInstansi, words: [String: String]) {
        self.jenisId = jenisId
        self.jenis = jenis
        self.words = words
    }

    /// The word; its name when a test builds a wording without it (the loader makes sure a
    /// real one has them all).
    public subscript(_ key: KataKunci) -> String { words[key.rawValue] ?? key.rawValue }

    /// The word with its `{placeholders}` filled in.
    public func format(_ key: KataKunci, _ values: [String: String]) -> String {
        Self.fill(self[key], values)
    }

    /// Replaces `{name}` by its value; an unknown placeholder stays as written, so a mistake
    /// shows in the output rather than disappearing.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard text.contains("{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Every word by name, in the order of `templates/kata.yaml`.
    public var all: [(name: String, text: String)] { KataKunci.allCases.map { ($0.rawValue, self[$0]) } }

    /// The level of the head of office's own PK.
    public var tingkatKantor: TingkatPK { jenis.tingkat(jenis.tingkatKantor) ?? Self.fallbackTingkat }

    /// The level of a division head's PK: the division's own, else the kind's for divisions.
    public func tingkat(_ divisi: Divisi) -> TingkatPK {
        if divisi.id.isEmpty { return tingkatKantor }
        return jenis.tingkat(divisi.tingkat ?? jenis.tingkatDivisi) ?? jenis.tingkat(jenis.tingkatDivisi) ?? Self.fallbackTingkat
    }

    /// Name of a budget level (0 programme) of the kind; nil beyond its levels.
    public func tingkatAnggaran(_ depth: Int) -> String? {
        depth >= 0 && depth < jenis.anggaran.count ? jenis.anggaran[depth] : nil
    }

    static let fallbackTingkat = TingkatPK(id: "", sasaran: "Sasaran Kegiatan", indikator: "Indikator Kinerja Kegiatan", singkatan: "IKK", anggaran: nil)
}

extension Wording {
    /// The printed words before caption numbers, for `DocumentNumbering`.
    var captionWords: [CaptionKind: String] {
        [.table: self[.labelTabel], .chart: self[.labelGrafik], .figure: self[.labelGambar]]
    }
}
