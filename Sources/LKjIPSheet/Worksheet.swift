/// One sheet of a workbook. Cells are stored sparsely (only non-blank ones), so a hostile
/// file with a cell at `XFD100000` costs one entry rather than a grid of 1.6 billion, and
/// two sheets with the same content compare equal however they were built.
public struct Worksheet: Hashable, Sendable {
    /// The tab name: at most 31 characters, none of `[ ] : * ? / \`, unique in the workbook
    /// ignoring case. The writer checks these rules.
    public var name: String
    /// Column widths by one-based column number, in Excel's unit (characters of the default
    /// font's digit width). Columns not listed keep the default width.
    public var columnWidths: [Int: Double]
    /// Columns hidden from view but kept in the file (the machine ids an importer finds rows
    /// by, which an officer need not see).
    public var hiddenColumns: Set<Int> = []
    /// Rows kept visible at the top while scrolling (the header).
    public var frozenRows: Int
    /// Columns kept visible at the left while scrolling (e.g. id and name).
    public var frozenColumns: Int
    /// Sheet protection without a password: locked cells cannot be edited, unlocked ones can
    /// (see `CellStyle.locked`). It guards against slips, not against a determined user.
    public var protected: Bool
    public var dataValidations: [DataValidation]

    /// Row number -> column number -> cell; never holds a blank cell or an empty row.
    private var storage: [Int: [Int: Cell]] = [:]
    /// The largest key of `storage` (0 when empty), kept so that appending rows stays linear.
    private var highestRow = 0

    /// Builds a sheet from dense rows: `rows[0]` is row 1, `rows[0][0]` is cell A1.
    public init(name: String, rows: [[Cell]] = [], columnWidths: [Int: Double] = [:], frozenRows: Int = 0,
                frozenColumns: Int = 0, protected: Bool = false, dataValidations: [DataValidation] = []) {
        self.name = name
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.protected = protected
        self.dataValidations = dataValidations
        for (index, row) in rows.enumerated() { setRow(index + 1, row) }
    }

    /// The cell at a one-based row and column; a cell never set reads as blank. Setting a
    /// blank cell (empty value, default style) removes it.
    public subscript(row row: Int, column column: Int) -> Cell {
        get { storage[row]?[column] ?? Cell() }
        set {
            if newValue.isBlank {
                storage[row]?[column] = nil
                if storage[row]?.isEmpty == true { removeRow(row) }
            } else {
                storage[row, default: [:]][column] = newValue
                highestRow = max(highestRow, row)
            }
        }
    }

    public subscript(_ reference: CellReference) -> Cell {
        get { self[row: reference.row, column: reference.column] }
        set { self[row: reference.row, column: reference.column] = newValue }
    }

    /// Replaces row `row` with `cells`, starting at column A.
    public mutating func setRow(_ row: Int, _ cells: [Cell]) {
        removeRow(row)
        for (index, cell) in cells.enumerated() { self[row: row, column: index + 1] = cell }
    }

    private mutating func removeRow(_ row: Int) {
        storage[row] = nil
        if row == highestRow { highestRow = storage.keys.max() ?? 0 }
    }

    /// Adds `cells` as the row after the last non-blank one.
    public mutating func appendRow(_ cells: [Cell]) {
        setRow(lastRow + 1, cells)
    }

    /// Numbers of the rows holding at least one non-blank cell, ascending.
    public var rowNumbers: [Int] { storage.keys.sorted() }

    /// The non-blank cells of one row by column number.
    public func row(_ row: Int) -> [Int: Cell] { storage[row] ?? [:] }

    /// The last row holding a non-blank cell, or 0 for an empty sheet.
    public var lastRow: Int { highestRow }

    /// The last column holding a non-blank cell in any row, or 0 for an empty sheet.
    public var lastColumn: Int { storage.values.compactMap { $0.keys.max() }.max() ?? 0 }

    /// Every non-blank cell in row-major order, the order they are written.
    public var usedCells: [(reference: CellReference, cell: Cell)] {
        rowNumbers.flatMap { row in
            (storage[row] ?? [:]).sorted { $0.key < $1.key }.map { (CellReference(column: $0.key, row: row), $0.value) }
        }
    }

    /// Number of non-blank cells.
    public var cellCount: Int { storage.values.reduce(0) { $0 + $1.count } }
}
