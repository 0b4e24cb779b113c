/// A signed Perjanjian Kinerja between a head of division (Pihak Pertama) and the head of
/// office (Pihak Kedua): `pk/<file>.yaml`. Its lampiran lists three levels of targets and
/// the activities' budget; the Sasaran Kegiatan level is what BAB III measures.
public struct PerjanjianKinerja: Codable, Equatable, Sendable, DataRecord {
    public var divisi: String
    public var pihakPertama: String
    public var pihakKedua: String
    public var tempat: String?
    public var tanggal: String
    public var periode: Periode?
    public var sasaranStrategis: [SasaranPK]
    public var sasaranProgram: [SasaranPK]
    public var sasaranKegiatan: [Sasaran]
    public var kegiatan: [Kegiatan]
    public var revisi: [Revisi]?
    /// The file this agreement was read from (relative to the data directory).
    public var file: String = ""

    enum CodingKeys: String, CodingKey {
        case divisi, tempat, tanggal, periode, kegiatan, revisi
        case pihakPertama = "pihak_pertama"
        case pihakKedua = "pihak_kedua"
        case sasaranStrategis = "sasaran_strategis"
        case sasaranProgram = "sasaran_program"
        case sasaranKegiatan = "sasaran_kegiatan"
    }

    public static let summary = "pk/<name>.yaml: one Perjanjian Kinerja. A division whose head changed during the year has one file per head, each with its periode."
    public static let fields: [String: FieldSpec] = [
        "divisi": FieldSpec("Divisi id this agreement belongs to.", format: .id, example: "administrasi"),
        "pihak_pertama": FieldSpec("Pejabat id of the head of division who promises the targets.", format: .id, example: "kadiv-administrasi"),
        "pihak_kedua": FieldSpec("Pejabat id of the superior who signs as Pihak Kedua.", format: .id, example: "kakanwil"),
        "tempat": FieldSpec("Place of signing; default instansi.kota.", format: .line),
        "tanggal": FieldSpec("Date of signing, yyyy-mm-dd.", format: .date, example: "2023-01-05"),
        "periode": FieldSpec("Period this agreement covers when the head changed during the year; default the whole year."),
        "sasaran_strategis": FieldSpec("Sasaran Strategis with Indikator Kinerja Utama (IKU), shown in the lampiran only."),
        "sasaran_program": FieldSpec("Sasaran Program with Indikator Kinerja Program (IKP), shown in the lampiran only."),
        "sasaran_kegiatan": FieldSpec("Sasaran Kegiatan with Indikator Kinerja Kegiatan (IKK): measured in BAB III."),
        "kegiatan": FieldSpec("Budget lines: a programme line (program: true) followed by its kegiatan."),
        "revisi": FieldSpec("Revisions in order of nomor; the latest targets and budgets apply everywhere."),
    ]
}

/// The part of the year an agreement covers.
public struct Periode: Codable, Equatable, Sendable, DataRecord {
    public var mulai: String
    public var selesai: String

    public static let summary = "First and last day an agreement applies."
    public static let fields: [String: FieldSpec] = [
        "mulai": FieldSpec("First day, yyyy-mm-dd.", format: .date, example: "2023-01-01"),
        "selesai": FieldSpec("Last day, yyyy-mm-dd.", format: .date, example: "2023-06-30"),
    ]
}

/// An IKU/IKP level sasaran: only shown in the PK lampiran, never measured here.
public struct SasaranPK: Codable, Equatable, Sendable, DataRecord {
    public var nama: String
    public var indikator: [IndikatorPK]

    public static let summary = "A Sasaran Strategis or Sasaran Program with its indicators."
    public static let fields: [String: FieldSpec] = [
        "nama": FieldSpec("Name of the sasaran.", format: .line),
        "indikator": FieldSpec("Its indicators with targets."),
    ]
}

public struct IndikatorPK: Codable, Equatable, Sendable, DataRecord {
    /// Needed only when a revision changes this indicator's target.
    public var id: String?
    public var nama: String
    public var target: Nilai?
    public var targetTeks: String?
    public var satuan: String?
    public var desimal: Int?

