/// What a division achieved in the report year and before (`realisasi/<divisi>.yaml`); a
/// file without `divisi` holds the realisasi of the head of office's own agreement (the
/// office's IKU).
public struct CapaianDivisi: Codable, Equatable, Sendable, DataRecord {
    /// "" for the office's own realisasi.
    public var divisi: String
    public var realisasi: [Realisasi]
    /// Spending per kegiatan of the PK in the report year (serapan, analysis 6).
    public var anggaranKegiatan: [RealisasiKegiatan]?
    public var unit: [UnitKinerja]
    public var file: String = ""

    public init(divisi: String, realisasi: [Realisasi], anggaranKegiatan: [RealisasiKegiatan]? = nil, unit: [UnitKinerja], file: String = "") {
        self.divisi = divisi
        self.realisasi = realisasi
        self.anggaranKegiatan = anggaranKegiatan
        self.unit = unit
        self.file = file
    }

    enum CodingKeys: String, CodingKey {
        case divisi, realisasi, unit
        case anggaranKegiatan = "anggaran_kegiatan"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        divisi = try c.decodeIfPresent(String.self, forKey: .divisi) ?? ""
        realisasi = try c.decode([Realisasi].self, forKey: .realisasi)
        anggaranKegiatan = try c.decodeIfPresent([RealisasiKegiatan].self, forKey: .anggaranKegiatan)
        unit = try c.decode([UnitKinerja].self, forKey: .unit)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !divisi.isEmpty { try c.encode(divisi, forKey: .divisi) }
        try c.encode(realisasi, forKey: .realisasi)
        try c.encodeIfPresent(anggaranKegiatan, forKey: .anggaranKegiatan)
        try c.encode(unit, forKey: .unit)
    }

    public static let summary = "realisasi/<divisi>.yaml: realisasi of every IKK and the BAB III A tables of the division (or, without divisi, of the head of office's own agreement)."
    public static let fields: [String: FieldSpec] = [
        "divisi": FieldSpec("Divisi id; leave out in the file of the head of office's own agreement (the office's IKU).", format: .id, example: "administrasi"),
        "realisasi": FieldSpec("One entry per IKK of the division's PK."),
        "anggaran_kegiatan": FieldSpec("Realisasi anggaran of the report year per kegiatan of the PK (serapan)."),
        "unit": FieldSpec("Sections of BAB III A: one for most divisions, one per sub-unit where a division reports in parts."),
    ]
}

public struct Realisasi: Codable, Equatable, Sendable, DataRecord {
    public var indikator: String
    public var nilai: Nilai?
    public var nilaiTeks: String?
    public var pembilang: Nilai?
    public var penyebut: Nilai?
    public var triwulan: RealisasiTriwulan?
    /// A capaian typed by the user; only checked against the computed one.
    public var capaian: Nilai?
    public var keterangan: String?
    public var analisis: Analisis?
    /// Causes and follow-up of each quarter's result, for the quarterly measurement.
    public var analisisTriwulan: [AnalisisTriwulan]?

    public init(indikator: String, nilai: Nilai? = nil, nilaiTeks: String? = nil, pembilang: Nilai? = nil, penyebut: Nilai? = nil, triwulan: RealisasiTriwulan? = nil, capaian: Nilai? = nil, keterangan: String? = nil, analisis: Analisis? = nil, analisisTriwulan: [AnalisisTriwulan]? = nil) {
        self.indikator = indikator
        self.nilai = nilai
        self.nilaiTeks = nilaiTeks
        self.pembilang = pembilang
        self.penyebut = penyebut
        self.triwulan = triwulan
        self.capaian = capaian
        self.keterangan = keterangan
        self.analisis = analisis
        self.analisisTriwulan = analisisTriwulan
    }

    enum CodingKeys: String, CodingKey {
        case indikator, nilai, pembilang, penyebut, triwulan, capaian, keterangan, analisis
        case nilaiTeks = "nilai_teks"
        case analisisTriwulan = "analisis_triwulan"
    }

