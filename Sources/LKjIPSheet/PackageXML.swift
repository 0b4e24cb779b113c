import Foundation

/// The fixed parts of a SpreadsheetML package and the parts that only list others
/// (content types, relationships, workbook, document properties).
enum PackageXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func sheetPath(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }

    static func contentTypes(sheetCount: Int, hasSharedStrings: Bool) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        var overrides: [(String, String)] = [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        ]
        for number in stride(from: 1, through: sheetCount, by: 1) {
            overrides.append(("/" + sheetPath(number), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        }
        overrides.append(("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
        if hasSharedStrings {
            overrides.append(("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
        }
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        overrides.append(("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        for (part, type) in overrides { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return xml + "</Types>"
    }

    static let packageRelationships = declaration
        + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipsNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// Sheets are `rId1`...`rIdN` in order, then styles and shared strings.
    static func workbookRelationships(sheetCount: Int, hasSharedStrings: Bool) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        for number in stride(from: 1, through: sheetCount, by: 1) {
            xml += "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
        if hasSharedStrings {
            xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipsNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        return xml + "</Relationships>"
    }

    /// Sheet names were checked by `SheetNameRules` before this is built.
    static func workbook(_ workbook: Workbook) throws -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
        if workbook.protectsStructure { xml += "<workbookProtection lockStructure=\"1\"/>" }
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (offset, sheet) in workbook.sheets.enumerated() {
            xml += "<sheet name=\"\(try XMLEscape.attribute(sheet.name))\" sheetId=\"\(offset + 1)\" r:id=\"rId\(offset + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// Core properties carry a date only when the caller gives one, never the clock, so
    /// output stays byte-identical.
    static func core(created: Date?) -> String {
        var xml = declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let created {
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            let stamp = formatter.string(from: created)
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        }
        return xml + "</cp:coreProperties>"
    }

    static let app = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Application>lkjip</Application><DocSecurity>0</DocSecurity></Properties>"
}