    enum CodingKeys: String, CodingKey {
        case id, nama, target, satuan, desimal
        case targetTeks = "target_teks"
    }

    public static let summary = "An IKU or IKP with its target."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id, unique within the PK (IKK ids included); needed when a revision changes this target.", format: .id, example: "iku-1"),
        "nama": FieldSpec("Name of the indicator.", format: .line),
        "target": FieldSpec("Numeric target (give target or target_teks).", range: Ranges.target, example: "94"),
        "target_teks": FieldSpec("Target as a word, e.g. WTP.", format: .line, example: "WTP"),
        "satuan": FieldSpec("Unit printed after the number: %, Indeks, Layanan, or empty.", format: .line, example: "%"),
        "desimal": FieldSpec("Decimal places printed (default: as typed).", range: Ranges.desimal, example: "1"),
    ]
}

/// A Sasaran Kegiatan with its measured indicators.
public struct Sasaran: Codable, Equatable, Sendable, DataRecord {
    public var id: String
    public var kode: String?
    public var nama: String
    public var indikator: [Indikator]
    /// Kegiatan ids that serve this sasaran (analysis 7 and the efficiency of analysis 6).
    public var kegiatan: [String]?

    public static let summary = "A Sasaran Kegiatan and its Indikator Kinerja Kegiatan."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id, unique within the division.", format: .id, example: "ss1"),
        "kode": FieldSpec("Code as the e-Performance application shows it; default SS<n> by position.", format: .line, example: "SS1"),
        "nama": FieldSpec("Name of the sasaran.", format: .line),
        "indikator": FieldSpec("Its indicators."),
        "kegiatan": FieldSpec("Ids of the kegiatan (budget lines) that support this sasaran: BAB III links their anggaran to the result."),
    ]
}

/// An Indikator Kinerja Kegiatan with its target.
public struct Indikator: Codable, Equatable, Sendable, DataRecord {
    public var id: String
    public var nama: String
    public var target: Nilai?
    public var targetTeks: String?
    public var targetRentang: [Nilai]?
    public var skala: [String]?
    public var satuan: String?
    public var polaritas: Polaritas?
    public var desimal: Int?
    public var capaian: AturanCapaian?
    public var triwulan: TargetTriwulan?
    public var standarNasional: StandarNasional?

    public init(id: String, nama: String, target: Nilai? = nil, targetTeks: String? = nil, targetRentang: [Nilai]? = nil, skala: [String]? = nil, satuan: String? = nil, polaritas: Polaritas? = nil, desimal: Int? = nil, capaian: AturanCapaian? = nil, triwulan: TargetTriwulan? = nil, standarNasional: StandarNasional? = nil) {
        self.id = id
        self.nama = nama
        self.target = target
        self.targetTeks = targetTeks
        self.targetRentang = targetRentang
        self.skala = skala
        self.satuan = satuan
        self.polaritas = polaritas
        self.desimal = desimal
        self.capaian = capaian
        self.triwulan = triwulan
        self.standarNasional = standarNasional
    }

    enum CodingKeys: String, CodingKey {
        case id, nama, target, skala, satuan, polaritas, desimal, capaian, triwulan
        case targetTeks = "target_teks"
        case targetRentang = "target_rentang"
        case standarNasional = "standar_nasional"
    }

    public static let summary = "An IKK: what is measured, its target and how capaian is computed."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id, unique within the division; realisasi and revisions refer to it.", format: .id, example: "ss1-1"),
        "nama": FieldSpec("Name of the indicator.", format: .line),
        "target": FieldSpec("Numeric target for the year. Give exactly one of target, target_teks, target_rentang.", range: Ranges.target, example: "90"),
        "target_teks": FieldSpec("Target as a word (WTP, A, Baik): achieved when the realisasi word is the same or better on `skala`.", format: .line, example: "WTP"),
        "target_rentang": FieldSpec("Target range [low, high], e.g. [80, 90]: inside the range is 100%.", range: Ranges.target, example: "[80, 90]"),
        "skala": FieldSpec("For target_teks: the possible words, best first, e.g. [WTP, WDP, TW, TMP].", format: .line),
        "satuan": FieldSpec("Unit printed after numbers: %, Indeks, Layanan, Orang, or empty. With %, realisasi from pembilang/penyebut is × 100.", format: .line, example: "%"),
        "polaritas": FieldSpec("positif (higher is better, default) or negatif (lower is better)."),
        "desimal": FieldSpec("Decimal places printed for target and realisasi (default: as typed).", range: Ranges.desimal, example: "1"),
        "capaian": FieldSpec("Capaian rules for this indicator, overriding instansi.aturan_capaian."),
        "triwulan": FieldSpec("Quarterly targets and how the yearly realisasi is derived from the quarters."),
        "standar_nasional": FieldSpec("A national standard to compare the realisasi with (analysis 4)."),
    ]
}