    public static let summary = "The realisasi of one IKK."
    public static let fields: [String: FieldSpec] = [
        "indikator": FieldSpec("Indikator id from the division's PK.", format: .id, example: "ss1-1"),
        "nilai": FieldSpec("Realisasi for the year. Leave out (with no triwulan or pembilang) when not reported: shown \"-\" and left out of NILAI SS.", range: Ranges.nilai, example: "3.8"),
        "nilai_teks": FieldSpec("Realisasi as a word, for indicators with target_teks.", format: .line, example: "WTP"),
        "pembilang": FieldSpec("Numerator: realisasi = pembilang / penyebut (× 100 when satuan is %), as indicator manuals define.", range: Ranges.nilai),
        "penyebut": FieldSpec("Denominator, not 0.", range: Ranges.nilai),
        "triwulan": FieldSpec("Realisasi per quarter; the yearly value follows the indicator's triwulan.agregasi."),
        "capaian": FieldSpec("A capaian written in an old report: only compared with the computed one (computed; may be left out).", unit: "persen", range: -100_000...100_000),
        "keterangan": FieldSpec("Remark printed in the e-Performance table (Markdown).", format: .markdown),
        "analisis": FieldSpec("Analysis 5 for this indicator: causes, efforts, obstacles, recommendations."),
        "analisis_triwulan": FieldSpec("Per quarter: why the quarter's result is what it is and what follows (the quarterly measurement, `lkjip dokumen triwulan`)."),
    ]
}

/// The explanation of one quarter's result in the quarterly measurement.
public struct AnalisisTriwulan: Codable, Equatable, Sendable, DataRecord {
    public var triwulan: Int
    public var penyebab: String?
    public var tindakLanjut: String?

    public init(triwulan: Int, penyebab: String? = nil, tindakLanjut: String? = nil) {
        self.triwulan = triwulan
        self.penyebab = penyebab
        self.tindakLanjut = tindakLanjut
    }

    enum CodingKeys: String, CodingKey {
        case triwulan, penyebab
        case tindakLanjut = "tindak_lanjut"
    }

    public static let summary = "Causes and follow-up of one quarter's result."
    public static let fields: [String: FieldSpec] = [
        "triwulan": FieldSpec("The quarter, 1 to 4; one entry per quarter.", range: 1...4, example: "1"),
        "penyebab": FieldSpec("Why the quarter's result is above or below its target (Markdown).", format: .markdown),
        "tindak_lanjut": FieldSpec("What is done next (Markdown).", format: .markdown),
    ]
}

public struct RealisasiTriwulan: Codable, Equatable, Sendable, DataRecord {
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

    public static let summary = "Realisasi per quarter."
    public static let fields: [String: FieldSpec] = [
        "tw1": FieldSpec("Realisasi of TW I.", range: Ranges.nilai),
        "tw2": FieldSpec("Realisasi of TW II.", range: Ranges.nilai),
        "tw3": FieldSpec("Realisasi of TW III.", range: Ranges.nilai),
        "tw4": FieldSpec("Realisasi of TW IV.", range: Ranges.nilai),
    ]
}

/// Analysis 5 of PermenPAN-RB 53/2014 for one indicator, as separate fields so each can be
/// checked for presence (`lkjip check --evaluasi`).
public struct Analisis: Codable, Equatable, Sendable, DataRecord {
    public var penyebab: String?
    public var upaya: String?
    public var kendala: String?
    public var rekomendasi: String?

    public static let summary = "Causes of success or failure, efforts, obstacles and recommendations for one IKK."
    public static let fields: [String: FieldSpec] = [
        "penyebab": FieldSpec("Why the target was or was not reached (Markdown).", format: .markdown),
        "upaya": FieldSpec("What was done to reach it (Markdown).", format: .markdown),
        "kendala": FieldSpec("Obstacles (Markdown).", format: .markdown),
        "rekomendasi": FieldSpec("Recommended solutions for next year (Markdown).", format: .markdown),
    ]
}

public struct RealisasiKegiatan: Codable, Equatable, Sendable, DataRecord {
    public var kegiatan: String
    public var realisasi: Int64

    public static let summary = "Spending of one kegiatan in the report year."
    public static let fields: [String: FieldSpec] = [
        "kegiatan": FieldSpec("Id (or kode) of a kegiatan typed in the division's PK. Lines named by a kode of anggaran.yaml program_kegiatan take their realisasi from there.", format: .kode),
        "realisasi": FieldSpec("Rupiah spent.", unit: "Rupiah", range: Ranges.rupiah),
    ]
}

