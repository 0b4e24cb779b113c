import LKjIPModel
import LKjIPDocument

extension MarkupReader {
    /// A table written in the template itself (the "Nama : ..." lines of a PK). Computed
    /// tables are typed blocks and come through `<insert>`.
    func table(_ element: XMLElement) throws -> Table {
        var rows: [TableRow] = []
        var rowPlaces: [(template: String, line: Int?)] = []
        for child in element.children {
            switch child {
            case .marker(let content): mark(content)
            case .text(let text) where InlineBuilder.isBlank(text): continue
            case .text(let text):
                throw failure("text directly inside <table>: \"\(text.prefix(40))\"")
            case .element(let row):
                guard row.name == "tr" else { throw failure("expected <tr> inside <table>, found <\(row.name)>") }
                try check(row)
                rowPlaces.append((position.template, position.line))
                var cells: [TableCell] = []
                for cellChild in row.children {
                    switch cellChild {
                    case .marker(let content): mark(content)
                    case .text(let text) where InlineBuilder.isBlank(text): continue
                    case .text(let text):
                        throw failure("text directly inside <tr>: \"\(text.prefix(40))\"")
                    case .element(let cell):
                        guard cell.name == "td" else { throw failure("expected <td> inside <tr>, found <\(cell.name)>") }
                        try check(cell)
                        let align = try alignment(cell) ?? .left
                        let bold = try flag(cell, "bold") ?? false
                        cells.append(TableCell(
                            blocks: try blocks(cell, context: .cell, cellAlignment: align, cellBold: bold),
                            rowSpan: try span(cell, "rowspan"), colSpan: try span(cell, "colspan"),
                            shading: try shade(cell), alignment: align,
                            verticalAlignment: try choice(cell, "valign", ["top": .top, "center": .center, "bottom": .bottom]) ?? .top,
                            bold: bold))
                    }
                }
                rows.append(TableRow(cells: cells))
            }
        }
        let columns = try widths(element, rows: rows)
        try checkGrid(rows, columns: columns.count, places: rowPlaces)
        let header = try number(element, "header").map { Int($0) } ?? 0
        return Table(columnWidths: columns, headerRowCount: min(header, rows.count), rows: rows,
                     borders: try flag(element, "borders") ?? true,
                     caption: element.attribute("caption").flatMap { $0.isEmpty ? nil : Caption(.table, $0) })
    }

    func span(_ cell: XMLElement, _ name: String) throws -> Int {
        guard let value = try number(cell, name) else { return 1 }
        guard value >= 1, value <= 1000, value == value.rounded() else { throw failure("\(name)=\"\(value)\" on <td>; expected a whole number from 1") }
        return Int(value)
    }

    func shade(_ cell: XMLElement) throws -> String? {
        guard let text = cell.attribute("shade"), !text.isEmpty else { return nil }
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { throw failure("shade=\"\(text.prefix(20))\" on <td>; expected six hex digits such as 1F4E79") }
        return hex.uppercased()
    }

    /// Column widths from `widths`, or equal columns counted from the first row's spans.
    func widths(_ element: XMLElement, rows: [TableRow]) throws -> [Double] {
        if let text = element.attribute("widths"), !text.isEmpty {
            let values = text.split(separator: ",").map { Double($0.trimmingWhitespace()) }
            guard !values.isEmpty, values.count <= 64, values.allSatisfy({ ($0 ?? 0) > 0 && ($0 ?? 0) < 1000 }) else { throw failure("widths=\"\(text.prefix(40))\" on <table>; expected positive numbers separated by commas") }
            return values.map { $0! }
        }
        let count = rows.first.map { $0.cells.reduce(0) { $0 + $1.colSpan } } ?? 1
        return Array(repeating: 1, count: min(max(count, 1), 64))
    }

    /// Every row must fill the grid exactly, counting cells covered by row spans from above.
    /// A faulty row is reported at its own template line (`places`, one per row).
    func checkGrid(_ rows: [TableRow], columns: Int, places: [(template: String, line: Int?)] = []) throws {
        var covered: [Int: Int] = [:]
        for (index, row) in rows.enumerated() {
            var column = 0
            func skipCovered() {
                while let remaining = covered[column], remaining > 0 { column += 1 }
            }
            var spans: [(Int, Int, Int)] = []
            for cell in row.cells {
                skipCovered()
                spans.append((column, cell.colSpan, cell.rowSpan))
                column += cell.colSpan
            }
            skipCovered()
            guard column == columns else {
                let message = "row \(index + 1) of the table fills \(column) of \(columns) columns (check colspan, rowspan and widths)"
                if index < places.count { throw TemplateError(template: places[index].template, line: places[index].line, message: message) }
                throw failure(message)
            }
            for key in covered.keys { covered[key]! -= 1 }
            for (start, width, height) in spans where height > 1 {
                for c in start..<start + width { covered[c] = height - 1 }
            }
        }
    }
}
