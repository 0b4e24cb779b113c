import LKjIPModel

/// One satker row of the staffing table.
public struct BarisPegawai: Equatable, Sendable {
    /// 1-based row number.
    public let nomor: Int
    public let satker: Satker
    /// laki-laki + perempuan (a typed `satker.jumlah` is only checked, never used).
    public let total: Int
}
