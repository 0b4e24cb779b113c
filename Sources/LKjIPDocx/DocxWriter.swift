import Foundation
import LKjIPDocument

/// Writes the document model as a WordprocessingML package (.docx). The zip is built in
/// memory with fixed entry dates and a fixed part order, so equal documents give equal bytes.
public enum DocxWriter {
    public static func write(_ document: Document, options: DocxOptions = DocxOptions()) throws -> Data {
        let registry = PartRegistry()
        let deflater = try ZipWriter.Deflater()
        var body = BodyWriter(document: document, registry: registry, options: options)
        let documentXML = try body.write()
        let portraitWidth = Units.twips(document.page.textWidth(.portrait))
        var parts: [PackageParts.Part] = []
        func add(_ path: String, _ type: String?, _ text: String) { parts.append(PackageParts.Part(path: path, contentType: type, data: Array(text.utf8))) }
        let ml = PackageParts.wordML
        parts.append(PackageParts.Part(path: "word/document.xml", contentType: "\(ml).document.main+xml", data: documentXML))
        if let reference = options.reference {
            add("word/styles.xml", "\(ml).styles+xml", reference.styles(merging: StylesPart.definitions(textWidth: portraitWidth)))
        } else {
            add("word/styles.xml", "\(ml).styles+xml", StylesPart.xml(textWidth: portraitWidth))
        }
        add("word/numbering.xml", "\(ml).numbering+xml", NumberingPart.xml(instances: registry.lists))
        add("word/settings.xml", "\(ml).settings+xml", Settings(updateFields: document.pageNumbers.isEmpty).xml)
        let fonts = options.reference.map { [$0.font] } ?? []
        add("word/fontTable.xml", "\(ml).fontTable+xml", ThemeParts.fontTable(fonts + ["Arial", "Times New Roman"].filter { !fonts.contains($0) }))
        // The reference's theme, so fonts and colours given through it stay the office's.
        add("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", options.reference?.themeXML ?? ThemeParts.theme)
        add("word/footer1.xml", "\(ml).footer+xml", PackageParts.pageFooter)
        add("word/footer2.xml", "\(ml).footer+xml", PackageParts.emptyFooter)
        var relationships: [PackageParts.Relationship] = [
            .init(id: "rIdStyles", type: "styles", target: "styles.xml"),
            .init(id: "rIdNumbering", type: "numbering", target: "numbering.xml"),
            .init(id: "rIdSettings", type: "settings", target: "settings.xml"),
            .init(id: "rIdFontTable", type: "fontTable", target: "fontTable.xml"),
            .init(id: "rIdTheme", type: "theme", target: "theme/theme1.xml"),
            .init(id: "rIdFooterPage", type: "footer", target: "footer1.xml"),
            .init(id: "rIdFooterEmpty", type: "footer", target: "footer2.xml"),
        ]
        if let reference = options.reference, !reference.headers.isEmpty {
            relationships.append(.init(id: DocxOptions.emptyHeaderId, type: "header", target: "header-empty.xml"))
            add("word/header-empty.xml", "\(ml).header+xml", PackageParts.emptyHeader)
        }
        for (index, header) in (options.reference?.headers ?? []).enumerated() {
            relationships.append(.init(id: header.id, type: "header", target: header.target))
            parts.append(PackageParts.Part(path: "word/\(header.target)", contentType: "\(ml).header+xml", data: Array(options.reference!.renumbered(header, index: index).utf8)))
            if let rels = header.relationships {
                parts.append(PackageParts.Part(path: "word/_rels/\(header.target).rels", contentType: nil, data: Array(rels.utf8)))
            }
        }
        var mediaExtensions: Set<String> = []
        for item in options.reference?.media ?? [] {
            parts.append(PackageParts.Part(path: "word/\(item.path)", contentType: nil, data: Array(item.data)))
            mediaExtensions.insert((item.path as NSString).pathExtension.lowercased())
        }
        for item in registry.media {
            relationships.append(.init(id: item.id, type: "image", target: item.path))
            parts.append(PackageParts.Part(path: "word/\(item.path)", contentType: nil, data: Array(item.image.data)))
            mediaExtensions.insert(item.image.format.fileExtension)
        }
        for (index, item) in registry.charts.enumerated() {
            relationships.append(.init(id: item.id, type: "chart", target: item.path))
            parts.append(PackageParts.Part(path: "word/\(item.path)", contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", data: Array(try ChartPart.xml(item.chart).utf8)))
            // The chart's data as an embedded workbook, for Word's "Edit Data".
            let workbook = "embeddings/Microsoft_Excel_Worksheet\(index + 1).xlsx"
            parts.append(PackageParts.Part(path: "word/charts/_rels/chart\(index + 1).xml.rels", contentType: nil, data: Array(ChartPart.relationships(workbook: workbook).utf8)))
            parts.append(PackageParts.Part(path: "word/\(workbook)", contentType: nil, data: Array(try ChartWorkbook.xlsx(item.chart, deflater: deflater))))
            mediaExtensions.insert("xlsx")
        }
        add("word/_rels/document.xml.rels", nil, PackageParts.relationships(relationships))
        add("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", try PackageParts.core(document.metadata))
        add("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", PackageParts.app)
        let head = [
            PackageParts.Part(path: "[Content_Types].xml", contentType: nil, data: Array(PackageParts.contentTypes(parts, media: mediaExtensions).utf8)),
            PackageParts.Part(path: "_rels/.rels", contentType: nil, data: Array(PackageParts.packageRelationships.utf8)),
        ]
        return try zip(head + parts, deflater: deflater)
    }

    static func zip(_ parts: [PackageParts.Part], deflater: ZipWriter.Deflater? = nil) throws -> Data {
        try ZipWriter.zip(parts.map { ZipWriter.Entry(path: $0.path, data: $0.data, stored: $0.isCompressed) }, deflater: deflater)
    }
}
