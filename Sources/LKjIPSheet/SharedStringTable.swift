/// The workbook's shared string table (`xl/sharedStrings.xml`). Text cells are written as
/// indexes into it rather than as inline strings because that is what Excel itself writes:
/// every consumer reads it, repeated texts (unit names, "Ya"/"Tidak") are stored once, and a
/// file re-saved by Excel or openpyxl keeps the same shape. Indexes follow first use
/// (sheets in order, cells row by row), so equal workbooks give equal tables.
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var indexes: [String: Int] = [:]
    /// Number of references, the `count` attribute Excel writes next to `uniqueCount`.
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indexes[text] { return index }
        strings.append(text)
        indexes[text] = strings.count - 1
        return strings.count - 1
    }

    /// The part; texts were checked for XML-safe characters when their cells were written.
    func xml() throws -> String {
        var xml = PackageXML.declaration
        xml += "<sst xmlns=\"\(PackageXML.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            xml += "<si>" + (try Self.textElement(text)) + "</si>"
        }
        return xml + "</sst>"
    }

    /// `<t>` with `xml:space="preserve"` when leading or trailing white space would
    /// otherwise be dropped by consumers.
    static func textElement(_ text: String) throws -> String {
        let escaped = try XMLEscape.text(ExcelStringEscape.encode(text))
        let needsPreserve = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
        return (needsPreserve ? "<t xml:space=\"preserve\">" : "<t>") + escaped + "</t>"
    }
}
