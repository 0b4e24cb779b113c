/// A signed Perjanjian Kinerja (`pk/<file>.yaml`) between a head (Pihak Pertama) and the
/// superior (Pihak Kedua). A division's head signs with the head of office; the head of
/// office, in an agreement without `divisi`, signs with the superior (a Bupati, a Menteri),
/// and its sasaran are the office's IKU. The measured level (`sasaran`, written
/// `sasaran_kegiatan` in the first offices' data) is what BAB III measures; the lampiran
/// also lists the levels above it and the budget lines.
public struct PerjanjianKinerja: Codable, Equatable, Sendable, DataRecord {
    /// The division; "" for the head of office's own agreement.
    public var divisi: String
    public var pihakPertama: String
    public var pihakKedua: String
    public var tempat: String?
    public var tanggal: String
    public var periode: Periode?
    public var sasaranStrategis: [SasaranPK]
    public var sasaranProgram: [SasaranPK]
    /// The measured sasaran, whichever key they were written under (`sasaranKey`).
    public var sasaranKegiatan: [Sasaran]
    public var kegiatan: [Kegiatan]
    public var revisi: [Revisi]?
    /// The Rencana Aksi of this agreement: per indicator, the actions that reach its target.
    public var rencanaAksi: [RencanaAksi]?
    /// The file this agreement was read from (relative to the data directory).
    public var file: String = ""
    /// The key the measured sasaran were written under, for locating messages: `sasaran`, or
    /// `sasaran_kegiatan` as the first offices wrote it.
    public var sasaranKey: String = Self.legacySasaranKey
    /// How many of `sasaran` / `sasaran_kegiatan` the file gives (exactly one is right).
    public var measuredKeys = 1

    public static let sasaranKeyName = "sasaran"
    public static let legacySasaranKey = "sasaran_kegiatan"

    /// True for the head of office's own agreement with the superior.
    public var isKantor: Bool { divisi.isEmpty }

    public init(divisi: String, pihakPertama: String, pihakKedua: String, tempat: String? = nil, tanggal: String, periode: Periode? = nil, sasaranStrategis: [SasaranPK] = [], sasaranProgram: [SasaranPK] = [], sasaranKegiatan: [Sasaran], kegiatan: [Kegiatan] = [], revisi: [Revisi]? = nil, rencanaAksi: [RencanaAksi]? = nil, file: String = "") {
        self.divisi = divisi
        self.pihakPertama = pihakPertama
        self.pihakKedua = pihakKedua
        self.tempat = tempat
        self.tanggal = tanggal
        self.periode = periode
        self.sasaranStrategis = sasaranStrategis
        self.sasaranProgram = sasaranProgram
        self.sasaranKegiatan = sasaranKegiatan
        self.kegiatan = kegiatan
        self.revisi = revisi
        self.rencanaAksi = rencanaAksi
        self.file = file
    }

    enum CodingKeys: String, CodingKey {
        case divisi, tempat, tanggal, periode, kegiatan, revisi, sasaran
        case pihakPertama = "pihak_pertama"
        case pihakKedua = "pihak_kedua"
        case sasaranStrategis = "sasaran_strategis"
        case sasaranProgram = "sasaran_program"
        case sasaranKegiatan = "sasaran_kegiatan"
        case rencanaAksi = "rencana_aksi"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        divisi = try c.decodeIfPresent(String.self, forKey: .divisi) ?? ""
        pihakPertama = try c.decode(String.self, forKey: .pihakPertama)
        pihakKedua = try c.decode(String.self, forKey: .pihakKedua)
        tempat = try c.decodeIfPresent(String.self, forKey: .tempat)
        tanggal = try c.decode(String.self, forKey: .tanggal)
        periode = try c.decodeIfPresent(Periode.self, forKey: .periode)
        sasaranStrategis = try c.decodeIfPresent([SasaranPK].self, forKey: .sasaranStrategis) ?? []
        sasaranProgram = try c.decodeIfPresent([SasaranPK].self, forKey: .sasaranProgram) ?? []
        // Both spellings are read (the schema knows both); the validator reports a file that
        // gives both or neither.
        let measured = try c.decodeIfPresent([Sasaran].self, forKey: .sasaran)
        let legacy = try c.decodeIfPresent([Sasaran].self, forKey: .sasaranKegiatan)
        sasaranKegiatan = measured ?? legacy ?? []
        if measured != nil { sasaranKey = Self.sasaranKeyName }
        measuredKeys = (measured != nil ? 1 : 0) + (legacy != nil ? 1 : 0)
        kegiatan = try c.decodeIfPresent([Kegiatan].self, forKey: .kegiatan) ?? []
        revisi = try c.decodeIfPresent([Revisi].self, forKey: .revisi)
        rencanaAksi = try c.decodeIfPresent([RencanaAksi].self, forKey: .rencanaAksi)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !divisi.isEmpty { try c.encode(divisi, forKey: .divisi) }
        try c.encode(pihakPertama, forKey: .pihakPertama)
        try c.encode(pihakKedua, forKey: .pihakKedua)
        try c.encodeIfPresent(tempat, forKey: .tempat)
        try c.encode(tanggal, forKey: .tanggal)
        try c.encodeIfPresent(periode, forKey: .periode)
        try c.encode(sasaranStrategis, forKey: .sasaranStrategis)
        try c.encode(sasaranProgram, forKey: .sasaranProgram)
        try c.encode(sasaranKegiatan, forKey: sasaranKey == Self.sasaranKeyName ? .sasaran : .sasaranKegiatan)
        try c.encode(kegiatan, forKey: .kegiatan)
        try c.encodeIfPresent(revisi, forKey: .revisi)
        try c.encodeIfPresent(rencanaAksi, forKey: .rencanaAksi)
    }

