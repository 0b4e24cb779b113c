import Foundation

/// Page labels for the PDF LibreOffice writes, so a viewer's page box shows the number
/// printed on the page ("ii" on the KATA PENGANTAR, "1" on BAB I), not the count from the
/// cover. LibreOffice writes none; they are added as an incremental update (ISO 32000-1
/// §7.5.6): the catalog again with a `/PageLabels` number tree, a cross-reference section
/// for it and a trailer pointing back to the previous one. The bytes before are untouched.
enum PDFPageLabels {
    /// One labelled range: from the 1-based physical `page` on, numbered in `style` from `start`.
    struct Range: Equatable {
        enum Style: String { case decimal = "D", lowerRoman = "r" }
        var page: Int
        /// nil for pages without a printed number (the cover): labelled "Sampul".
        var style: Style?
        var start: Int
    }

    /// The PDF with the labels; unchanged when its structure is not the classic trailer and
    /// cross-reference table LibreOffice writes (nothing is guessed).
    static func apply(to pdf: Data, ranges: [Range]) -> Data {
        guard !ranges.isEmpty, let text = String(data: pdf, encoding: .isoLatin1),
              let startxref = text.range(of: "startxref", options: .backwards),
              let trailer = text.range(of: "trailer", options: .backwards, range: text.startIndex..<startxref.lowerBound),
              let open = text.range(of: "<<", range: trailer.upperBound..<startxref.lowerBound),
              let close = text.range(of: ">>", options: .backwards, range: open.upperBound..<startxref.lowerBound) else { return pdf }
        let dictionary = String(text[open.upperBound..<close.lowerBound])
        let previous = text[startxref.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").first.map(String.init) ?? ""
        guard let prev = Int(previous.trimmingCharacters(in: .whitespaces)), let root = reference("Root", in: dictionary),
              let catalogStart = text.range(of: "\n\(root.number) \(root.generation) obj") ?? text.range(of: "\r\(root.number) \(root.generation) obj"),
              let catalogOpen = text.range(of: "<<", range: catalogStart.upperBound..<text.endIndex),
              let catalogEnd = text.range(of: "endobj", range: catalogOpen.lowerBound..<text.endIndex),
              let catalogClose = text.range(of: ">>", options: .backwards, range: catalogOpen.upperBound..<catalogEnd.lowerBound) else { return pdf }
        var catalog = String(text[catalogOpen.upperBound..<catalogClose.lowerBound])
        guard !catalog.contains("/PageLabels") else { return pdf }
        catalog += "/PageLabels<</Nums[" + ranges.map(entry).joined(separator: " ") + "]>>\n"
        var trailerEntries = dictionary.replacingOccurrences(of: "/Prev \\d+", with: "", options: .regularExpression)
        trailerEntries = trailerEntries.replacingOccurrences(of: "/DocChecksum\\s*/[0-9A-Fa-f]+", with: "", options: .regularExpression)
        var update = "\n"
        let objectOffset = pdf.count + update.utf8.count
        update += "\(root.number) \(root.generation) obj\n<<\(catalog)>>\nendobj\n"
        let xrefOffset = pdf.count + update.utf8.count
        let offset = String(objectOffset)
        let generation = String(root.generation)
        update += "xref\n0 1\n0000000000 65535 f \n\(root.number) 1\n\(String(repeating: "0", count: max(0, 10 - offset.count)) + offset) \(String(repeating: "0", count: max(0, 5 - generation.count)) + generation) n \n"
        update += "trailer\n<<\(trailerEntries)/Prev \(prev)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        var result = pdf
        result.append(Data(update.utf8))
        return result
    }

    static func entry(_ range: Range) -> String {
        let index = range.page - 1
        guard let style = range.style else { return "\(index)<</P(Sampul)>>" }
        return "\(index)<</S/\(style.rawValue)/St \(max(range.start, 1))>>"
    }

    /// `/Key n g R` in a dictionary.
    static func reference(_ key: String, in dictionary: String) -> (number: Int, generation: Int)? {
        guard let match = dictionary.range(of: "/\(key)\\s+\\d+\\s+\\d+\\s+R", options: .regularExpression) else { return nil }
        let parts = dictionary[match].dropFirst(key.count + 1).split(whereSeparator: \.isWhitespace)
        guard parts.count >= 2, let number = Int(parts[0]), let generation = Int(parts[1]) else { return nil }
        return (number, generation)
    }
}
