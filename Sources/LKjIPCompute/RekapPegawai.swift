import LKjIPModel

/// The staffing table of BAB I B with its totals.
public struct RekapPegawai: Equatable, Sendable {
    public let baris: [BarisPegawai]
    public let lakiLaki: Int
    public let perempuan: Int
    public let total: Int
}
