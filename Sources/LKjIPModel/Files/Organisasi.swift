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
        "jenis_satker": FieldSpec("The office's own kinds of technical unit (UPT, UPTD, balai) in the order the report lists them. The satker of jenis `induk` (or `kanwil`) is the office itself."),
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
    /// The PK level of its head (a level of the office's kind: `bidang`, `seksi`, …); nil is
    /// the kind's level for divisions.
    public var tingkat: String?
    /// The name where a document prints it short: the group headings of the IKU summary
    /// ("DIVISI PELAYANAN HUKUM DAN HAM").
    public var namaSingkat: String?

    public init(id: String, nama: String, kepala: String, tugas: String, fungsi: String? = nil, tingkat: String? = nil, namaSingkat: String? = nil) {
        self.id = id
        self.nama = nama
        self.kepala = kepala
        self.tugas = tugas
        self.fungsi = fungsi
        self.tingkat = tingkat
        self.namaSingkat = namaSingkat
    }

    enum CodingKeys: String, CodingKey {
        case id, nama, kepala, tugas, fungsi, tingkat
        case namaSingkat = "nama_singkat"
    }

    public static let summary = "A division (bidang, bagian, divisi, UPTD): its head and its tasks."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id used by pk/ and realisasi/ files.", format: .id, example: "administrasi"),
        "nama": FieldSpec("Name.", format: .line, example: "Divisi Administrasi"),
        "kepala": FieldSpec("Pejabat id of the head of division.", format: .id, example: "kadiv-administrasi"),
        "tingkat": FieldSpec("PK level of the head, one of the levels of the office's kind (templates/jenis/<kind>.yaml `tingkat`): which words its PK's sasaran and indicators have and at which level its budget is printed. Default: the kind's level for divisions (`tingkat_divisi`).", format: .id, example: "seksi"),
        "tugas": FieldSpec("Task description after the name in BAB I B (Markdown).", format: .markdown),
        "fungsi": FieldSpec("Functions in BAB I D (Markdown).", format: .markdown),
        "nama_singkat": FieldSpec("Short name for the group headings of the IKU summary (`lkjip dokumen iku-ringkas`); default the name.", format: .line, example: "Divisi Pelayanan Hukum dan HAM"),
    ]
}

public struct Satker: Codable, Equatable, Sendable, DataRecord {
    public var nama: String
    public var jenis: String
    public var lakiLaki: Int
    public var perempuan: Int
    /// A total typed by the user; only checked against the computed one.
    public var jumlah: Int?

    /// The `jenis` of the satker that is the office itself rather than one of its units:
    /// `induk` for any office, `kanwil` as the first offices wrote it.
    public static let jenisKantor: Set<String> = ["induk", "kanwil"]
    public var isKantor: Bool { Self.jenisKantor.contains(jenis.lowercased()) }

    enum CodingKeys: String, CodingKey {
        case nama, jenis, perempuan, jumlah
        case lakiLaki = "laki_laki"
    }

    public static let summary = "A work unit with its employees by sex."
    public static let fields: [String: FieldSpec] = [
        "nama": FieldSpec("Name.", format: .line, example: "Lembaga Pemasyarakatan Kelas IIA Padang"),
        "jenis": FieldSpec("Kind: `induk` (or `kanwil`) for the office itself, otherwise an id of jenis_satker.", format: .id, example: "lapas"),
        "laki_laki": FieldSpec("Male employees.", unit: "orang", range: Ranges.orang, example: "93"),
        "perempuan": FieldSpec("Female employees.", unit: "orang", range: Ranges.orang, example: "51"),
        "jumlah": FieldSpec("Total, only checked against laki_laki + perempuan (computed; may be left out).", unit: "orang", range: 0...2_000_000),
    ]
}
