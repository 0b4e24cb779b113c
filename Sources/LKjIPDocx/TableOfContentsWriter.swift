import LKjIPDocument

/// DAFTAR ISI as a TOC field whose cached result already lists every heading, each with a
/// PAGEREF field to the heading's bookmark. Word refreshes the whole field on open
/// (`updateFields`); LibreOffice keeps the entries and computes the PAGEREF page numbers
/// during layout, so a PDF made headless has a filled table of contents too.
enum TableOfContentsWriter {
    /// DAFTAR TABEL / DAFTAR GRAFIK: one linked entry per caption with a PAGEREF field to
    /// its bookmark, which Word and LibreOffice compute during layout.
    static func writeCaptions(_ entries: [CaptionIndex.Entry], into writer: inout BodyWriter) throws {
        guard !entries.isEmpty else {
            writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>-</w:t></w:r></w:p>"
            return
        }
        for entry in entries {
            let bookmark = "_" + entry.anchor.replacingOccurrences(of: "-", with: "_")
            writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(writer.textWidth - 10)\"/></w:tabs><w:ind w:left=\"1134\" w:hanging=\"1134\"/></w:pPr>"
            writer.out += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(entry.caption))</w:t></w:r><w:r><w:tab/></w:r>"
            writer.out += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark) \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>#</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink></w:p>"
        }
    }

    static func write(_ toc: TableOfContents, headings: [(heading: Heading, bookmark: String)], into writer: inout BodyWriter) throws {
        let entries = headings.filter { $0.heading.inTableOfContents && $0.heading.level <= toc.maxLevel }
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-\(toc.maxLevel)\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        guard !entries.isEmpty else {
            writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>\(begin)<w:r><w:t xml:space=\"preserve\">Klik kanan lalu pilih Update Field untuk memperbarui daftar isi.</w:t></w:r>\(end)</w:p>"
            return
        }
        for (index, entry) in entries.enumerated() {
            let level = min(entry.heading.level, 3)
            writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TOC\(level)\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(writer.textWidth - 10)\"/></w:tabs></w:pPr>"
            if index == 0 { writer.out += begin }
            let text = try XMLText.escape(entry.heading.content.plainText.replacingOccurrences(of: "\n", with: " "))
            writer.out += "<w:hyperlink w:anchor=\"\(entry.bookmark)\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r><w:r><w:tab/></w:r>"
            writer.out += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(entry.bookmark) \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>#</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink>"
            if index == entries.count - 1 { writer.out += end }
            writer.out += "</w:p>"
        }
    }
}
