/// An official who signs documents. Signatures refer to a pejabat by `id`, so a name, its
/// titles and the NIP are written once (`pejabat.yaml`).
public struct Pejabat: Codable, Equatable, Sendable, DataRecord {
    public var id: String
    public var nama: String
    public var gelarDepan: String?
    public var gelarBelakang: String?
    /// Civil servants only: a political official (Bupati, Wali Kota, Gubernur, Menteri) has no
    /// NIP and signs without one.
    public var nip: String?
    public var pangkat: String?
    public var golongan: String?
    public var jabatan: String
    public var jabatanSingkat: String?
    public var status: StatusJabatan?
    public var ttd: String?

    public init(id: String, nama: String, gelarDepan: String? = nil, gelarBelakang: String? = nil, nip: String? = nil, pangkat: String? = nil, golongan: String? = nil, jabatan: String, jabatanSingkat: String? = nil, status: StatusJabatan? = nil, ttd: String? = nil) {
        self.id = id
        self.nama = nama
        self.gelarDepan = gelarDepan
        self.gelarBelakang = gelarBelakang
        self.nip = nip
        self.pangkat = pangkat
        self.golongan = golongan
        self.jabatan = jabatan
        self.jabatanSingkat = jabatanSingkat
        self.status = status
        self.ttd = ttd
    }

    enum CodingKeys: String, CodingKey {
        case id, nama, nip, pangkat, golongan, jabatan, status, ttd
        case gelarDepan = "gelar_depan"
        case gelarBelakang = "gelar_belakang"
        case jabatanSingkat = "jabatan_singkat"
    }

    public static let summary = "A signatory, referred to by id from every document it signs."
    public static let fields: [String: FieldSpec] = [
        "id": FieldSpec("Id other files use to name this pejabat.", format: .id, example: "kadiv-administrasi"),
        "nama": FieldSpec("Name without academic titles.", format: .line, example: "Ramelan Suprihadi"),
        "gelar_depan": FieldSpec("Titles before the name (Dr., Ir.).", format: .line, example: "Dr."),
        "gelar_belakang": FieldSpec("Titles after the name, with their commas (S.H., M.H.).", format: .line, example: "S.H., M.H."),
        "nip": FieldSpec("NIP, 18 digits (Perka BKN 22/2007): date of birth, month of appointment, sex, serial. Leave out for a political official (Bupati, Wali Kota, Gubernur, Menteri), who signs without a NIP line.", format: .nip, example: "196812091994031001"),
        "pangkat": FieldSpec("Rank printed under the name in signature blocks.", format: .line, example: "Pembina Utama Muda"),
        "golongan": FieldSpec("Grade, printed after the rank in brackets.", format: .line, example: "IV/c"),
        "jabatan": FieldSpec("Full position used in the agreement text.", format: .line, example: "Kepala Divisi Administrasi Kantor Wilayah Kementerian Hukum dan HAM Sumatera Barat"),
        "jabatan_singkat": FieldSpec("Short position printed above the signature.", format: .line, example: "Kepala Divisi Administrasi"),
        "status": FieldSpec("definitif (default), plt (Pelaksana Tugas) or plh (Pelaksana Harian): an acting official signs as \"Plt. <jabatan>\"."),
        "ttd": FieldSpec("Scanned signature (PNG or JPEG) inside the data directory. Default: assets/ttd/<nip>.png when it exists.", format: .path, example: "assets/ttd/196812091994031001.png"),
    ]
}

/// Whether a pejabat holds the position or acts in it.
public enum StatusJabatan: String, Codable, Equatable, Sendable, CaseIterable, DataEnum {
    case definitif, plt, plh

    public static let allowedValues = allCases.map(\.rawValue)
    public static let placeholder = StatusJabatan.definitif
    public static let valueDescriptions = [
        "definitif": "holds the position",
        "plt": "Pelaksana Tugas: signs as \"Plt. <jabatan>\"",
        "plh": "Pelaksana Harian: signs as \"Plh. <jabatan>\"",
    ]
}

/// Top level of `pejabat.yaml`.
public struct PejabatFile: Codable, Equatable, Sendable, DataRecord {
    public var pejabat: [Pejabat]
    public static let summary = "pejabat.yaml"
    public static let fields: [String: FieldSpec] = ["pejabat": FieldSpec("Every signatory of the report and the Perjanjian Kinerja.")]
}
