import LKjIPDocument

/// Room for the page number in DAFTAR ISI, TABEL, GRAFIK and GAMBAR. An entry whose last line
/// reaches the right margin leaves no room for the dot leader and its number: LibreOffice then
/// prints the number glued to the text ("… dan 202418"). Such an entry gets a line break
/// before its last word, found by setting the entry with the same metrics as tables.
enum ContentsLayout {
    /// Points kept free at the end of an entry's last line: a few dots and a three-digit number.
    static let reserve = 42.0
    /// The contents styles: 11 pt, heading entries indented 22 pt per level, caption entries
    /// with a hanging indent of 56.7 pt (see the DOCX writer's TOC styles).
    static let fontSize = 11.0

    static func apply(_ document: inout Document) {
        let width = document.page.textWidth(.portrait)
        let font = FontMetrics.family(document.font)
        document.contents = document.contents.map { entry in
            var entry = entry
            entry.wrapAt = wrap(entry, width: width, font: font)
            return entry
        }
    }

    static func wrap(_ entry: ContentsEntry, width: Double, font: FontMetrics = .arial) -> Int? {
        let first: Double, rest: Double
        switch entry.kind {
        case .heading(let level): first = width - Double(max(level - 1, 0)) * 22; rest = first
        case .caption: first = width; rest = width - 56.7
        }
        let words = entry.text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return nil }
        let space = TextMeasure.width(" ", size: fontSize, bold: false, font: font)
        var line = 0.0
        var available = first
        var lastLineStart = 0
        var offset = 0
        for (index, word) in words.enumerated() {
            let wordWidth = TextMeasure.width(word, size: fontSize, bold: false, font: font)
            if index > 0 && line + space + wordWidth > available {
                line = wordWidth
                available = rest
                lastLineStart = offset
            } else {
                line += (index > 0 ? space : 0) + wordWidth
            }
            offset += word.count + 1
        }
        guard line > available - reserve else { return nil }
        // Break before the last word (unless it already starts the line).
        let lastWord = entry.text.count - (words.last?.count ?? 0)
        return lastWord > lastLineStart ? lastWord : nil
    }
}
