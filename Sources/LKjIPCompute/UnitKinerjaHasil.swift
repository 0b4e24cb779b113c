import LKjIPModel

/// One sub-section of BAB III A with its share of the division's sasaran and its computed
/// tables b-d.
public struct UnitKinerjaHasil: Equatable, Sendable {
    public let unit: UnitKinerja
    /// Stable name for figure citations: the position, "unit1", "unit2", ...
    public let nama: String
    /// The sasaran the unit lists (`unit.sasaran`), or all of the division's.
    public let sasaran: [SasaranKinerja]
    /// Table b rows: the report year of linked rows comes from the realisasi.
    public let riwayat: [BarisRiwayat]
    /// Years of table b, oldest first.
    public let tahunRiwayat: [Int]
    /// Table c, oldest year first.
    public let anggaran: [RealisasiAnggaran]
    /// Table d rows.
    public let renstra: [BarisRenstra]
    public let tahunTargetRenstra: [Int]
    public let tahunRealisasiRenstra: [Int]
}

/// A row of table b.
public struct BarisRiwayat: Equatable, Sendable {
    public let nama: String
    public let satuan: String?
    public let desimal: Int?
    public let nilai: [Int: TableValue]
    public let keterangan: String?
    /// The linked indicator, when the row follows one.
    public let indikator: String?
    public let tren: Tren?
}

/// A row of table d.
public struct BarisRenstra: Equatable, Sendable {
    public let nama: String
    public let satuan: String?
    public let satuanTarget: String?
    public let desimal: Int?
    public let target: [Int: TableValue]
    public let realisasi: [Int: TableValue]
    public let indikator: String?
    public let progres: ProgresRenstra?
}
