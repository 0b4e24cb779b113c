/// Rencana Strategis texts of BAB II A (`renstra.yaml`). Every field is light Markdown.
public struct Renstra: Codable, Equatable, Sendable, DataRecord {
    public var pengantar: String
    public var visiNasional: String
    public var pengantarMisiNasional: String
    public var misiNasional: [String]
    public var pengantarVisi: String
    public var visi: String
    public var pengantarMisi: String
    public var misi: [String]
    public var tataNilai: String
    public var pengantarTujuan: String
    public var tujuan: [String]
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

    public static let summary = "renstra.yaml: the texts of BAB II A (Rencana Strategis)."
    public static let fields: [String: FieldSpec] = [
        "pengantar": FieldSpec("Opening paragraphs before the national vision (Markdown).", format: .markdown),
        "visi_nasional": FieldSpec("The President's vision, printed centred in quotes.", format: .markdown),
        "pengantar_misi_nasional": FieldSpec("Text between the national vision and the national missions (Markdown).", format: .markdown),
        "misi_nasional": FieldSpec("National missions, one per item, numbered 1, 2, 3.", format: .markdown),
        "pengantar_visi": FieldSpec("Text introducing the ministry's vision (Markdown).", format: .markdown),
        "visi": FieldSpec("The ministry's vision.", format: .markdown),
        "pengantar_misi": FieldSpec("Text introducing the ministry's missions (Markdown).", format: .markdown),
        "misi": FieldSpec("The ministry's missions, one per item.", format: .markdown),
        "tata_nilai": FieldSpec("Values (Markdown).", format: .markdown),
        "pengantar_tujuan": FieldSpec("Text introducing the goals (Markdown).", format: .markdown),
        "tujuan": FieldSpec("Goals, numbered 1), 2), 3).", format: .markdown),
        "sasaran_strategis": FieldSpec("Strategic targets section (Markdown).", format: .markdown),
    ]
}
