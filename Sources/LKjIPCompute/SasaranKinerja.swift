import LKjIPModel

/// A Sasaran Kegiatan with its indicators' capaian and the e-Performance NILAI SS.
public struct SasaranKinerja: Equatable, Sendable {
    public let sasaran: Sasaran
    /// e-Performance code: `sasaran.kode`, or "SS<n>" by position in the agreement.
    public let kode: String
    public let indikator: [IndikatorKinerja]
    /// NILAI SS: mean of the indicators' capaian that can be computed (unrounded).
    public let nilai: Double?
    public let status: CapaianStatus
    /// JUMLAH IKK column of the e-Performance table.
    public var jumlahIndikator: Int
}
