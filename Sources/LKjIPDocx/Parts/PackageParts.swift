import LKjIPDocument

/// The fixed parts of the package: content types, relationships, document properties and
/// footers. Dates come from the document's metadata, never from the clock, so two builds of
/// the same data are byte-identical.
enum PackageParts {
    struct Part {
        var path: String
        var contentType: String?
        var data: [UInt8]

        /// PNG and JPEG pictures are compressed already: deflating them again costs time
        /// and saves nothing, so they are stored.
        var isCompressed: Bool {
            (path.hasPrefix("word/media/") && [".png", ".jpg", ".jpeg"].contains { path.lowercased().hasSuffix($0) }) || path.hasSuffix(".xlsx")
        }
    }

    static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(_ parts: [Part], media: Set<String>) -> String {
        var xml = XMLText.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for (ext, type) in [("jpeg", "image/jpeg"), ("jpg", "image/jpeg"), ("png", "image/png"), ("svg", "image/svg+xml"),
                            ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")] where media.contains(ext) {
            xml += "<Default Extension=\"\(ext)\" ContentType=\"\(type)\"/>"
        }
        for part in parts {
            guard let type = part.contentType else { continue }
            xml += "<Override PartName=\"/\(part.path)\" ContentType=\"\(type)\"/>"
        }
        return xml + "</Types>"
    }

    static let packageRelationships = XMLText.declaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
    """

    /// Relationship of `word/document.xml` (or of a header) to another part.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func relationships(_ items: [Relationship]) -> String {
        var xml = XMLText.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for item in items {
            xml += "<Relationship Id=\"\(item.id)\" Type=\"\(relationshipBase)\(item.type)\" Target=\"\(item.target)\"/>"
        }
        return xml + "</Relationships>"
    }

    /// The page number, centred: one footer serves every numbered section, since the
    /// section's pgNumType decides roman or decimal.
    static let pageFooter = XMLText.declaration + """
    <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>
    """

    /// An empty footer for unnumbered sections after numbered ones (Word would otherwise
    /// carry the previous section's footer over).
    static let emptyFooter = XMLText.declaration + """
    <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>
    """

    /// An empty page header, for pages the reference's kop must not reach (the cover).
    static let emptyHeader = XMLText.declaration + """
    <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p></w:hdr>
    """

    static func core(_ metadata: Metadata) throws -> String {
        let date = (metadata.date.count == 10 ? metadata.date : "2000-01-01") + "T00:00:00Z"
        return XMLText.declaration + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(try XMLText.escape(metadata.title))</dc:title><dc:subject>\(try XMLText.escape(metadata.subject))</dc:subject><dc:creator>\(try XMLText.escape(metadata.author))</dc:creator><dc:language>\(try XMLText.escape(metadata.language))</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">\(date)</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">\(date)</dcterms:modified></cp:coreProperties>
        """
    }

    static let app = XMLText.declaration + """
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>lkjip</Application><DocSecurity>0</DocSecurity></Properties>
    """
}
