/// The workbook's style table (`xl/styles.xml`). Every distinct `CellStyle` becomes one
/// cell format (`cellXfs` entry) in order of first use, with index 0 the default style as
/// Excel requires; fonts (regular, bold), fills (one per colour) and number formats (custom
/// codes numbered from 164) are shared between formats. Each format states its protection
/// and sets `applyProtection`, so the locked/unlocked flag is explicit in every cell.
struct StyleTable {
    private(set) var styles: [CellStyle] = [CellStyle()]
    private var indexes: [CellStyle: Int] = [CellStyle(): 0]

    /// The format index for `style`, checking a style the first time it is seen.
    mutating func index(of style: CellStyle, sheet: String, cell: CellReference) throws -> Int {
        if let index = indexes[style] { return index }
        try Self.check(style, sheet: sheet, cell: cell)
        styles.append(style)
        indexes[style] = styles.count - 1
        return styles.count - 1
    }

    static func check(_ style: CellStyle, sheet: String, cell: CellReference) throws {
        let format = style.numberFormat
        guard !format.isEmpty, format.utf16.count <= 255 else {
            throw SheetError(sheet: sheet, cell: cell, "number format \"\(format.prefix(40))\" must have 1 to 255 characters")
        }
        if let scalar = format.unicodeScalars.first(where: { !XMLEscape.isAllowed($0) }) {
            throw SheetError(sheet: sheet, cell: cell, "number format contains \(XMLEscape.ForbiddenCharacter(scalar: scalar).code), which an .xlsx file cannot hold")
        }
        if let color = style.fillColor, normalizedColor(color) == nil {
            throw SheetError(sheet: sheet, cell: cell, "fill colour \"\(color.prefix(20))\" is not six hex digits RRGGBB")
        }
    }

    /// `#fff2cc` -> `FFF2CC`; nil unless six hex digits remain.
    static func normalizedColor(_ color: String) -> String? {
        let digits = color.hasPrefix("#") ? String(color.dropFirst()) : color
        guard digits.utf8.count == 6, digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return nil }
        return digits.uppercased()
    }

    func xml() throws -> String {
        var customFormats: [String] = []
        var formatIDs: [String: Int] = NumberFormat.writtenAsBuiltIn
        var colors: [String] = []
        for style in styles {
            if formatIDs[style.numberFormat] == nil {
                formatIDs[style.numberFormat] = NumberFormat.firstCustomID + customFormats.count
                customFormats.append(style.numberFormat)
            }
            if let color = style.fillColor.flatMap(Self.normalizedColor), !colors.contains(color) {
                colors.append(color)
            }
        }

        var xml = PackageXML.declaration + "<styleSheet xmlns=\"\(PackageXML.mainNamespace)\">"
        if !customFormats.isEmpty {
            xml += "<numFmts count=\"\(customFormats.count)\">"
            for (offset, code) in customFormats.enumerated() {
                xml += "<numFmt numFmtId=\"\(NumberFormat.firstCustomID + offset)\" formatCode=\"\(try XMLEscape.attribute(code))\"/>"
            }
            xml += "</numFmts>"
        }
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        xml += "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
        xml += "<fills count=\"\(colors.count + 2)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for color in colors {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(color)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        xml += "</fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let formatID = formatIDs[style.numberFormat] ?? 0
            let fillID = style.fillColor.flatMap(Self.normalizedColor).flatMap { colors.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
            xml += "<xf numFmtId=\"\(formatID)\" fontId=\"\(style.bold ? 1 : 0)\" fillId=\"\(fillID)\" borderId=\"0\" xfId=\"0\""
            if formatID != 0 { xml += " applyNumberFormat=\"1\"" }
            if style.bold { xml += " applyFont=\"1\"" }
            if fillID != 0 { xml += " applyFill=\"1\"" }
            if style.wrapText { xml += " applyAlignment=\"1\"" }
            xml += " applyProtection=\"1\">"
            if style.wrapText { xml += "<alignment wrapText=\"1\"/>" }
            xml += "<protection locked=\"\(style.locked ? 1 : 0)\"/></xf>"
        }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" defaultPivotStyle=\"PivotStyleLight16\"/>"
        return xml + "</styleSheet>"
    }
}
