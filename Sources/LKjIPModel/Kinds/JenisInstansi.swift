/// A kind of office (`templates/jenis/<kind>.yaml`): a Kantor Wilayah, an Eselon I unit, a
/// ministry, a regional government's perangkat daerah, a UPT. The kind is data, not code:
/// it says which lines the cover prints and in which order, which PK levels exist and what
/// their sasaran and indicators are called, what the budget levels are called, which
/// instansi keys the kind needs, and (`kata`) every printed word where it differs from
/// `templates/kata.yaml`. An office picks its kind with `instansi.jenis_instansi`; a copied
/// templates folder may change a kind or add one.
public struct JenisInstansi: Codable, Equatable, Sendable, DataRecord {
    /// What the kind is, for `lkjip init --jenis` and messages.
    public var nama: String
    /// instansi keys this kind cannot do without (the cover of a Kantor Wilayah prints the
    /// ministry and the province).
    public var wajib: [String]?
    /// The cover's paragraphs, top first, each a list of lines named by instansi key
    /// (`induk`, `jenis`, `nama`, `nama_singkat`, `kementerian`, `provinsi`).
    public var sampul: [[String]]
    /// The levels at which PKs are signed.
    public var tingkat: [TingkatPK]
    /// The level of the head of office's own PK.
    public var tingkatKantor: String
    /// The level of a division head's PK when the division names none.
    public var tingkatDivisi: String
    /// Names of the budget levels, top first ([Program, Kegiatan, Sub Kegiatan]).
    public var anggaran: [String]
    /// Words of this kind that differ from `templates/kata.yaml`.
    public var kata: Kata?
    /// Whom the head of office signs the PK with, as `lkjip init --jenis` writes the
    /// skeleton: "Bupati" for a dinas, "Kepala Dinas" for a UPTD. nil: "Bupati" for a
    /// regional kind, "Menteri" otherwise.
    public var atasan: String?
    /// Whether that superior is a civil servant with a NIP (a Kepala Dinas) rather than a
    /// political official who signs without one (a Bupati, a Menteri). Default false.
    public var atasanNip: Bool?

    enum CodingKeys: String, CodingKey {
        case nama, wajib, sampul, tingkat, anggaran, kata, atasan
        case atasanNip = "atasan_nip"
        case tingkatKantor = "tingkat_kantor"
        case tingkatDivisi = "tingkat_divisi"
    }

    /// The kind of an office that names none: every office before kinds existed.
    public static let bawaan = "kanwil"

    /// The instansi keys a cover line or `wajib` may name.
    public static let kunciInstansi = ["induk", "jenis", "nama", "nama_singkat", "kementerian", "provinsi"]

    public func tingkat(_ id: String) -> TingkatPK? { tingkat.first { $0.id == id } }

    public static let summary = "templates/jenis/<kind>.yaml: a kind of office (cover lines, PK levels, budget levels, words)."
    public static let fields: [String: FieldSpec] = [
        "nama": FieldSpec("What the kind is, one line.", format: .line, example: "Perangkat daerah (dinas, badan) of a provinsi, kabupaten or kota"),
        "wajib": FieldSpec("instansi keys an office of this kind must give (of induk, jenis, nama, nama_singkat, kementerian, provinsi).", format: .id),
        "sampul": FieldSpec("The cover's paragraphs under the logo, top first; each a list of instansi keys printed one per line in capitals (induk prints each of its lines).", format: .id, example: "[[induk, jenis]]"),
        "tingkat": FieldSpec("The levels at which PKs are signed, with the words of their sasaran and indicators."),
        "tingkat_kantor": FieldSpec("Id of the level of the head of office's own PK.", format: .id, example: "kepala"),
        "tingkat_divisi": FieldSpec("Id of the level of a division head's PK when organisasi.divisi[].tingkat names none.", format: .id, example: "bidang"),
        "anggaran": FieldSpec("Names of the budget levels of anggaran.yaml program_kegiatan, top first.", format: .line, example: "[Program, Kegiatan, Sub Kegiatan]"),
        "kata": FieldSpec("Words of this kind that differ from templates/kata.yaml, by name."),
        "atasan": FieldSpec("Whom the head of office signs the PK with, for the skeleton of lkjip init --jenis. Default: Bupati for a regional kind, Menteri otherwise.", format: .line, example: "Kepala Dinas"),
        "atasan_nip": FieldSpec("true when that superior is a civil servant with a NIP (a Kepala Dinas), not a political official. Default false."),
    ]
}

/// A level at which PKs are signed (a head of office, a Kepala Bidang, a Kepala Seksi): what
/// its sasaran and indicators are called, and which budget level its PK lists.
public struct TingkatPK: Codable, Equatable, Sendable, DataRecord {
    public var id: String
    public var sasaran: String
    public var indikator: String
    /// "IKU", "IKK".
    public var singkatan: String
    /// The budget level its PK lists (a name of the kind's `anggaran`); nil: any.
    public var anggaran: String?

    public init(id: String, sasaran: String, indikator: String, singkatan: String, anggaran: String? = nil) {
        self.id = id
        self.sasaran = sasaran
        self.indikator = indikator
        self.singkatan = singkatan
        self.anggaran = anggaran
    }

    public static let summary = "A PK level: the words of its sasaran and indicators and its budget level."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id, named by tingkat_kantor, tingkat_divisi and organisasi.divisi[].tingkat.", format: .id, example: "bidang"),
        "sasaran": FieldSpec("What the level's sasaran are called (table headers of the PK and BAB III).", format: .line, example: "Sasaran Program"),
        "indikator": FieldSpec("What the level's indicators are called.", format: .line, example: "Indikator Kinerja Program"),
        "singkatan": FieldSpec("Short form of the indicators' name.", format: .line, example: "IKP"),
        "anggaran": FieldSpec("The budget level this level's PK lists (a name of the kind's anggaran); a PK line of another level is reported.", format: .line, example: "Kegiatan"),
    ]
}

/// Printed words by name (`kolom_target: Target`): `templates/kata.yaml` holds every one,
/// a kind's `kata` the ones it changes. Values may hold `{placeholders}` that the report
/// fills in (`Capaian thd Target {tahun}`).
public struct Kata: Codable, Equatable, Sendable, SchemaMapType {
    public var words: [String: String]

    public init(_ words: [String: String] = [:]) { self.words = words }

    public init(from decoder: Decoder) throws {
        words = try [String: String](from: decoder)
    }

    public func encode(to encoder: Encoder) throws { try words.encode(to: encoder) }

    public subscript(name: String) -> String? { words[name] }

    static var valueType: any Decodable.Type { String.self }
    static var keyKind: MapKey { .word }
    static var empty: Kata { Kata() }
}

/// Top level of `templates/kata.yaml`.
public struct KataFile: Codable, Equatable, Sendable, DataRecord {
    public var kata: Kata
    public static let summary = "templates/kata.yaml: every word lkjip prints outside the templates' own text, by name."
    public static let fields: [String: FieldSpec] = ["kata": FieldSpec("Name to printed word.")]
}
