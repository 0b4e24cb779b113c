/// A spreadsheet file: an ordered list of worksheets. This is the whole model the XLSX
/// writer and reader exchange; it carries no knowledge of what the sheets mean.
public struct Workbook: Hashable, Sendable {
    public var sheets: [Worksheet]
    /// Workbook structure protection: sheets cannot be added, renamed, moved or deleted
    /// (no password), so an importer can find each sheet by the name it was given.
    public var protectsStructure: Bool

    public init(sheets: [Worksheet] = [], protectsStructure: Bool = false) {
        self.sheets = sheets
        self.protectsStructure = protectsStructure
    }

    /// The first sheet with this exact name.
    public func sheet(named name: String) -> Worksheet? {
        sheets.first { $0.name == name }
    }
}
