/// What a division achieved in the report year and before (`realisasi/<divisi>.yaml`).
public struct CapaianDivisi: Codable, Equatable, Sendable {
    /// Divisi id.
    public var divisi: String
    /// Realisasi of the report year per IKK of the division's PK.
    public var realisasi: [Realisasi]
    /// Sub-sections of BAB III A for this division: one unit for most divisions,
    /// six for Pelayanan Hukum dan HAM (I. Peraturan Perundang-undangan, ...).
    public var unit: [UnitKinerja]
}

public struct Realisasi: Codable, Equatable, Sendable {
    /// Indikator id from the PK.
    public var indikator: String
    /// Absent means "not reported": shown as "-" and excluded from averages.
    public var nilai: Double?
    /// A capaian typed by the user; only checked against the computed one.
    public var capaian: Double?
    /// Remark shown next to the figure.
    public var keterangan: String?
}

/// One reporting unit of BAB III A with the tables a-d and the explanation e.
public struct UnitKinerja: Codable, Equatable, Sendable {
    /// Sub-unit title ("Peraturan Perundang-undangan"); absent for a whole division.
    public var judul: String?
    /// Sasaran ids of the PK reported in this unit; absent means all.
    public var sasaran: [String]?
    /// Explanation after table a (Markdown).
    public var narasiCapaian: String?
    /// Explanation after the e-Performance SS table (Markdown).
    public var narasiSasaran: String?
    /// Table b: realisasi of 2020...report year.
    public var riwayat: [RiwayatIndikator]
    public var narasiRiwayat: String?
    /// Table c: pagu and realisasi per year.
    public var anggaran: [AnggaranTahun]
    public var narasiAnggaran: String?
    /// Table d: Renstra medium-term targets vs realisasi.
    public var renstra: [RenstraIndikator]
    public var narasiRenstra: String?
    /// Part e: causes of success or failure and solutions (Markdown).
    public var penyebab: String?

    enum CodingKeys: String, CodingKey {
        case judul, sasaran, riwayat, anggaran, renstra, penyebab
        case narasiCapaian = "narasi_capaian"
        case narasiSasaran = "narasi_sasaran"
        case narasiRiwayat = "narasi_riwayat"
        case narasiAnggaran = "narasi_anggaran"
        case narasiRenstra = "narasi_renstra"
    }
}

/// A row of table b. `nilai` maps a year ("2021") to the realisasi; a missing year prints "-".
public struct RiwayatIndikator: Codable, Equatable, Sendable {
    public var nama: String
    public var satuan: String?
    public var nilai: [String: Double]
    public var keterangan: String?
}

/// A row of table d: Renstra targets 2020-2024 and realisasi 2020-report year.
public struct RenstraIndikator: Codable, Equatable, Sendable {
    public var nama: String
    public var satuan: String?
    /// Unit of the target columns when it differs from the realisasi's.
    public var satuanTarget: String?
    public var target: [String: Double]
    public var realisasi: [String: Double]

    enum CodingKeys: String, CodingKey {
        case nama, satuan, target, realisasi
        case satuanTarget = "satuan_target"
    }
}

/// Pagu and realisasi of one year, in whole Rupiah.
public struct AnggaranTahun: Codable, Equatable, Sendable {
    public var tahun: Int
    public var pagu: Int64
    public var realisasi: Int64
}
