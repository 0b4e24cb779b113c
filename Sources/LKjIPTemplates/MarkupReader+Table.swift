import LKjIPDocument

extension MarkupReader {
    func table(_ element: XMLElement) throws -> Table {
        var rows: [TableRow] = []
        for child in element.children {
            switch child {
            case .text(let text) where InlineBuilder.isBlank(text): continue
            case .text(let text):
                throw TemplateError(template: template, line: element.line, message: "text directly inside <table>: \"\(text.prefix(40))\"")
            case .element(let row):
                guard row.name == "tr" else { throw failure(row, "expected <tr> inside <table>, found <\(row.name)>") }
                try check(row)
                var cells: [TableCell] = []
                for cellChild in row.children {
                    switch cellChild {
                    case .text(let text) where InlineBuilder.isBlank(text): continue
                    case .text(let text):
                        throw TemplateError(template: template, line: row.line, message: "text directly inside <tr>: \"\(text.prefix(40))\"")
                    case .element(let cell):
                        guard cell.name == "td" else { throw failure(cell, "expected <td> inside <tr>, found <\(cell.name)>") }
                        try check(cell)
                        let align = try alignment(cell) ?? .left
                        let bold = try flag(cell, "bold") ?? false
                        let shade = try self.shade(cell)
                        cells.append(TableCell(
                            blocks: try blocks(cell, context: .cell, cellAlignment: align, cellBold: bold),
                            rowSpan: try span(cell, "rowspan"), colSpan: try span(cell, "colspan"),
                            shading: shade, alignment: align,
                            verticalAlignment: try choice(cell, "valign", ["top": .top, "center": .center, "bottom": .bottom]) ?? .top,
                            bold: bold))
                    }
                }
                rows.append(TableRow(cells: cells))
            }
        }
        let columns = try widths(element, rows: rows)
        let header = try number(element, "header").map { Int($0) } ?? 0
        return Table(columnWidths: columns, headerRowCount: min(header, rows.count), rows: rows,
                     borders: try flag(element, "borders") ?? true,
                     caption: element.attribute("caption").flatMap { $0.isEmpty ? nil : $0 })
    }

    func span(_ cell: XMLElement, _ name: String) throws -> Int {
        guard let value = try number(cell, name) else { return 1 }
        guard value >= 1, value == value.rounded() else { throw failure(cell, "\(name)=\"\(value)\" on <td>; expected a whole number of 1 or more") }
        return Int(value)
    }

    func shade(_ cell: XMLElement) throws -> String? {
        guard let text = cell.attribute("shade"), !text.isEmpty else { return nil }
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { throw failure(cell, "shade=\"\(text)\" on <td>; expected six hex digits such as 1F4E79") }
        return hex.uppercased()
    }

    /// Column widths from `widths`, or equal columns counted from the first row's spans.
    func widths(_ element: XMLElement, rows: [TableRow]) throws -> [Double] {
        if let text = element.attribute("widths"), !text.isEmpty {
            let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.allSatisfy({ ($0 ?? 0) > 0 }) else { throw failure(element, "widths=\"\(text)\" on <table>; expected positive numbers separated by commas") }
            return values.map { $0! }
        }
        let count = rows.first.map { $0.cells.reduce(0) { $0 + $1.colSpan } } ?? 1
        return Array(repeating: 1, count: max(count, 1))
    }
}