/// One reporting unit of BAB III A with the tables b-d and the explanations.
public struct UnitKinerja: Codable, Equatable, Sendable, DataRecord {
    public var judul: String?
    public var sasaran: [String]?
    public var narasiCapaian: String?
    public var narasiSasaran: String?
    public var riwayat: [RiwayatIndikator]
    public var narasiRiwayat: String?
    public var anggaran: [AnggaranTahun]
    public var narasiAnggaran: String?
    public var renstra: [RenstraIndikator]
    public var narasiRenstra: String?
    public var penyebab: String?
    public var narasiEfisiensi: String?
    public var narasiStandar: String?

    enum CodingKeys: String, CodingKey {
        case judul, sasaran, riwayat, anggaran, renstra, penyebab
        case narasiCapaian = "narasi_capaian"
        case narasiSasaran = "narasi_sasaran"
        case narasiRiwayat = "narasi_riwayat"
        case narasiAnggaran = "narasi_anggaran"
        case narasiRenstra = "narasi_renstra"
        case narasiEfisiensi = "narasi_efisiensi"
        case narasiStandar = "narasi_standar"
    }

    /// Tables b, c and d may be left out when a unit has none (a new office's first year).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        judul = try c.decodeIfPresent(String.self, forKey: .judul)
        sasaran = try c.decodeIfPresent([String].self, forKey: .sasaran)
        narasiCapaian = try c.decodeIfPresent(String.self, forKey: .narasiCapaian)
        narasiSasaran = try c.decodeIfPresent(String.self, forKey: .narasiSasaran)
        riwayat = try c.decodeIfPresent([RiwayatIndikator].self, forKey: .riwayat) ?? []
        narasiRiwayat = try c.decodeIfPresent(String.self, forKey: .narasiRiwayat)
        anggaran = try c.decodeIfPresent([AnggaranTahun].self, forKey: .anggaran) ?? []
        narasiAnggaran = try c.decodeIfPresent(String.self, forKey: .narasiAnggaran)
        renstra = try c.decodeIfPresent([RenstraIndikator].self, forKey: .renstra) ?? []
        narasiRenstra = try c.decodeIfPresent(String.self, forKey: .narasiRenstra)
        penyebab = try c.decodeIfPresent(String.self, forKey: .penyebab)
        narasiEfisiensi = try c.decodeIfPresent(String.self, forKey: .narasiEfisiensi)
        narasiStandar = try c.decodeIfPresent(String.self, forKey: .narasiStandar)
    }

    public static let summary = "A section of BAB III A: a whole division, or a sub-unit of one."
    public static let fields: [String: FieldSpec] = [
        "judul": FieldSpec("Sub-unit title; leave out when the unit is the whole division.", format: .line, example: "Peraturan Perundang-undangan"),
        "sasaran": FieldSpec("Sasaran ids reported in this unit. Required when a division has several units: together they must cover each sasaran once."),
        "narasi_capaian": FieldSpec("Explanation after table a (Markdown).", format: .markdown),
        "narasi_sasaran": FieldSpec("Explanation after the e-Performance NILAI SS table (Markdown).", format: .markdown),
        "riwayat": FieldSpec("Table b: realisasi of earlier years per indicator."),
        "narasi_riwayat": FieldSpec("Explanation after table b (Markdown); also analysis 2 in words where an IKK has no earlier years.", format: .markdown),
        "anggaran": FieldSpec("Table c: pagu and realisasi per year."),
        "narasi_anggaran": FieldSpec("Explanation after table c (Markdown).", format: .markdown),
        "renstra": FieldSpec("Table d: Renstra medium-term targets and realisasi per indicator."),
        "narasi_renstra": FieldSpec("Explanation after table d (Markdown); also analysis 3 in words where the Renstra sets an IKK no end target.", format: .markdown),
        "penyebab": FieldSpec("Part e, introduction: causes of success or failure of the unit (Markdown).", format: .markdown),
        "narasi_efisiensi": FieldSpec("Text on the efficiency of resource use, printed with the computed efficiency table (Markdown).", format: .markdown),
        "narasi_standar": FieldSpec("Analysis 4 in words: the national standards the indicators are compared with, or why none exists (Markdown).", format: .markdown),
    ]
}

/// A row of table b: `nilai` maps a year ("2021") to the realisasi; a missing year prints "-".
/// With `indikator`, the row is linked to an IKK: the report year's value is the computed
/// realisasi and the trend is computed.
public struct RiwayatIndikator: Codable, Equatable, Sendable, DataRecord {
    public var indikator: String?
    public var nama: String?
    public var satuan: String?
    public var desimal: Int?
    public var nilai: [String: TableValue]
    public var keterangan: String?

