/// The reporting office (`instansi.yaml`, key `instansi`).
public struct Instansi: Codable, Equatable, Sendable, DataRecord {
    public var kode: String
    public var nama: String
    public var namaSingkat: String
    /// The kind of office (`templates/jenis/<kind>.yaml`): its words, cover, PK levels and
    /// sections. nil is `kanwil`, the kind every office was before kinds existed.
    public var jenisInstansi: String?
    /// The office's own designation as the cover prints it under its superior ("Kantor
    /// Wilayah", "Dinas Kesehatan").
    public var jenis: String?
    /// The organisations above the office, top first ("Pemerintah Kabupaten Lembah Sari"):
    /// printed above the office on a regional government's cover.
    public var induk: [String]?
    /// The ministry of a central-government office; a regional government's office has none.
    public var kementerian: String?
    /// Short name used in headings ("VISI KEMENKUMHAM").
    public var kementerianSingkat: String?
    public var provinsi: String?
    public var alamat: String
    public var kota: String
    public var tahun: Int
    public var tanggalLaporan: String
    public var kepala: String
    public var logo: String?
    /// Capaian rules of the whole office; an indicator may override them.
    public var aturanCapaian: AturanCapaian?

    enum CodingKeys: String, CodingKey {
        case kode, nama, jenis, induk, kementerian, provinsi, alamat, kota, tahun, kepala, logo
        case jenisInstansi = "jenis_instansi"
        case namaSingkat = "nama_singkat"
        case kementerianSingkat = "kementerian_singkat"
        case tanggalLaporan = "tanggal_laporan"
        case aturanCapaian = "aturan_capaian"
    }

    public static let summary = "The reporting office: names, place, report year and head of office."
    public static let fields: [String: FieldSpec] = [
        "kode": FieldSpec("Short code used in output file names: LKjIP-<kode>-<tahun>.docx. Letters, digits, - and _.", format: .line, example: "Kanwil-Sumbar"),
        "nama": FieldSpec("Full name of the office.", format: .line, example: "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Sumatera Barat"),
        "nama_singkat": FieldSpec("Short name used in captions.", format: .line, example: "Kanwil Kemenkumham Sumatera Barat"),
        "jenis_instansi": FieldSpec("Kind of office: a file templates/jenis/<kind>.yaml that sets its words, cover lines and PK levels. Bundled: kanwil (default), eselon1, kementerian, perangkat-daerah, upt.", format: .id, example: "perangkat-daerah"),
        "jenis": FieldSpec("The office's own designation as the cover prints it under its superior: Kantor Wilayah, Dinas Kesehatan, UPTD Puskesmas Sukamaju. Default: Kantor Wilayah.", format: .line, example: "Kantor Wilayah"),
        "induk": FieldSpec("The organisations above the office, top first, printed above it on the cover of a regional government's office: [Pemerintah Kabupaten Lembah Sari].", format: .line, example: "[Pemerintah Kabupaten Lembah Sari]"),
        "kementerian": FieldSpec("Name of the ministry (central-government offices; required by their kinds).", format: .line, example: "Kementerian Hukum"),
        "kementerian_singkat": FieldSpec("Short name of the ministry for headings (VISI <kementerian_singkat>). Default: the full name.", format: .line, example: "Kemenkum"),
        "provinsi": FieldSpec("Province (required by the kanwil kind: the cover prints it).", format: .line, example: "Sumatera Barat"),
        "alamat": FieldSpec("Postal address printed on the cover.", format: .line, example: "Jalan S. Parman No. 256 Padang"),
        "kota": FieldSpec("City of signing.", format: .line, example: "Padang"),
        "tahun": FieldSpec("Report year.", unit: "tahun", range: Ranges.tahun, example: "2023"),
        "tanggal_laporan": FieldSpec("Date the report is signed (KATA PENGANTAR), yyyy-mm-dd.", format: .date, example: "2024-01-10"),
        "kepala": FieldSpec("Pejabat id of the head of office who signs the report.", format: .id, example: "kakanwil"),
        "logo": FieldSpec("Logo on the cover: a PNG or JPEG inside the data directory; default assets/logo.png of lkjip.", format: .path, example: "assets/logo.png"),
        "aturan_capaian": FieldSpec("Capaian rules for every indicator of the office (see AturanCapaian)."),
    ]
}

/// Top level of `instansi.yaml`.
public struct InstansiFile: Codable, Equatable, Sendable, DataRecord {
    public var instansi: Instansi
    public static let summary = "instansi.yaml"
    public static let fields: [String: FieldSpec] = ["instansi": FieldSpec("The reporting office.")]
}
