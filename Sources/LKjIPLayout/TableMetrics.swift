import LKjIPDocument

/// A table's cells placed on the grid once, and each cell measured once per font size: the
/// layout pass tries a table at two sizes, comfortable or not, on a portrait and a landscape
/// page, and estimates its height, and every try used to place and measure every cell anew.
final class TableMetrics {
    let placed: [(row: Int, column: Int, cell: TableCell)]
    private var measured: [Double: [Cell]] = [:]

    /// A cell at one size: its longest unbreakable piece (`TableLayout.content`), and the
    /// width of each of its paragraphs set on one line (the widest is what the column can
    /// use; all of them give the cell's height).
    struct Cell {
        var unbreakable: Double
        var lines: [Double]
        var full: Double { lines.reduce(0.0) { max($0, $1) } }
    }

    init(_ table: Table) {
        placed = TableLayout.placed(table)
    }

    /// The cells, in the order of `placed`, at `size`.
    func cells(size: Double, settings: LayoutSettings) -> [Cell] {
        if let cells = measured[size] { return cells }
        let cells = placed.map { _, _, cell in
            Cell(unbreakable: TableLayout.content(cell.blocks, size: size, bold: cell.bold, settings: settings),
                 lines: TableLayout.lineWidths(cell.blocks, size: size, bold: cell.bold, settings: settings))
        }
        measured[size] = cells
        return cells
    }
}
