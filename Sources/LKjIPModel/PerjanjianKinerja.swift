/// A signed Perjanjian Kinerja between a head of division (Pihak Pertama) and the head of
/// office (Pihak Kedua): `pk/<divisi>.yaml`. Its lampiran lists three levels of targets and
/// the activities' budget; the Sasaran Kegiatan level is what BAB III measures.
public struct PerjanjianKinerja: Codable, Equatable, Sendable {
    /// Divisi id this agreement belongs to.
    public var divisi: String
    public var pihakPertama: String
    public var pihakKedua: String
    /// Place of signing; defaults to `instansi.kota`.
    public var tempat: String?
    /// ISO date of signing, "2023-01-05".
    public var tanggal: String
    /// Sasaran Strategis with Indikator Kinerja Utama (IKU).
    public var sasaranStrategis: [SasaranPK]
    /// Sasaran Program with Indikator Kinerja Program (IKP).
    public var sasaranProgram: [SasaranPK]
    /// Sasaran Kegiatan with Indikator Kinerja Kegiatan (IKK): measured in BAB III.
    public var sasaranKegiatan: [Sasaran]
    public var kegiatan: [Kegiatan]
    /// Target revisions, oldest first; the latest targets apply everywhere.
    public var revisi: [Revisi]?

    enum CodingKeys: String, CodingKey {
        case divisi, tempat, tanggal, kegiatan, revisi
        case pihakPertama = "pihak_pertama"
        case pihakKedua = "pihak_kedua"
        case sasaranStrategis = "sasaran_strategis"
        case sasaranProgram = "sasaran_program"
        case sasaranKegiatan = "sasaran_kegiatan"
    }
}

/// An IKU/IKP level sasaran: only shown in the PK lampiran, never measured here.
public struct SasaranPK: Codable, Equatable, Sendable {
    public var nama: String
    public var indikator: [IndikatorPK]
}

public struct IndikatorPK: Codable, Equatable, Sendable {
    public var nama: String
    /// Numeric target; absent when the target is a word such as "WTP".
    public var target: Double?
    /// Target as text when it is not a number ("WTP").
    public var targetTeks: String?
    /// Unit shown after the number: "%", "Layanan", "(Indeks)", or empty.
    public var satuan: String?
    /// Decimal places printed ("87,0" needs 1).
    public var desimal: Int?

    enum CodingKeys: String, CodingKey {
        case nama, target, satuan, desimal
        case targetTeks = "target_teks"
    }
}

/// A Sasaran Kegiatan with its measured indicators.
public struct Sasaran: Codable, Equatable, Sendable {
    /// Stable id, unique within the division ("ss3").
    public var id: String
    /// e-Performance code ("SS3"); defaults to the position.
    public var kode: String?
    public var nama: String
    public var indikator: [Indikator]
}

/// An Indikator Kinerja Kegiatan with its target.
public struct Indikator: Codable, Equatable, Sendable {
    /// Stable id, unique within the division; realisasi and revisions refer to it.
    public var id: String
    public var nama: String
    public var target: Double
    /// "%", "Indeks", "(indeks)", "Layanan", "Lokus", "Orang", "Kegiatan", "Buku", "Rekomendasi", "Instansi Pemerintah" or empty.
    public var satuan: String?
    /// `positif`: higher is better (default). `negatif`: lower is better.
    public var polaritas: Polaritas?
    /// Decimal places shown for target and realisasi (default: as typed, at most 2).
    public var desimal: Int?
}

public enum Polaritas: String, Codable, Equatable, Sendable, CaseIterable {
    case positif, negatif
}

/// A line of the PK's budget table. `program: true` marks the programme line whose amount
/// is the sum of its activities and is not added to the total again.
public struct Kegiatan: Codable, Equatable, Sendable {
    public var id: String?
    public var nama: String
    /// Rupiah, whole number.
    public var anggaran: Int64
    public var program: Bool?
}

/// A revision of a PK: which targets and budgets changed, when and why.
public struct Revisi: Codable, Equatable, Sendable {
    public var nomor: Int
    /// ISO date of the revised agreement.
    public var tanggal: String
    public var alasan: String
    public var target: [PerubahanTarget]?
    public var anggaran: [PerubahanAnggaran]?
}

public struct PerubahanTarget: Codable, Equatable, Sendable {
    /// Indikator id.
    public var indikator: String
    public var target: Double
}

public struct PerubahanAnggaran: Codable, Equatable, Sendable {
    /// Kegiatan id.
    public var kegiatan: String
    public var anggaran: Int64
}
