/// Organisation chart and staffing (`organisasi.yaml`).
public struct Organisasi: Codable, Equatable, Sendable {
    public var divisi: [Divisi]
    /// Work units with employees by sex; totals are computed.
    public var satker: [Satker]
}

public struct Divisi: Codable, Equatable, Sendable {
    /// Referenced by `pk/` and `realisasi/` files ("administrasi").
    public var id: String
    /// "Divisi Administrasi"
    public var nama: String
    /// Pejabat id of the head of division.
    public var kepala: String
    /// Task description (BAB I B), light Markdown.
    public var tugas: String
    /// Functions list (BAB I D Aspek Strategis), light Markdown.
    public var fungsi: String?
}

public struct Satker: Codable, Equatable, Sendable {
    public var nama: String
    /// Kind of unit, counted for "28 (dua puluh delapan) Unit Pelaksana Teknis": kanwil, lapas, lpka, rutan, bapas, rupbasan, kanim.
    public var jenis: String
    public var lakiLaki: Int
    public var perempuan: Int
    /// A total typed by the user; only checked against the computed one, never printed.
    public var jumlah: Int?

    enum CodingKeys: String, CodingKey {
        case nama, jenis, perempuan, jumlah
        case lakiLaki = "laki_laki"
    }
}
