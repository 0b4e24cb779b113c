/// Why a workbook or CSV text could not be read or written, located the way an officer can
/// find it: `Pemasyarakatan!E12: ...`, `'Sub Bagian Umum'!B3: ...`, or `line 4, column 9: ...`.
/// Callers prefix the file name (`realisasi.xlsx: Pemasyarakatan!E12: ...`).
public struct SheetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The worksheet concerned, if any.
    public var sheet: String?
    /// The cell concerned, if any.
    public var cell: CellReference?
    /// The package part concerned when no sheet applies (e.g. `xl/workbook.xml`).
    public var part: String?
    /// One-based line and column in CSV text.
    public var line: Int?
    public var column: Int?
    /// What went wrong and, where possible, what to do about it.
    public var message: String

    public init(sheet: String? = nil, cell: CellReference? = nil, part: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.sheet = sheet
        self.cell = cell
        self.part = part
        self.line = line
        self.column = column
        self.message = message
    }

    /// Where the problem is, in spreadsheet notation, or nil when the message stands alone.
    public var location: String? {
        if let sheet {
            let name = Self.quotedSheetName(sheet)
            return cell.map { "\(name)!\($0)" } ?? name
        }
        if let part { return part }
        if let line { return column.map { "line \(line), column \($0)" } ?? "line \(line)" }
        return nil
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }

    /// A sheet name as Excel writes it in a reference: bare when it is letters, digits and
    /// underscores, otherwise in single quotes with quotes doubled (`'Sub Bagian Umum'`).
    static func quotedSheetName(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
