/// The numbered title of a table, chart or picture. Templates and builders give the text;
/// `DocumentNumbering` assigns the label ("Tabel 3.2") and the anchor once, over the whole
/// document, so the DAFTAR TABEL of both writers and the captions always agree.
public struct Caption: Equatable, Sendable {
    public var kind: CaptionKind
    public var text: String
    /// "3.2": chapter and position; set by `DocumentNumbering`.
    public var number: String?
    /// Bookmark and HTML id; set by `DocumentNumbering`.
    public var anchor: String?

    public init(_ kind: CaptionKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// "Tabel 3.2 Realisasi Anggaran ..." once numbered, the text alone before.
    public var full: String {
        guard let number else { return text }
        return "\(kind.word) \(number) \(text)"
    }
}

public enum CaptionKind: String, Equatable, Sendable, CaseIterable {
    case table, chart, figure

    /// The Indonesian word in front of the number.
    public var word: String {
        switch self {
        case .table: return "Tabel"
        case .chart: return "Grafik"
        case .figure: return "Gambar"
        }
    }
}
