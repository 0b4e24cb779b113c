/// Placeholder; the spreadsheet module is being written.
public struct Workbook: Equatable, Sendable {
    public var sheets: [String] = []
    public init() {}
}
