/// Writes one worksheet part (`xl/worksheets/sheetN.xml`). Elements follow the order of
/// CT_Worksheet in ECMA-376 Part 1, 18.3.1.99 (dimension, sheetViews, sheetFormatPr, cols,
/// sheetData, sheetProtection, dataValidations, pageMargins), because Excel refuses parts
/// whose children are out of order even when each element is valid.
struct WorksheetPartWriter {
    let sheet: Worksheet
    let isFirst: Bool

    /// Excel's limit on the text of one cell, in UTF-16 code units.
    static let maximumTextLength = 32_767

    func xml(strings: inout SharedStringTable, styles: inout StyleTable) throws -> String {
        var xml = PackageXML.declaration + "<worksheet xmlns=\"\(PackageXML.mainNamespace)\" xmlns:r=\"\(PackageXML.relationshipsNamespace)\">"
        let cells = sheet.usedCells
        xml += "<dimension ref=\"\(dimension(cells))\"/>"
        xml += try sheetViews()
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        xml += try columns()
        xml += try sheetData(cells, strings: &strings, styles: &styles)
        if sheet.protected {
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if !sheet.dataValidations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.dataValidations.count)\">"
            for validation in sheet.dataValidations { xml += try dataValidation(validation) }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return xml + "</worksheet>"
    }

    func failure(_ cell: CellReference? = nil, _ message: String) -> SheetError {
        SheetError(sheet: sheet.name, cell: cell, message)
    }

    func dimension(_ cells: [(reference: CellReference, cell: Cell)]) -> String {
        guard let first = cells.first?.reference, let last = cells.last?.reference else { return "A1" }
        let columns = cells.map(\.reference.column)
        let range = CellRange(CellReference(column: columns.min() ?? first.column, row: first.row),
                              CellReference(column: columns.max() ?? last.column, row: last.row))
        return range.description
    }