    public static let summary = "pk/<name>.yaml: one Perjanjian Kinerja. A division whose head changed during the year has one file per head, each with its periode; the head of office's own agreement has no divisi."
    public static let fields: [String: FieldSpec] = [
        "divisi": FieldSpec("Divisi id this agreement belongs to. Leave out for the head of office's own agreement with the superior (Bupati, Wali Kota, Gubernur, Menteri): its sasaran are the office's IKU, measured in BAB III before the divisions.", format: .id, example: "administrasi"),
        "pihak_pertama": FieldSpec("Pejabat id of the head who promises the targets.", format: .id, example: "kadiv-administrasi"),
        "pihak_kedua": FieldSpec("Pejabat id of the superior who signs as Pihak Kedua (for the head of office: the Bupati, Wali Kota, Menteri; a political official has no NIP).", format: .id, example: "kakanwil"),
        "tempat": FieldSpec("Place of signing; default instansi.kota.", format: .line),
        "tanggal": FieldSpec("Date of signing, yyyy-mm-dd.", format: .date, example: "2023-01-05"),
        "periode": FieldSpec("Period this agreement covers when the head changed during the year; default the whole year."),
        "sasaran_strategis": FieldSpec("Sasaran Strategis with Indikator Kinerja Utama (IKU) of the level above, shown in the lampiran only."),
        "sasaran_program": FieldSpec("Sasaran Program with Indikator Kinerja Program (IKP) of the level above, shown in the lampiran only."),
        "sasaran": FieldSpec("The sasaran this agreement promises, with their indicators and targets: measured in BAB III. Their printed name follows the signatory's level (the office kind's `tingkat`): Sasaran Strategis and IKU for a head of office, Sasaran Program for a Kepala Bidang, Sasaran Kegiatan and IKK for a Kanwil division."),
        "sasaran_kegiatan": FieldSpec("The same as `sasaran`, as the first offices wrote it (Sasaran Kegiatan with IKK); give one of the two."),
        "kegiatan": FieldSpec("Budget lines: a programme line (program: true) followed by its kegiatan, or lines that name a line of anggaran.yaml program_kegiatan by its kode."),
        "revisi": FieldSpec("Revisions in order of nomor; the latest targets and budgets apply everywhere."),
        "rencana_aksi": FieldSpec("The Rencana Aksi of this agreement (`lkjip dokumen rencana-aksi`): per indicator, the actions that reach its target, signed as the PK is. The quarterly targets are the indicator's `triwulan`."),
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
    /// The IKU manual of the indicator (the IKU document, LKE 2.a.2): what it measures, how it
    /// is computed, where the figure comes from and who answers for it.
    public var definisiOperasional: String?
    public var formula: String?
    public var sumberData: String?
    public var penanggungJawab: String?

    public init(id: String, nama: String, target: Nilai? = nil, targetTeks: String? = nil, targetRentang: [Nilai]? = nil, skala: [String]? = nil, satuan: String? = nil, polaritas: Polaritas? = nil, desimal: Int? = nil, capaian: AturanCapaian? = nil, triwulan: TargetTriwulan? = nil, standarNasional: StandarNasional? = nil,
                definisiOperasional: String? = nil, formula: String? = nil, sumberData: String? = nil, penanggungJawab: String? = nil) {
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
        self.definisiOperasional = definisiOperasional
        self.formula = formula
        self.sumberData = sumberData
        self.penanggungJawab = penanggungJawab
    }

    enum CodingKeys: String, CodingKey {
        case id, nama, target, skala, satuan, polaritas, desimal, capaian, triwulan, formula
        case targetTeks = "target_teks"
        case targetRentang = "target_rentang"
        case standarNasional = "standar_nasional"
        case definisiOperasional = "definisi_operasional"
        case sumberData = "sumber_data"
        case penanggungJawab = "penanggung_jawab"
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
        "definisi_operasional": FieldSpec("IKU document: what the indicator measures, in the words of the IKU manual (Markdown). `check --evaluasi` reports an IKU without it (LKE 2.a.2).", format: .markdown),
        "formula": FieldSpec("IKU document: how the figure is computed, e.g. (jumlah permohonan selesai / jumlah permohonan masuk) × 100%. `check --evaluasi` reports an IKU without it (LKE 2.a.2).", format: .line, example: "(jumlah permohonan selesai / jumlah permohonan masuk) × 100%"),
        "sumber_data": FieldSpec("IKU document: where the figure comes from (an application, a register, a survey).", format: .line, example: "Aplikasi e-Performance"),
        "penanggung_jawab": FieldSpec("IKU document and Rencana Aksi: the unit or position answering for the indicator; default the division (for the head of office's own IKU, the head's position).", format: .line, example: "Divisi Pelayanan Hukum"),
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
        "agregasi": FieldSpec("How the yearly realisasi follows from the quarters: jumlah, akhir or rata_rata."),
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

/// A line of the PK's budget table. Either typed here (`anggaran`; a programme line,
/// `program: true`, is the sum of the kegiatan below it up to the next programme line, and a
/// typed sum is only checked), or a line of the office budget named by its `kode`
/// (`anggaran.yaml` program_kegiatan), whose pagu and realisasi are the budget file's.
public struct Kegiatan: Codable, Equatable, Sendable, DataRecord {
    public var id: String?
    /// An official code: names a line of `anggaran.yaml` program_kegiatan when it has one.
    public var kode: String?
    /// "" when not typed: then the budget line the kode names gives it.
    public var nama: String
    public var anggaran: Int64?
    public var program: Bool?
    /// For a line named by its code: the codes of the lines under it this PK answers for (a
    /// kegiatan that two bidang share); nil: all of it.
    public var rincian: [String]?

    public init(id: String? = nil, kode: String? = nil, nama: String, anggaran: Int64? = nil, program: Bool? = nil, rincian: [String]? = nil) {
        self.id = id
        self.kode = kode
        self.nama = nama
        self.anggaran = anggaran
        self.program = program
        self.rincian = rincian
    }

    enum CodingKeys: String, CodingKey {
        case id, kode, nama, anggaran, program, rincian
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        kode = try c.decodeIfPresent(String.self, forKey: .kode)
        nama = try c.decodeIfPresent(String.self, forKey: .nama) ?? ""
        anggaran = try c.decodeIfPresent(Int64.self, forKey: .anggaran)
        program = try c.decodeIfPresent(Bool.self, forKey: .program)
        rincian = try c.decodeIfPresent([String].self, forKey: .rincian)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(kode, forKey: .kode)
        if !nama.isEmpty { try c.encode(nama, forKey: .nama) }
        try c.encodeIfPresent(anggaran, forKey: .anggaran)
        try c.encodeIfPresent(program, forKey: .program)
        try c.encodeIfPresent(rincian, forKey: .rincian)
    }

    public var isProgram: Bool { program ?? false }

    /// Whether `name` (an id or a code, as a sasaran, a revision or a realisasi writes it)
    /// refers to this line.
    public func isNamed(_ name: String) -> Bool { id == name || kode == name }

    public static let summary = "A budget line of the PK."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id, needed when a revision or a sasaran refers to it (a line with a kode may also be referred to by its kode).", format: .id),
        "kode": FieldSpec("Official code. When anggaran.yaml has program_kegiatan, the kode names one of its lines: the line's name, pagu and realisasi come from there (a typed anggaran must agree).", format: .kode, example: "1.02.02.2.02"),
        "nama": FieldSpec("Name of the programme or kegiatan. Required unless the kode names a line of program_kegiatan, whose name is the default.", format: .line),
        "anggaran": FieldSpec("Rupiah, whole number. Required for a kegiatan typed here; for a programme line it is computed and only checked; for a line named by kode it comes from anggaran.yaml and is only checked.", unit: "Rupiah", range: Ranges.rupiah, example: "17496194000"),
        "program": FieldSpec("true for a programme line: the sum of the kegiatan below it."),
        "rincian": FieldSpec("For a line named by kode: the codes of the lines under it that this PK answers for, when several PKs share it (two bidang carrying sub kegiatan of one kegiatan). Its amount is then their sum; default the whole line.", format: .kode, example: "[1.02.02.2.02.0001, 1.02.02.2.02.0003]"),
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
