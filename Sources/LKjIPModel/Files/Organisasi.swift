/// Organisation and staffing (`organisasi.yaml`): divisions, kinds of unit and satker.
public struct Organisasi: Codable, Equatable, Sendable, DataRecord {
    public var jenisSatker: [JenisSatker]?
    public var divisi: [Divisi]
    public var satker: [Satker]

    enum CodingKeys: String, CodingKey {
        case divisi, satker
        case jenisSatker = "jenis_satker"
    }

    public static let summary = "organisasi.yaml: divisions, kinds of technical unit and satker with their employees."
    public static let fields: [String: FieldSpec] = [
        "jenis_satker": FieldSpec("Kinds of technical unit (UPT) in the order the report lists them. The satker of jenis `kanwil` is the office itself."),
        "divisi": FieldSpec("Divisions in the order every chapter and the LAMPIRAN list them."),
        "satker": FieldSpec("Work units with their employees; totals are computed."),
    ]
}

/// A kind of technical unit and the words the report uses for it.
public struct JenisSatker: Codable, Equatable, Sendable, DataRecord {
    public var id: String
    public var nama: String

    public static let summary = "A kind of unit (UPT) as BAB I counts it."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id used in satker.jenis.", format: .id, example: "lapas"),
        "nama": FieldSpec("Name printed in BAB I and the organisation chart.", format: .line, example: "Lembaga Pemasyarakatan (LAPAS)"),
    ]
}

public struct Divisi: Codable, Equatable, Sendable, DataRecord {
    public var id: String
    public var nama: String
    public var kepala: String
    public var tugas: String
    public var fungsi: String?

    public static let summary = "A division: its head and its tasks."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id used by pk/ and realisasi/ files.", format: .id, example: "administrasi"),
        "nama": FieldSpec("Name.", format: .line, example: "Divisi Administrasi"),
        "kepala": FieldSpec("Pejabat id of the head of division.", format: .id, example: "kadiv-administrasi"),
        "tugas": FieldSpec("Task description after the name in BAB I B (Markdown).", format: .markdown),
        "fungsi": FieldSpec("Functions in BAB I D (Markdown).", format: .markdown),
    ]
}

public struct Satker: Codable, Equatable, Sendable, DataRecord {
    public var nama: String
    public var jenis: String
    public var lakiLaki: Int
    public var perempuan: Int
    /// A total typed by the user; only checked against the computed one.
    public var jumlah: Int?

    enum CodingKeys: String, CodingKey {
        case nama, jenis, perempuan, jumlah
        case lakiLaki = "laki_laki"
    }

    public static let summary = "A work unit with its employees by sex."
    public static let fields: [String: FieldSpec] = [
        "nama": FieldSpec("Name.", format: .line, example: "Lembaga Pemasyarakatan Kelas IIA Padang"),
        "jenis": FieldSpec("Kind: `kanwil` for the office itself, otherwise an id of jenis_satker.", format: .id, example: "lapas"),
        "laki_laki": FieldSpec("Male employees.", unit: "orang", range: Ranges.orang, example: "93"),
        "perempuan": FieldSpec("Female employees.", unit: "orang", range: Ranges.orang, example: "51"),
        "jumlah": FieldSpec("Total, only checked against laki_laki + perempuan (computed; may be left out).", unit: "orang", range: 0...2_000_000),
    ]
}
