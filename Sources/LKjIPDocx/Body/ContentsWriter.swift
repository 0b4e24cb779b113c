import LKjIPDocument

/// DAFTAR ISI as a TOC field over the headings, and DAFTAR TABEL / GRAFIK / GAMBAR as TOC
/// fields over the captions' SEQ fields (`TOC \c "Tabel"`); every entry links to its
/// bookmark and carries a PAGEREF field. The cached result of each field
/// is the page number the layout pass measured (`Document.pageNumbers`), so every viewer
/// shows real numbers without updating fields; Word can still update them (F9).
enum ContentsWriter {
    static let placeholder = "#"

    /// The entries a contents list shows: headings down to its level, or captions of its kind.
    static func entries(_ toc: TableOfContents, of document: Document) -> [ContentsEntry] {
        document.contents.filter { entry in
            switch entry.kind {
            case .heading(let level): return toc.captions == nil && level <= toc.maxLevel
            case .caption(let kind): return toc.captions == kind
            }
        }
    }

    static func write(_ toc: TableOfContents, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        let entries = Self.entries(toc, of: writer.document)
        let tabPosition = scope.textWidth - 10
        guard !entries.isEmpty else {
            writer.out += "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>-</w:t></w:r></w:p>"
            return
        }
        let measured = !writer.document.pageNumbers.isEmpty
        let instruction = toc.captions.map { " TOC \\h \\z \\c \"\($0.sequence)\" " } ?? " TOC \\o \"1-\(toc.maxLevel)\" \\h \\z \\u "
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"\(measured ? "" : " w:dirty=\"true\"")/></w:r><w:r><w:instrText xml:space=\"preserve\">\(instruction)</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        for (index, entry) in entries.enumerated() {
            var pPr = ParagraphProperties()
            switch entry.kind {
            case .heading(let level): pPr.style = "TOC\(min(level, 3))"
            case .caption:
                pPr.style = "TOC1"
                pPr.indentLeft = 1134
                pPr.indentHanging = 1134
            }
            pPr.tabs = [ParagraphProperties.Tab(alignment: "right", leader: "dot", position: tabPosition)]
            writer.out += "<w:p>\(pPr.xml)"
            if index == 0 { writer.out += begin }
            let bookmark = PartRegistry.bookmark(entry.anchor)
            let page = writer.document.pageNumbers[entry.anchor] ?? placeholder
            var text = "<w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(entry.text))</w:t></w:r>"
            if let wrap = entry.wrapAt, wrap > 0, wrap < entry.text.count {
                let cut = entry.text.index(entry.text.startIndex, offsetBy: wrap)
                let head = String(entry.text[..<cut]).trimmingCharacters(in: .whitespaces)
                text = "<w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(head))</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(String(entry.text[cut...])))</w:t></w:r>"
            }
            writer.out += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">\(text)<w:r><w:tab/></w:r>"
            writer.out += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark) \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>\(try XMLText.escape(page))</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink>"
            if index == entries.count - 1 { writer.out += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" }
            writer.out += "</w:p>"
        }
    }
}
