import LKjIPCompute
import LKjIPDocument

/// The cell kinds of every computed table, written once: header cells (bold, centred,
/// light blue), the column-number row ("1", "2", ...), text and figure cells, and capaian
/// cells shaded by status.
enum Cells {
    static let headerFill = "D9E2F3"
    static let groupFill = "F2F2F2"

    static func header(_ text: String, rowSpan: Int = 1, colSpan: Int = 1) -> TableCell {
        .text(text, rowSpan: rowSpan, colSpan: colSpan, shading: headerFill, alignment: .center, verticalAlignment: .center, bold: true)
    }

    static func text(_ text: String, rowSpan: Int = 1, colSpan: Int = 1, bold: Bool = false) -> TableCell {
        .text(text, rowSpan: rowSpan, colSpan: colSpan, bold: bold)
    }

    /// Figures are centred; amounts of money right-aligned.
    static func figure(_ text: String, rowSpan: Int = 1) -> TableCell {
        .text(text, rowSpan: rowSpan, alignment: .center)
    }

    static func amount(_ text: String, bold: Bool = false) -> TableCell {
        .text(text, alignment: .right, bold: bold)
    }

    static func status(_ text: String, _ status: CapaianStatus) -> TableCell {
        .text(text, shading: status.shading, alignment: .center)
    }

    /// The row of column numbers under a header, as Indonesian report tables print it.
    static func numbers(_ count: Int, parenthesised: Bool = false) -> TableRow {
        TableRow(cells: (1...max(count, 1)).map { .text(parenthesised ? "(\($0))" : "\($0)", alignment: .center) })
    }

    /// A first cell naming its row.
    static func label(_ text: String, bold: Bool = false) -> TableCell {
        var cell = TableCell.text(text, bold: bold)
        cell.rowHeader = true
        return cell
    }
}
