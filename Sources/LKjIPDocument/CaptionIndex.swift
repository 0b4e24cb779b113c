/// The captioned tables and charts of a document in reading order, with the anchor each
/// writer gives them, so lists of tables and charts link to the same places in DOCX and HTML.
public enum CaptionIndex {
    public struct Entry: Equatable, Sendable {
        public var kind: CaptionKind
        public var caption: String
        /// "tabel-3" / "grafik-1": the n-th captioned table or chart of the document.
        public var anchor: String
    }

    public static func entries(_ document: Document) -> [Entry] {
        var entries: [Entry] = []
        var tables = 0, charts = 0
        for section in document.sections {
            for block in section.blocks {
                switch block {
                case .table(let table):
                    if let caption = table.caption {
                        tables += 1
                        entries.append(Entry(kind: .table, caption: caption, anchor: "tabel-\(tables)"))
                    }
                case .chart(let chart):
                    charts += 1
                    entries.append(Entry(kind: .chart, caption: chart.caption, anchor: "grafik-\(charts)"))
                default:
                    break
                }
            }
        }
        return entries
    }
}
