import LKjIPModel

/// A division's measured performance: its agreements, its sasaran with capaian and the
/// sub-units BAB III A reports it in.
public struct DivisiKinerja: Equatable, Sendable {
    public let divisi: Divisi
    public let kepala: Pejabat
    /// The agreement BAB III measures: the one in force at the end of the year.
    public let perjanjian: PerjanjianEfektif
    /// Every agreement of the year, in order of period (two when the head changed).
    public let semuaPerjanjian: [PerjanjianEfektif]
    /// Every Sasaran Kegiatan of the measured agreement.
    public let sasaran: [SasaranKinerja]
    /// One per `unit` of `realisasi/<divisi>.yaml`; empty when the division has no realisasi file.
    public let units: [UnitKinerjaHasil]
}