    func sheetViews() throws -> String {
        let rows = sheet.frozenRows, columns = sheet.frozenColumns
        guard (0..<CellReference.maximumRow).contains(rows) else { throw failure(nil, "cannot freeze \(rows) rows") }
        guard (0..<CellReference.maximumColumn).contains(columns) else { throw failure(nil, "cannot freeze \(columns) columns") }
        var xml = "<sheetViews><sheetView" + (isFirst ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\""
        guard rows > 0 || columns > 0 else { return xml + "/></sheetViews>" }
        let topLeft = CellReference(column: columns + 1, row: rows + 1)
        let pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
        xml += "><pane"
        if columns > 0 { xml += " xSplit=\"\(columns)\"" }
        if rows > 0 { xml += " ySplit=\"\(rows)\"" }
        xml += " topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>"
        xml += "<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        return xml + "</sheetView></sheetViews>"
    }

    /// Consecutive columns of equal width and visibility share one `<col>` element.
    func columns() throws -> String {
        let numbers = Set(sheet.columnWidths.keys).union(sheet.hiddenColumns)
        guard !numbers.isEmpty else { return "" }
        var groups: [(first: Int, last: Int, width: Double?, hidden: Bool)] = []
        for column in numbers.sorted() {
            guard (1...CellReference.maximumColumn).contains(column) else {
                throw failure(nil, "column \(column) has a width but lies outside A to XFD")
            }
            let width = sheet.columnWidths[column]
            if let width {
                guard width.isFinite, (0...255).contains(width) else {
                    throw failure(nil, "column \(CellReference.columnLetters(column) ?? "?") has width \(width); Excel allows 0 to 255")
                }
            }
            let hidden = sheet.hiddenColumns.contains(column)
            if let last = groups.last, last.last == column - 1, last.width == width, last.hidden == hidden {
                groups[groups.count - 1].last = column
            } else {
                groups.append((column, column, width, hidden))
            }
        }
        var xml = "<cols>"
        for group in groups {
            xml += "<col min=\"\(group.first)\" max=\"\(group.last)\" width=\"\(NumberText.format(group.width ?? 9.140625))\""
            if group.hidden { xml += " hidden=\"1\"" }
            if group.width != nil { xml += " customWidth=\"1\"" }
            xml += "/>"
        }
        return xml + "</cols>"
    }

    func sheetData(_ cells: [(reference: CellReference, cell: Cell)], strings: inout SharedStringTable, styles: inout StyleTable) throws -> String {
        var xml = "<sheetData>"
        var currentRow: Int?
        for (reference, cell) in cells {
            guard reference.isValid else {
                throw failure(nil, "a cell at row \(reference.row), column \(reference.column) lies outside A1:XFD1048576")
            }
            if currentRow != reference.row {
                if currentRow != nil { xml += "</row>" }
                xml += "<row r=\"\(reference.row)\">"
                currentRow = reference.row
            }
            let style = try styles.index(of: cell.style, sheet: sheet.name, cell: reference)
            xml += "<c r=\"\(reference)\"" + (style == 0 ? "" : " s=\"\(style)\"")
            switch cell.value {
            case .empty:
                xml += "/>"
            case .text(let text):
                guard text.utf16.count <= Self.maximumTextLength else {
                    throw failure(reference, "text has \(text.utf16.count) characters; a cell holds at most \(Self.maximumTextLength)")
                }
                if let scalar = text.unicodeScalars.first(where: { !XMLEscape.isAllowed($0) }) {
                    throw failure(reference, "text contains the control character \(XMLEscape.ForbiddenCharacter(scalar: scalar).code), which an .xlsx file cannot hold")
                }
                xml += " t=\"s\"><v>\(strings.index(of: text))</v></c>"
            case .number(let number):
                guard number.double.isFinite else { throw failure(reference, "\(number) is beyond what a spreadsheet number can hold") }
                xml += "><v>\(number)</v></c>"
            case .bool(let flag):
                xml += " t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
            }
        }
        if currentRow != nil { xml += "</row>" }
        return xml + "</sheetData>"
    }

    func dataValidation(_ validation: DataValidation) throws -> String {
        guard let ranges = CellRange.list(validation.range), ranges.allSatisfy({ $0.first.isValid && $0.last.isValid }) else {
            throw failure(nil, "data validation range \"\(validation.range.prefix(40))\" is not A1 notation such as E2:E40")
        }
        let subject = "data validation \(validation.range)"
        var attributes: [(String, String)] = []
        var formulas: [String] = []
        switch validation.kind {
        case .decimal(let min, let max):
            guard min?.isFinite != false, max?.isFinite != false else { throw failure(nil, "\(subject): bounds must be finite numbers") }
            let bounds = try self.bounds(min, max, subject, unbounded: (-DataValidation.unboundedDecimal, DataValidation.unboundedDecimal))
            attributes.append(("type", "decimal"))
            attributes.append(("operator", bounds.operator))
            formulas = bounds.formulas.map(NumberText.format)
        case .whole(let min, let max):
            let bounds = try self.bounds(min.map(Double.init), max.map(Double.init), subject, unbounded: (Double(Int32.min), Double(Int32.max)))
            attributes.append(("type", "whole"))
            attributes.append(("operator", bounds.operator))
            formulas = bounds.formulas.map(NumberText.format)
        case .list(let items):
            guard !items.isEmpty else { throw failure(nil, "\(subject): the list has no items") }
            if let item = items.first(where: { $0.contains(",") }) {
                throw failure(nil, "\(subject): list item \"\(item.prefix(40))\" contains a comma, which separates items in Excel's list")
            }
            let joined = items.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",")
            guard joined.utf16.count <= 255 else {
                throw failure(nil, "\(subject): the list items take \(joined.utf16.count) characters; Excel allows 255")
            }
            attributes.append(("type", "list"))
            formulas = ["\"" + joined + "\""]
        case .any:
            attributes.append(("type", "none"))
        }
        if validation.allowBlank { attributes.append(("allowBlank", "1")) }
        if validation.prompt != nil || validation.promptTitle != nil { attributes.append(("showInputMessage", "1")) }
        if validation.kind != .any { attributes.append(("showErrorMessage", "1")) }
        for (name, text, limit) in [("errorTitle", validation.errorTitle, 32), ("error", validation.errorMessage, 225),
                                    ("promptTitle", validation.promptTitle, 32), ("prompt", validation.prompt, 255)] {
            guard let text else { continue }
            guard text.utf16.count <= limit else {
                throw failure(nil, "\(subject): \(name) has \(text.utf16.count) characters; Excel allows \(limit)")
            }
            attributes.append((name, text))
        }
        attributes.append(("sqref", ranges.map(\.description).joined(separator: " ")))

        var xml = "<dataValidation"
        for (name, value) in attributes {
            xml += " \(name)=\"\(try escaped(value, attribute: true, "\(subject): \(name)"))\""
        }
        xml += ">"
        for (offset, formula) in formulas.enumerated() {
            xml += "<formula\(offset + 1)>\(try escaped(formula, attribute: false, "\(subject): list item"))</formula\(offset + 1)>"
        }
        return xml + "</dataValidation>"
    }

    /// The operator and formulas for a number rule; see `DataValidation.Kind` for unbounded sides.
    func bounds(_ min: Double?, _ max: Double?, _ subject: String, unbounded: (Double, Double)) throws -> (operator: String, formulas: [Double]) {
        switch (min, max) {
        case let (min?, max?):
            guard min <= max else { throw failure(nil, "\(subject): minimum \(NumberText.format(min)) is above maximum \(NumberText.format(max))") }
            return ("between", [min, max])
        case let (min?, nil): return ("greaterThanOrEqual", [min])
        case let (nil, max?): return ("lessThanOrEqual", [max])
        case (nil, nil): return ("between", [unbounded.0, unbounded.1])
        }
    }

    func escaped(_ text: String, attribute: Bool, _ what: String) throws -> String {
        do {
            return attribute ? try XMLEscape.attribute(text) : try XMLEscape.text(text)
        } catch let error as XMLEscape.ForbiddenCharacter {
            throw failure(nil, "\(what) contains the control character \(error.code), which an .xlsx file cannot hold")
        }
    }
}
