/// An official who signs documents. Signatures refer to a pejabat by `id`,
/// so a name and NIP are written once (`pejabat.yaml`).
public struct Pejabat: Codable, Equatable, Sendable {
    public var id: String
    public var nama: String
    /// 18 digits, written without spaces; formatting ("19660605 198911 1 001") is computed.
    public var nip: String
    /// Full title used in the agreement text.
    public var jabatan: String
    /// Short title printed above the signature ("Kepala Divisi Administrasi").
    public var jabatanSingkat: String?
    /// Optional signature image path; default `assets/ttd/<nip>.png` in the data directory.
    public var ttd: String?

    enum CodingKeys: String, CodingKey {
        case id, nama, nip, jabatan, ttd
        case jabatanSingkat = "jabatan_singkat"
    }
}

/// Top level of `pejabat.yaml`.
public struct PejabatFile: Codable, Equatable, Sendable {
    public var pejabat: [Pejabat]
}
