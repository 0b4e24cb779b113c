/// The Rencana Aksi of one indicator of a Perjanjian Kinerja (`rencana_aksi` of the PK
/// file): the actions planned to reach its target in the year. The quarterly targets are not
/// repeated here: they are the indicator's `triwulan`, the same ones the quarterly
/// measurement compares with, so the plan and the measurement cannot disagree.
public struct RencanaAksi: Codable, Equatable, Sendable, DataRecord {
    public var indikator: String
    public var aksi: [Aksi]

    public init(indikator: String, aksi: [Aksi]) {
        self.indikator = indikator
        self.aksi = aksi
    }

    public static let summary = "The actions planned for one indicator of the agreement."
    public static let fields: [String: FieldSpec] = [
        "indikator": FieldSpec("Id of an indicator of this PK.", format: .id, example: "ss1-1"),
        "aksi": FieldSpec("The actions, in the order they are printed."),
    ]
}

/// One action (rencana aksi) with its steps, who carries it out and its budget.
public struct Aksi: Codable, Equatable, Sendable, DataRecord {
    public var uraian: String
    public var subAksi: [String]?
    public var penanggungJawab: String?
    /// A budget line of this PK (id or kode) that funds the action: its amount is printed.
    public var kegiatan: String?
    /// Rupiah typed for the action when no budget line of the PK funds it alone.
    public var anggaran: Int64?

    public init(uraian: String, subAksi: [String]? = nil, penanggungJawab: String? = nil, kegiatan: String? = nil, anggaran: Int64? = nil) {
        self.uraian = uraian
        self.subAksi = subAksi
        self.penanggungJawab = penanggungJawab
        self.kegiatan = kegiatan
        self.anggaran = anggaran
    }

    enum CodingKeys: String, CodingKey {
        case uraian, kegiatan, anggaran
        case subAksi = "sub_aksi"
        case penanggungJawab = "penanggung_jawab"
    }

    public static let summary = "A rencana aksi: what is done, its steps, who answers for it and its budget."
    public static let fields: [String: FieldSpec] = [
        "uraian": FieldSpec("The action.", format: .line, example: "Sosialisasi layanan kekayaan intelektual kepada pelaku UMKM"),
        "sub_aksi": FieldSpec("Its steps (sub rencana aksi), printed a, b, c under it.", format: .line),
        "penanggung_jawab": FieldSpec("Who carries it out; default the indicator's penanggung_jawab, else the division.", format: .line, example: "Subbidang Pelayanan Kekayaan Intelektual"),
        "kegiatan": FieldSpec("Id or kode of the budget line of this PK that funds the action; its amount is printed. Give kegiatan or anggaran, not both.", format: .kode, example: "PR.6389.QIB"),
        "anggaran": FieldSpec("Rupiah for the action when no single budget line of the PK funds it.", unit: "Rupiah", range: Ranges.rupiah, example: "150000000"),
    ]
}
