/// The reporting office (`instansi.yaml`, key `instansi`).
public struct Instansi: Codable, Equatable, Sendable {
    /// Short code used in output file names: `LKjIP-<kode>-<tahun>.docx`.
    public var kode: String
    /// "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Sumatera Barat"
    public var nama: String
    /// "Kanwil Kemenkumham Sumatera Barat"
    public var namaSingkat: String
    /// "Kementerian Hukum dan Hak Asasi Manusia"
    public var kementerian: String
    public var provinsi: String
    public var alamat: String
    /// Place of signing ("Padang").
    public var kota: String
    /// Report year (2023).
    public var tahun: Int
    /// ISO date of the report's signature (KATA PENGANTAR), "2024-01-10".
    public var tanggalLaporan: String
    /// Pejabat id of the head of office who signs the report.
    public var kepala: String
    /// Optional path (relative to the data directory) of the logo on the cover.
    public var logo: String?

    enum CodingKeys: String, CodingKey {
        case kode, nama, kementerian, provinsi, alamat, kota, tahun, kepala, logo
        case namaSingkat = "nama_singkat"
        case tanggalLaporan = "tanggal_laporan"
    }
}

/// Top level of `instansi.yaml`.
public struct InstansiFile: Codable, Equatable, Sendable {
    public var instansi: Instansi
}
