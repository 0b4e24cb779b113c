import LKjIPDocument

/// Numbers table and chart captions by chapter ("Tabel 3.2", "Grafik 3.1"), as Indonesian
/// reports do. Done once on the assembled document, so templates write only the caption
/// text and both writers print the same numbers.
enum CaptionNumbering {
    static func apply(_ sections: [Section]) -> [Section] {
        var chapter: Int?
        var tables = 0, charts = 0
        return sections.map { section in
            var section = section
            section.blocks = section.blocks.map { block in
                switch block {
                case .heading(let heading) where heading.level == 1:
                    chapter = chapterNumber(heading.content.plainText)
                    tables = 0
                    charts = 0
                    return block
                case .table(var table):
                    guard let caption = table.caption else { return block }
                    tables += 1
                    table.caption = "Tabel \(label(chapter, tables)) \(caption)"
                    return .table(table)
                case .chart(var chart):
                    charts += 1
                    chart.caption = "Grafik \(label(chapter, charts)) \(chart.caption)"
                    return .chart(chart)
                default:
                    return block
                }
            }
            return section
        }
    }

    static func label(_ chapter: Int?, _ number: Int) -> String {
        chapter.map { "\($0).\(number)" } ?? String(number)
    }

    /// "BAB III AKUNTABILITAS KINERJA" -> 3; other level-1 headings have no chapter number.
    static func chapterNumber(_ title: String) -> Int? {
        let words = title.split(separator: " ")
        guard words.count >= 2, words[0] == "BAB" else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0, previous = 0
        for character in words[1].reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }
}
