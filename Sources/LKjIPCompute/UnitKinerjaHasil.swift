import LKjIPModel

/// One sub-section of BAB III A with its share of the division's sasaran.
public struct UnitKinerjaHasil: Equatable, Sendable {
    public let unit: UnitKinerja
    /// The sasaran the unit lists (`unit.sasaran`), or all of the division's.
    public let sasaran: [SasaranKinerja]
    /// Table c, oldest year first.
    public let anggaran: [RealisasiAnggaran]
}
