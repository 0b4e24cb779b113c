import LKjIPDocument
@testable import LKjIPLayout

/// Shared values for the layout tests. Page widths are worked from the A4 setup by hand:
/// portrait text 595.3 - 113.4 - 85.05 = 396.85 pt, landscape 841.9 - 113.4 - 85.05 = 643.45 pt.
enum Page {
    static let portrait = 396.85
    static let landscape = 643.45
    /// Left plus right cell margin (2 × 5.4 pt) and the 3.2 pt rounding margin of `LayoutSettings`.
    static let padding = 14.0
}

/// Advance widths of Liberation Sans (metric-compatible with Arial) in thousandths of an
/// em, from fontTools on /usr/share/fonts/truetype/liberation/LiberationSans-*.ttf
/// (advance × 1000 / 2048), for the words the tests measure:
///
///     from fontTools.ttLib import TTFont
///     t = TTFont("LiberationSans-Bold.ttf"); cmap = t.getBestCmap(); hm = t["hmtx"]
///     sum(hm[cmap[ord(c)]][0] for c in "PEREMPUAN") * 1000 / 2048   # 6389.6
enum Liberation {
    static let bold: [String: Double] = [
        "PEREMPUAN": 6389.65, "KETERANGAN": 7055.66, "KEMENTERIAN": 7333.50, "PERTANGGUNG": 7889.16,
        "PERTANGGUNGJAWABAN": 13000.0, "LAKI-": 2666.02, "LAKI-LAKI": 4999.0,
    ]
    static let regular: [String: Double] = ["Indikator": 3835.45, "Kinerja": 3112.79]

    /// Width in points at `size`.
    static func width(_ word: String, bold isBold: Bool = true, size: Double) -> Double {
        ((isBold ? bold : regular)[word] ?? .nan) / 1000 * size
    }
}

func document(_ blocks: [Block], orientation: Orientation = .portrait, numbering: PageNumbering = .decimal, restart: Bool = false) -> Document {
    Document(metadata: Metadata(title: "Uji"), sections: [Section(orientation: orientation, pageNumbering: numbering, restartNumbering: restart, blocks: blocks)])
}

func laidOut(_ document: Document) -> Document {
    var copy = document
    DocumentLayout.apply(&copy)
    return copy
}

/// The blocks of a section with the layout's keep-together groups opened up.
func flat(_ blocks: [Block]) -> [Block] {
    blocks.flatMap { block -> [Block] in
        if case .keepTogether(let inner) = block { return flat(inner) }
        return [block]
    }
}

/// Every table of the document, in order, groups opened.
func tables(_ document: Document) -> [Table] {
    document.sections.flatMap { flat($0.blocks) }.compactMap { block in
        if case .table(let table) = block { return table }
        return nil
    }
}

/// A one-row table of single-word bold cells.
func wordTable(_ words: [String], preferences: [Double]? = nil) -> Table {
    Table(columnWidths: preferences ?? words.map { _ in 1 }, rows: [TableRow(cells: words.map { .text($0, bold: true) })])
}

func paragraph(_ text: String, bold: Bool = false) -> Block {
    .paragraph(Paragraph(content: [.text(text, bold ? .bold : [])]))
}

extension Block {
    var paragraph: Paragraph? {
        if case .paragraph(let paragraph) = self { return paragraph }
        return nil
    }
}