    public init(indikator: String? = nil, nama: String? = nil, satuan: String? = nil, desimal: Int? = nil, nilai: [String: TableValue], keterangan: String? = nil) {
        self.indikator = indikator
        self.nama = nama
        self.satuan = satuan
        self.desimal = desimal
        self.nilai = nilai
        self.keterangan = keterangan
    }

    public static let summary = "A row of table b (realisasi over the years)."
    public static let fields: [String: FieldSpec] = [
        "indikator": FieldSpec("Indikator id this row follows; its realisasi of the report year is filled in and checked.", format: .id),
        "nama": FieldSpec("Row label; default the indicator's name.", format: .line),
        "satuan": FieldSpec("Unit printed after every number of the row that has none of its own.", format: .line),
        "desimal": FieldSpec("Decimal places printed (default: as typed).", range: Ranges.desimal),
        "nilai": FieldSpec("Year to value: a number, a number with its unit (\"50 Raperda\") or a word.", range: Ranges.nilai, example: "{\"2021\": 3.65, \"2022\": \"50 Raperda\"}"),
        "keterangan": FieldSpec("Remark (Markdown).", format: .markdown),
    ]
}

/// A row of table d: Renstra targets for the medium-term years and realisasi so far.
public struct RenstraIndikator: Codable, Equatable, Sendable, DataRecord {
    public var indikator: String?
    public var nama: String?
    public var satuan: String?
    public var satuanTarget: String?
    public var desimal: Int?
    public var target: [String: TableValue]
    public var realisasi: [String: TableValue]

    enum CodingKeys: String, CodingKey {
        case indikator, nama, satuan, desimal, target, realisasi
        case satuanTarget = "satuan_target"
    }

    /// A row linked to an IKK has its report year's realisasi computed: `realisasi` may be
    /// left out.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indikator = try c.decodeIfPresent(String.self, forKey: .indikator)
        nama = try c.decodeIfPresent(String.self, forKey: .nama)
        satuan = try c.decodeIfPresent(String.self, forKey: .satuan)
        satuanTarget = try c.decodeIfPresent(String.self, forKey: .satuanTarget)
        desimal = try c.decodeIfPresent(Int.self, forKey: .desimal)
        target = try c.decode([String: TableValue].self, forKey: .target)
        realisasi = try c.decodeIfPresent([String: TableValue].self, forKey: .realisasi) ?? [:]
    }

    public static let summary = "A row of table d (Renstra targets and realisasi)."
    public static let fields: [String: FieldSpec] = [
        "indikator": FieldSpec("Indikator id this row follows: the report year's realisasi is filled in and the progress toward the end target is computed.", format: .id),
        "nama": FieldSpec("Row label; default the indicator's name.", format: .line),
        "satuan": FieldSpec("Unit of realisasi numbers without one of their own.", format: .line),
        "satuan_target": FieldSpec("Unit of the target numbers when it differs from satuan.", format: .line),
        "desimal": FieldSpec("Decimal places printed (default: as typed).", range: Ranges.desimal),
        "target": FieldSpec("Year to Renstra target (number, number with unit, or word).", range: Ranges.nilai),
        "realisasi": FieldSpec("Year to realisasi (earlier years; the report year of a linked row is computed).", range: Ranges.nilai),
    ]
}

/// Pagu and realisasi of one year, in whole Rupiah.
public struct AnggaranTahun: Codable, Equatable, Sendable, DataRecord {
    public var tahun: Int
    public var pagu: Int64
    public var realisasi: Int64

    public init(tahun: Int, pagu: Int64, realisasi: Int64) {
        self.tahun = tahun
        self.pagu = pagu
        self.realisasi = realisasi
    }

    public static let summary = "Pagu and realisasi of one budget year."
    public static let fields: [String: FieldSpec] = [
        "tahun": FieldSpec("Budget year.", unit: "tahun", range: Ranges.tahun),
        "pagu": FieldSpec("Budget ceiling in Rupiah.", unit: "Rupiah", range: Ranges.rupiah),
        "realisasi": FieldSpec("Spending in Rupiah.", unit: "Rupiah", range: Ranges.rupiah),
    ]
}
