import LKjIPModel

/// One IKK with what was reached.
public struct IndikatorKinerja: Equatable, Sendable {
    /// The indicator with its effective target (the latest revision's, if revised).
    public let indikator: Indikator
    /// The target of the signed agreement when a revision changed it; nil otherwise.
    public let targetAwal: Double?
    public let realisasi: Double?
    /// Percent, unrounded; nil when not computable (no realisasi, or target 0).
    public let capaian: Double?
    public let status: CapaianStatus
    public let keterangan: String?
}
