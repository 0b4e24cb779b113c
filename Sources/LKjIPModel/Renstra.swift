/// Rencana Strategis texts of BAB II A (`renstra.yaml`). Markdown fields are light Markdown.
public struct Renstra: Codable, Equatable, Sendable {
    /// Opening paragraphs before the national vision (Markdown).
    public var pengantar: String
    public var visiNasional: String
    /// Text between the national vision and the national missions (Markdown).
    public var pengantarMisiNasional: String
    public var misiNasional: [String]
    /// Text introducing the ministry's vision (Markdown).
    public var pengantarVisi: String
    public var visi: String
    public var pengantarMisi: String
    public var misi: [String]
    /// Tata nilai (PASTI, BerAKHLAK), Markdown.
    public var tataNilai: String
    public var pengantarTujuan: String
    public var tujuan: [String]
    /// Sasaran strategis section, Markdown.
    public var sasaranStrategis: String

    enum CodingKeys: String, CodingKey {
        case pengantar, visi, misi, tujuan
        case visiNasional = "visi_nasional"
        case pengantarMisiNasional = "pengantar_misi_nasional"
        case misiNasional = "misi_nasional"
        case pengantarVisi = "pengantar_visi"
        case pengantarMisi = "pengantar_misi"
        case tataNilai = "tata_nilai"
        case pengantarTujuan = "pengantar_tujuan"
        case sasaranStrategis = "sasaran_strategis"
    }
}