public enum Polaritas: String, Codable, Equatable, Sendable, CaseIterable, DataEnum {
    case positif, negatif

    public static let allowedValues = allCases.map(\.rawValue)
    public static let placeholder = Polaritas.positif
    public static let valueDescriptions = [
        "positif": "higher is better: capaian = realisasi / target × 100",
        "negatif": "lower is better: capaian by aturan_capaian.rumus_negatif",
    ]
}

/// TW I-IV targets and the rule that makes one yearly realisasi from four quarters.
public struct TargetTriwulan: Codable, Equatable, Sendable, DataRecord {
    public var tw1: Nilai?
    public var tw2: Nilai?
    public var tw3: Nilai?
    public var tw4: Nilai?
    public var agregasi: Agregasi

    public var targets: [Nilai?] { [tw1, tw2, tw3, tw4] }

    public static let summary = "Quarterly targets of an indicator."
    public static let fields: [String: FieldSpec] = [
        "tw1": FieldSpec("Target of TW I.", range: Ranges.target),
        "tw2": FieldSpec("Target of TW II.", range: Ranges.target),
        "tw3": FieldSpec("Target of TW III.", range: Ranges.target),
        "tw4": FieldSpec("Target of TW IV.", range: Ranges.target),
        "agregasi": FieldSpec("How the yearly realisasi follows from the quarters."),
    ]
}

public enum Agregasi: String, Codable, Equatable, Sendable, CaseIterable, DataEnum {
    case jumlah, akhir, rata_rata

    public static let allowedValues = allCases.map(\.rawValue)
    public static let placeholder = Agregasi.akhir
    public static let valueDescriptions = [
        "jumlah": "the sum of the quarters (counts: people served, documents)",
        "akhir": "the last quarter reported (cumulative percentages, indexes at year end)",
        "rata_rata": "the mean of the quarters reported",
    ]
}

public struct StandarNasional: Codable, Equatable, Sendable, DataRecord {
    public var nilai: Nilai
    public var sumber: String?

    public static let summary = "A national standard for an indicator."
    public static let fields: [String: FieldSpec] = [
        "nilai": FieldSpec("The standard's value, in the indicator's unit.", range: Ranges.nilai),
        "sumber": FieldSpec("Where the standard is set (regulation, national average).", format: .line),
    ]
}

/// A line of the PK's budget table. A programme line (`program: true`) is the sum of the
/// kegiatan below it up to the next programme line; its amount is computed, and a typed one
/// is only checked.
public struct Kegiatan: Codable, Equatable, Sendable, DataRecord {
    public var id: String?
    public var nama: String
    public var anggaran: Int64?
    public var program: Bool?

    public init(id: String? = nil, nama: String, anggaran: Int64? = nil, program: Bool? = nil) {
        self.id = id
        self.nama = nama
        self.anggaran = anggaran
        self.program = program
    }

    public var isProgram: Bool { program ?? false }

    public static let summary = "A budget line of the PK."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id, needed when a revision or a sasaran refers to it.", format: .id),
        "nama": FieldSpec("Name of the programme or kegiatan.", format: .line),
        "anggaran": FieldSpec("Rupiah, whole number. Required for a kegiatan; for a programme line it is computed and only checked.", unit: "Rupiah", range: Ranges.rupiah, example: "17496194000"),
        "program": FieldSpec("true for a programme line: the sum of the kegiatan below it."),
    ]
}

