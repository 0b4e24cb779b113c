/// Office-wide budget and other performance figures of BAB III B-D (`anggaran.yaml`).
public struct AnggaranKantor: Codable, Equatable, Sendable, DataRecord {
    public var realisasi: [AnggaranTahun]
    public var narasiRealisasi: String?
    public var smartDja: [NilaiSmart]
    public var narasiSmart: String?
    public var ikpa: [AspekIkpa]
    public var narasiIkpa: String?

    enum CodingKeys: String, CodingKey {
        case realisasi, ikpa
        case narasiRealisasi = "narasi_realisasi"
        case smartDja = "smart_dja"
        case narasiSmart = "narasi_smart"
        case narasiIkpa = "narasi_ikpa"
    }

    public static let summary = "anggaran.yaml: the office budget per year, SMART DJA and IKPA (BAB III B and C)."
    public static let fields: [String: FieldSpec] = [
        "realisasi": FieldSpec("Pagu and realisasi of the whole office per year (BAB III B)."),
        "narasi_realisasi": FieldSpec("Explanation after the budget table (Markdown).", format: .markdown),
        "smart_dja": FieldSpec("SMART DJA score per satker (BAB III C 1)."),
        "narasi_smart": FieldSpec("Text before the SMART DJA table (Markdown).", format: .markdown),
        "ikpa": FieldSpec("IKPA aspects and indicators (BAB III C 2)."),
        "narasi_ikpa": FieldSpec("Text before the IKPA table (Markdown).", format: .markdown),
    ]
}

public struct NilaiSmart: Codable, Equatable, Sendable, DataRecord {
    public var satker: String
    public var kode: String
    public var nilai: Nilai
    public var keterangan: String?

    public static let summary = "The SMART DJA score of one satker."
    public static let fields: [String: FieldSpec] = [
        "satker": FieldSpec("Satker name.", format: .line),
        "kode": FieldSpec("Six-digit satker code.", format: .line, example: "408798"),
        "nilai": FieldSpec("Score.", unit: "poin", range: 0...100),
        "keterangan": FieldSpec("Remark.", format: .markdown),
    ]
}

public struct AspekIkpa: Codable, Equatable, Sendable, DataRecord {
    public var aspek: String
    public var uraian: String?
    public var indikator: [IndikatorIkpa]

    public static let summary = "An IKPA aspect with its indicators."
    public static let fields: [String: FieldSpec] = [
        "aspek": FieldSpec("Name of the aspect.", format: .line, example: "Kualitas Perencanaan Anggaran"),
        "uraian": FieldSpec("Introductory text (Markdown).", format: .markdown),
        "indikator": FieldSpec("Its indicators."),
    ]
}

public struct IndikatorIkpa: Codable, Equatable, Sendable, DataRecord {
    public var nama: String
    public var nilai: Nilai
    public var bobot: Nilai?
    public var uraian: String?

    public static let summary = "An IKPA indicator."
    public static let fields: [String: FieldSpec] = [
        "nama": FieldSpec("Name.", format: .line),
        "nilai": FieldSpec("Score reached.", unit: "poin", range: 0...100),
        "bobot": FieldSpec("Weight in the IKPA total.", unit: "persen", range: 0...100),
        "uraian": FieldSpec("Explanation (Markdown).", format: .markdown),
    ]
}
