import LKjIPModel

/// A target changed by a revision: the row of the "perubahan target" table.
public struct PerubahanTargetEfektif: Equatable, Sendable {
    /// The indicator with its revised target (satuan and desimal for formatting).
    public let indikator: Indikator
    /// Name of the Sasaran Kegiatan the indicator belongs to.
    public let sasaran: String
    public let targetAwal: Nilai
    public let targetRevisi: Nilai
    /// Reason and number of the revision that set `targetRevisi`.
    public let alasan: String
    public let nomor: Int
    /// ISO date of that revision.
    public let tanggal: String

    public var nama: String { indikator.nama }
}
