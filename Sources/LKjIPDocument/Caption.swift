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
    /// The printed word before the number ("Tabel"), from the office's wording (kata.yaml's
    /// `label_tabel`, `label_grafik`, `label_gambar`); set by `DocumentNumbering`. Without
    /// one the kind's field name is printed, which is the same word.
    public var word: String?

    public init(_ kind: CaptionKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// "Tabel 3.2 Realisasi Anggaran ..." once numbered, the text alone before.
    public var full: String {
        guard let number else { return text }
        return "\(label) \(number) \(text)"
    }

    /// The word printed before the number.
    public var label: String {
        word ?? kind.sequence
    }
}

public enum CaptionKind: String, Equatable, Sendable, CaseIterable {
    case table, chart, figure

    /// The name of the Word `SEQ` field that counts captions of this kind, and of the
    /// `TOC \\c` list that collects them. Never printed as such: a field name must stay one
    /// fixed word whatever an office calls its tables.
    public var sequence: String {
        switch self {
        case .table: return "Tabel"
        case .chart: return "Grafik"
        case .figure: return "Gambar"
        }
    }
}
