/// The kinds of file a data directory holds, each with the type its content decodes to.
/// `lkjip schema` prints one JSON Schema per kind; the loader finds files by these names.
public enum DataFileKind: String, CaseIterable, Sendable {
    case instansi, pejabat, organisasi, renstra, anggaran, lampiran, pk, realisasi

    /// A single file at the top of the data directory, or a folder of files.
    public var isFolder: Bool { self == .pk || self == .realisasi }
    public var isRequired: Bool { self != .lampiran }

    /// What the file holds, for "missing file" messages and the reference.
    public var holds: String {
        switch self {
        case .instansi: return "the office's name, province, city, year, report date and head of office"
        case .pejabat: return "the signatories: id, nama, nip, jabatan"
        case .organisasi: return "the divisions and the satker with employees"
        case .renstra: return "visi, misi, tujuan and sasaran strategis texts"
        case .anggaran: return "the office budget per year, SMART DJA and IKPA"
        case .lampiran: return "photos and application screenshots of the LAMPIRAN"
        case .pk: return "one Perjanjian Kinerja per head of division"
        case .realisasi: return "the realisasi and BAB III tables of one division"
        }
    }

    /// The schema of one file of this kind.
    public var schema: Schema {
        switch self {
        case .instansi: return SchemaBuilder.schema(for: InstansiFile.self)
        case .pejabat: return SchemaBuilder.schema(for: PejabatFile.self)
        case .organisasi: return SchemaBuilder.schema(for: Organisasi.self)
        case .renstra: return SchemaBuilder.schema(for: Renstra.self)
        case .anggaran: return SchemaBuilder.schema(for: AnggaranKantor.self)
        case .lampiran: return SchemaBuilder.schema(for: Lampiran.self)
        case .pk: return SchemaBuilder.schema(for: PerjanjianKinerja.self)
        case .realisasi: return SchemaBuilder.schema(for: CapaianDivisi.self)
        }
    }

    public static let extensions = ["yaml", "yml", "json"]
}
