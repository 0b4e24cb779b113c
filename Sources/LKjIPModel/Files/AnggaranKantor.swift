/// Office-wide budget and other performance figures of BAB III B-D (`anggaran.yaml`).
public struct AnggaranKantor: Codable, Equatable, Sendable, DataRecord {
    public var realisasi: [AnggaranTahun]
    public var narasiRealisasi: String?
    /// The office's programmes, kegiatan and sub kegiatan (or outputs) of the report year, one
    /// line each; a line's parent is the line whose code its own extends. Empty when the
    /// office types its budget in its PKs.
    public var programKegiatan: [BarisAnggaran]
    /// SMART DJA and IKPA are central-government systems: an office that has none leaves the
    /// keys out, and their sections are not printed.
    public var smartDja: [NilaiSmart]
    public var narasiSmart: String?
    public var ikpa: [AspekIkpa]
    public var narasiIkpa: String?
    /// Date of the report year's budget document (DIPA, DPA): a PK is due within a month of it
    /// (PermenPAN-RB 53/2014; LKE 3.a.6).
    public var tanggalDipa: String?

    public init(realisasi: [AnggaranTahun] = [], narasiRealisasi: String? = nil, programKegiatan: [BarisAnggaran] = [], smartDja: [NilaiSmart] = [], narasiSmart: String? = nil, ikpa: [AspekIkpa] = [], narasiIkpa: String? = nil) {
        self.realisasi = realisasi
        self.narasiRealisasi = narasiRealisasi
        self.programKegiatan = programKegiatan
        self.smartDja = smartDja
        self.narasiSmart = narasiSmart
        self.ikpa = ikpa
        self.narasiIkpa = narasiIkpa
    }

    enum CodingKeys: String, CodingKey {
        case realisasi, ikpa
        case narasiRealisasi = "narasi_realisasi"
        case programKegiatan = "program_kegiatan"
        case smartDja = "smart_dja"
        case narasiSmart = "narasi_smart"
        case narasiIkpa = "narasi_ikpa"
        case tanggalDipa = "tanggal_dipa"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        realisasi = try c.decodeIfPresent([AnggaranTahun].self, forKey: .realisasi) ?? []
        narasiRealisasi = try c.decodeIfPresent(String.self, forKey: .narasiRealisasi)
        programKegiatan = try c.decodeIfPresent([BarisAnggaran].self, forKey: .programKegiatan) ?? []
        smartDja = try c.decodeIfPresent([NilaiSmart].self, forKey: .smartDja) ?? []
        narasiSmart = try c.decodeIfPresent(String.self, forKey: .narasiSmart)
        ikpa = try c.decodeIfPresent([AspekIkpa].self, forKey: .ikpa) ?? []
        narasiIkpa = try c.decodeIfPresent(String.self, forKey: .narasiIkpa)
        tanggalDipa = try c.decodeIfPresent(String.self, forKey: .tanggalDipa)
    }

    public static let summary = "anggaran.yaml: the office budget per year, its programmes and kegiatan, SMART DJA and IKPA (BAB III B and C)."
    public static let fields: [String: FieldSpec] = [
        "realisasi": FieldSpec("Pagu and realisasi of the whole office per year (BAB III B). The report year may be left out when program_kegiatan is given: it is then their sum; if typed, it must equal that sum."),
        "narasi_realisasi": FieldSpec("Explanation after the budget table (Markdown).", format: .markdown),
        "program_kegiatan": FieldSpec("The budget of the report year as programmes, kegiatan and sub kegiatan (or outputs) with their official codes, one line each; a line belongs to the line whose kode its own kode extends (1.02.02.2.02.0001 under 1.02.02.2.02 under 1.02.02). Pagu and realisasi are typed at the lowest lines and summed upward. PKs refer to a line by its kode."),
        "smart_dja": FieldSpec("SMART DJA score per satker (BAB III C 1); leave out when the office has none: the section is not printed."),
        "narasi_smart": FieldSpec("Text before the SMART DJA table (Markdown).", format: .markdown),
        "ikpa": FieldSpec("IKPA aspects and indicators (BAB III C 2); leave out when the office has none: the section is not printed."),
        "narasi_ikpa": FieldSpec("Text before the IKPA table (Markdown).", format: .markdown),
        "tanggal_dipa": FieldSpec("Date of the report year's DIPA (or DPA), yyyy-mm-dd: `check --evaluasi` reports a Perjanjian Kinerja signed more than a month after it (LKE 3.a.6).", format: .date, example: "2022-12-01"),
    ]
}

/// One line of the office budget: a programme, a kegiatan, a sub kegiatan or an output. Its
/// place in the tree comes from its code: the parent is the longest other code that is a
/// prefix of it up to a dot. Pagu and realisasi are typed at the lowest lines; a parent's are
/// their sums, and a typed one is only checked.
public struct BarisAnggaran: Codable, Equatable, Sendable, DataRecord {
    public var kode: String
    public var nama: String
    public var pagu: Int64?
    public var realisasi: Int64?

    public init(kode: String, nama: String, pagu: Int64? = nil, realisasi: Int64? = nil) {
        self.kode = kode
        self.nama = nama
        self.pagu = pagu
        self.realisasi = realisasi
    }

    /// The codes this line's code extends, nearest first: "1.02.02.2.02.0001" has
    /// "1.02.02.2.02", "1.02.02.2", "1.02.02", "1.02", "1".
    public var prefixes: [String] {
        var result: [String] = []
        var rest = Substring(kode)
        while let dot = rest.lastIndex(of: ".") {
            rest = rest[..<dot]
            result.append(String(rest))
        }
        return result
    }

    public static let summary = "A programme, kegiatan, sub kegiatan or output of the office budget."
    public static let fields: [String: FieldSpec] = [
        "kode": FieldSpec("Official code (Permendagri 90/2019 nomenclature for a regional government: 1.02.02 programme, 1.02.02.2.02 kegiatan, 1.02.02.2.02.0001 sub kegiatan; the RKA-K/L codes for a ministry). Its parent is the line whose kode it extends.", format: .kode, example: "1.02.02.2.02.0001"),
        "nama": FieldSpec("Name as the nomenclature writes it.", format: .line, example: "Pengelolaan Pelayanan Kesehatan Ibu Hamil"),
        "pagu": FieldSpec("Pagu in Rupiah. Required at the lowest lines; for a line with lines under it the sum is computed and a typed pagu only checked.", unit: "Rupiah", range: Ranges.rupiah, example: "450000000"),
        "realisasi": FieldSpec("Spending in Rupiah in the report year, typed at the lowest lines and summed upward like the pagu.", unit: "Rupiah", range: Ranges.rupiah, example: "441000000"),
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
