import LKjIPModel

/// A division's measured performance: its agreement, its sasaran with capaian and the
/// sub-units BAB III A reports it in.
public struct DivisiKinerja: Equatable, Sendable {
    public let divisi: Divisi
    public let kepala: Pejabat
    public let perjanjian: PerjanjianEfektif
    /// Every Sasaran Kegiatan of the (revised) agreement.
    public let sasaran: [SasaranKinerja]
    /// One per `unit` of `realisasi/<divisi>.yaml`; empty when the division has no realisasi file.
    public let units: [UnitKinerjaHasil]
}
