import LKjIPModel

/// A target changed by a revision: a row of the "perubahan target" table. Targets are kept
/// as printed ("80%", "60–85%", "WTP", with the quarters when they changed), since a revision
/// may change a target of any kind at any level.
public struct PerubahanTargetEfektif: Equatable, Sendable {
    /// The level of the agreement the indicator belongs to.
    public enum Tingkat: String, Sendable {
        case iku = "IKU", ikp = "IKP", ikk = "IKK"
    }

    public let tingkat: Tingkat
    public let id: String
    public let nama: String
    /// Name of the sasaran the indicator belongs to.
    public let sasaran: String
    /// The target of the signed agreement, as printed.
    public let targetAwal: String
    /// The target after the revision that set it last, as printed.
    public let targetRevisi: String
    /// Reason and number of the revision that set `targetRevisi`.
    public let alasan: String
    public let nomor: Int
    /// ISO date of that revision.
    public let tanggal: String
}