/// A revision of a PK: which targets and budgets changed, when and why.
public struct Revisi: Codable, Equatable, Sendable, DataRecord {
    public var nomor: Int
    public var tanggal: String
    public var alasan: String
    public var target: [PerubahanTarget]?
    public var anggaran: [PerubahanAnggaran]?

    public static let summary = "A revision (Revisi I, II, ...) of the agreement."
    public static let fields: [String: FieldSpec] = [
        "nomor": FieldSpec("1 for Revisi I, 2 for Revisi II; unique and in order of date.", range: Ranges.nomor, example: "1"),
        "tanggal": FieldSpec("Date of the revised agreement, after the original tanggal.", format: .date, example: "2023-07-10"),
        "alasan": FieldSpec("Why the targets changed (Markdown).", format: .markdown),
        "target": FieldSpec("IKK, IKP or IKU with their new target, of the kind they had (target, target_teks, target_rentang, triwulan)."),
        "anggaran": FieldSpec("Kegiatan with their new anggaran."),
    ]
}

/// A revised target of one indicator (IKK, IKP or IKU), of the same kind as the target it
/// replaces: `target` for a numeric target, `target_teks` for a word, `target_rentang` for a
/// range; `triwulan` changes quarterly targets (alone or with the yearly one).
public struct PerubahanTarget: Codable, Equatable, Sendable, DataRecord {
    public var indikator: String
    public var target: Nilai?
    public var targetTeks: String?
    public var targetRentang: [Nilai]?
    public var triwulan: PerubahanTriwulan?

    public init(indikator: String, target: Nilai? = nil, targetTeks: String? = nil, targetRentang: [Nilai]? = nil, triwulan: PerubahanTriwulan? = nil) {
        self.indikator = indikator
        self.target = target
        self.targetTeks = targetTeks
        self.targetRentang = targetRentang
        self.triwulan = triwulan
    }

    enum CodingKeys: String, CodingKey {
        case indikator, target, triwulan
        case targetTeks = "target_teks"
        case targetRentang = "target_rentang"
    }

    public static let summary = "A new target for an IKK, IKP or IKU, of the kind it had."
    public static let fields: [String: FieldSpec] = [
        "indikator": FieldSpec("Id of an IKK, or of an IKU/IKP (give it an `id`).", format: .id),
        "target": FieldSpec("The new numeric target.", range: Ranges.target),
        "target_teks": FieldSpec("The new word target, for an indicator with target_teks.", format: .line),
        "target_rentang": FieldSpec("The new range [low, high], for an indicator with target_rentang.", range: Ranges.target),
        "triwulan": FieldSpec("New quarterly targets (the quarters given replace the old ones)."),
    ]
}

/// Quarterly targets set by a revision; a quarter left out keeps its target.
public struct PerubahanTriwulan: Codable, Equatable, Sendable, DataRecord {
    public var tw1: Nilai?
    public var tw2: Nilai?
    public var tw3: Nilai?
    public var tw4: Nilai?

    public init(tw1: Nilai? = nil, tw2: Nilai? = nil, tw3: Nilai? = nil, tw4: Nilai? = nil) {
        self.tw1 = tw1
        self.tw2 = tw2
        self.tw3 = tw3
        self.tw4 = tw4
    }

    public var values: [Nilai?] { [tw1, tw2, tw3, tw4] }

    public static let summary = "Revised quarterly targets."
    public static let fields: [String: FieldSpec] = [
        "tw1": FieldSpec("New target of TW I.", range: Ranges.target),
        "tw2": FieldSpec("New target of TW II.", range: Ranges.target),
        "tw3": FieldSpec("New target of TW III.", range: Ranges.target),
        "tw4": FieldSpec("New target of TW IV.", range: Ranges.target),
    ]
}

public struct PerubahanAnggaran: Codable, Equatable, Sendable, DataRecord {
    public var kegiatan: String
    public var anggaran: Int64

    public static let summary = "A new anggaran for a kegiatan."
    public static let fields: [String: FieldSpec] = [
        "kegiatan": FieldSpec("Kegiatan id.", format: .id),
        "anggaran": FieldSpec("The new amount in Rupiah.", unit: "Rupiah", range: Ranges.rupiah),
    ]
}
