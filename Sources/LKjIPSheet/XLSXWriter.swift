import Foundation
import ZIPFoundation

/// Writes a `Workbook` as an Office Open XML spreadsheet (.xlsx) that Excel, LibreOffice and
/// openpyxl open without repair. The zip is built in memory with fixed entry dates and a
/// fixed part order, and every table (shared strings, styles) is numbered by first use, so
/// the same workbook always gives the same bytes: an export can be compared with the last.
public enum XLSXWriter {
    /// 1980-01-01, the earliest date a zip entry can carry; never the clock.
    static let entryDate: Date = Date(timeIntervalSince1970: 315_532_800)

    /// - Parameter created: written as the document's created and modified date; nil writes
    ///   no date at all.
    /// - Throws: `SheetError` naming the sheet (and cell) for anything the format cannot
    ///   carry: bad sheet names, control characters, non-finite numbers, references outside
    ///   the sheet, validations Excel would reject.
    /// - Parameter zip: packs the parts (path, bytes) in this order; ZIPFoundation by
    ///   default. The .docx writer passes its own, which packs a chart's small workbook
    ///   without ZIPFoundation's buffers per part.
    public static func write(_ workbook: Workbook, created: Date? = nil, zip pack: (([(String, Data)]) throws -> Data)? = nil) throws -> Data {
        try SheetNameRules.check(workbook.sheets)
        var strings = SharedStringTable()
        var styles = StyleTable()
        var sheetParts: [(String, Data)] = []
        for (offset, sheet) in workbook.sheets.enumerated() {
            let writer = WorksheetPartWriter(sheet: sheet, isFirst: offset == 0)
            sheetParts.append((PackageXML.sheetPath(offset + 1), Data(try writer.xml(strings: &strings, styles: &styles).utf8)))
        }
        let hasSharedStrings = !strings.strings.isEmpty
        let count = workbook.sheets.count
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(PackageXML.contentTypes(sheetCount: count, hasSharedStrings: hasSharedStrings).utf8)),
            ("_rels/.rels", Data(PackageXML.packageRelationships.utf8)),
            ("docProps/core.xml", Data(PackageXML.core(created: created).utf8)),
            ("docProps/app.xml", Data(PackageXML.app.utf8)),
            ("xl/workbook.xml", Data(try PackageXML.workbook(workbook).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(PackageXML.workbookRelationships(sheetCount: count, hasSharedStrings: hasSharedStrings).utf8)),
            ("xl/styles.xml", Data(try styles.xml().utf8)),
        ]
        if hasSharedStrings { parts.append(("xl/sharedStrings.xml", Data(try strings.xml().utf8))) }
        parts += sheetParts
        return try (pack ?? zip)(parts)
    }

    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw SheetError("the zip archive could not be assembled in memory") }
        return data
    }
}
