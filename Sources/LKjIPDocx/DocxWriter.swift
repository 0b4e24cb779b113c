import Foundation
import LKjIPDocument
import ZIPFoundation

/// Writes the document model as a WordprocessingML package (.docx). The zip is built in
/// memory with fixed entry dates and a fixed part order, so equal documents give equal bytes.
public enum DocxWriter {
    /// 1980-01-01, the earliest date a zip entry can carry; never the clock.
    static let entryDate: Date = {
        var components = DateComponents()
        components.year = 1980; components.month = 1; components.day = 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)!
    }()

    public static func write(_ document: Document) throws -> Data {
        var body = BodyWriter()
        let documentXML = try body.document(document)
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(PackageParts.contentTypes(media: body.media.map(\.image.format), charts: body.charts.map(\.path)).utf8)),
            ("_rels/.rels", Data(PackageParts.packageRelationships.utf8)),
            ("docProps/core.xml", Data(try PackageParts.core(document.metadata).utf8)),
            ("docProps/app.xml", Data(PackageParts.app.utf8)),
            ("word/document.xml", Data(documentXML.utf8)),
            ("word/_rels/document.xml.rels", Data(PackageParts.documentRelationships(media: body.media.map { ($0.id, $0.path) }, charts: body.charts.map { ($0.id, $0.path) }).utf8)),
            ("word/styles.xml", Data(StylesPart.xml.utf8)),
            ("word/numbering.xml", Data(NumberingPart.xml(instances: body.lists).utf8)),
            ("word/settings.xml", Data(PackageParts.settings.utf8)),
            ("word/footer1.xml", Data(PackageParts.footer.utf8)),
        ]
        for item in body.media { parts.append(("word/\(item.path)", item.image.data)) }
        for item in body.charts { parts.append(("word/\(item.path)", Data(try ChartPart.xml(item.chart).utf8))) }
        return try zip(parts)
    }

    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
