import LKjIPModel

/// A Perjanjian Kinerja as it stands after its latest revision, with its signatories resolved.
public struct PerjanjianEfektif: Equatable, Sendable {
    /// The agreement with every revision's targets and budgets applied in order.
    public let perjanjian: PerjanjianKinerja
    public let pihakPertama: Pejabat
    public let pihakKedua: Pejabat
    public let divisi: Divisi
    /// The latest revision (highest `nomor`), nil when never revised.
    public let revisi: Revisi?
    /// ISO date of the latest revision, or of the original signing.
    public let tanggal: String
    /// Sum of the kegiatan lines that are not a programme line (which already sums them).
    public let totalAnggaran: Int64
    /// Targets that differ from the signed agreement, in agreement order.
    public let perubahan: [PerubahanTargetEfektif]
}
