/// Office-wide budget and other performance figures of BAB III B-D (`anggaran.yaml`).
public struct AnggaranKantor: Codable, Equatable, Sendable {
    /// BAB III B: pagu and realisasi of the whole office per year.
    public var realisasi: [AnggaranTahun]
    public var narasiRealisasi: String?
    /// BAB III C 1: SMART DJA score per satker.
    public var smartDja: [NilaiSmart]
    public var narasiSmart: String?
    /// BAB III C 2: IKPA aspects and indicators.
    public var ikpa: [AspekIkpa]
    public var narasiIkpa: String?

    enum CodingKeys: String, CodingKey {
        case realisasi, ikpa
        case narasiRealisasi = "narasi_realisasi"
        case smartDja = "smart_dja"
        case narasiSmart = "narasi_smart"
        case narasiIkpa = "narasi_ikpa"
    }
}

public struct NilaiSmart: Codable, Equatable, Sendable {
    public var satker: String
    /// Six-digit satker code ("408798").
    public var kode: String
    public var nilai: Double
    public var keterangan: String?
}

public struct AspekIkpa: Codable, Equatable, Sendable {
    /// "Kualitas Perencanaan Anggaran"
    public var aspek: String
    /// Introductory sentence of the aspect (Markdown).
    public var uraian: String?
    public var indikator: [IndikatorIkpa]
}

public struct IndikatorIkpa: Codable, Equatable, Sendable {
    public var nama: String
    /// Score reached, in points of the weight.
    public var nilai: Double
    /// Weight of the indicator in the IKPA total.
    public var bobot: Double?
    /// Explanation (Markdown).
    public var uraian: String?
}
