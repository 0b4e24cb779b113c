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
    /// The internal auditor's review of the report: with it the LKjIP prints the "Pernyataan
    /// Telah Direviu" page (LKE 3.a.4).
    public var reviu: Reviu?
    /// The date the head signs the IKU document; default the date of the year's first PK.
    public var tanggalIku: String?
    /// The date the head signs each quarter's measurement; default the quarter's last day.
    public var tanggalTriwulan: TanggalTriwulan?

    enum CodingKeys: String, CodingKey {
        case kode, nama, jenis, induk, kementerian, provinsi, alamat, kota, tahun, kepala, logo
        case jenisInstansi = "jenis_instansi"
        case namaSingkat = "nama_singkat"
        case kementerianSingkat = "kementerian_singkat"
        case tanggalLaporan = "tanggal_laporan"
        case aturanCapaian = "aturan_capaian"
        case reviu
        case tanggalIku = "tanggal_iku"
        case tanggalTriwulan = "tanggal_triwulan"
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
        "reviu": FieldSpec("The internal auditor's review (APIP: Inspektur, Inspektorat): with it the LKjIP prints the page \"Pernyataan Telah Direviu\" after the KATA PENGANTAR. `check --evaluasi` reports its absence (LKE 3.a.4)."),
        "tanggal_iku": FieldSpec("Date the head of office signs the IKU document (`lkjip dokumen iku`), yyyy-mm-dd; default the date of the year's first Perjanjian Kinerja.", format: .date, example: "2023-01-05"),
        "tanggal_triwulan": FieldSpec("Dates the head of office signs the quarterly measurements (`lkjip dokumen triwulan`); default the last day of each quarter."),
    ]
}

/// The review of the report by the internal auditor (53/2014 Lampiran III).
public struct Reviu: Codable, Equatable, Sendable, DataRecord {
    /// Pejabat id of the reviewer (name, NIP, jabatan are those of `pejabat.yaml`).
    public var pejabat: String
    /// The date of the statement; nil while the review is still to come (the page is then
    /// not printed).
    public var tanggal: String?
    public var tempat: String?

    public init(pejabat: String, tanggal: String?, tempat: String? = nil) {
        self.pejabat = pejabat
        self.tanggal = tanggal
        self.tempat = tempat
    }

    public static let summary = "Who reviewed the report and when."
    public static let fields: [String: FieldSpec] = [
        "pejabat": FieldSpec("Pejabat id of the reviewer (the Inspektur or the head of the APIP unit), defined in pejabat.yaml with name, NIP and jabatan.", format: .id, example: "inspektur"),
        "tanggal": FieldSpec("Date of the statement, yyyy-mm-dd. Leave out while the review is still to come: the page is printed once it is given (`lkjip init --from` leaves it out for the new year).", format: .date, example: "2024-02-20"),
        "tempat": FieldSpec("Place of signing; default instansi.kota.", format: .line, example: "Jakarta"),
    ]
}

/// The signing date of each quarter's measurement.
public struct TanggalTriwulan: Codable, Equatable, Sendable, DataRecord {
    public var tw1: String?
    public var tw2: String?
    public var tw3: String?
    public var tw4: String?

    public init(tw1: String? = nil, tw2: String? = nil, tw3: String? = nil, tw4: String? = nil) {
        self.tw1 = tw1
        self.tw2 = tw2
        self.tw3 = tw3
        self.tw4 = tw4
    }

    public var dates: [String?] { [tw1, tw2, tw3, tw4] }

    public static let summary = "Signing dates of the quarterly measurements."
    public static let fields: [String: FieldSpec] = [
        "tw1": FieldSpec("Date of the measurement of TW I, yyyy-mm-dd.", format: .date, example: "2023-04-10"),
        "tw2": FieldSpec("Date of the measurement of TW II.", format: .date),
        "tw3": FieldSpec("Date of the measurement of TW III.", format: .date),
        "tw4": FieldSpec("Date of the measurement of TW IV.", format: .date),
    ]
}

/// Top level of `instansi.yaml`.
public struct InstansiFile: Codable, Equatable, Sendable, DataRecord {
    public var instansi: Instansi
    public static let summary = "instansi.yaml"
    public static let fields: [String: FieldSpec] = ["instansi": FieldSpec("The reporting office.")]
}
