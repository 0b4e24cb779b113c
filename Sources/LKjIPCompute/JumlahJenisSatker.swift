import LKjIPModel

/// How many UPT of one kind the office supervises, for "15 (lima belas) Lembaga
/// Pemasyarakatan (LAPAS), 8 (delapan) Rumah Tahanan (RUTAN), ...". The kinds and their
/// names come from `organisasi.jenis_satker`, so no ministry's structure is assumed.
public struct JumlahJenisSatker: Equatable, Sendable {
    public let jenis: String
    public let label: String
    public let jumlah: Int

}
