/// Bounds the reader enforces before and while unpacking, so that a hostile or corrupt file
/// (a zip bomb, a sheet with millions of rows) is refused with a message instead of
/// exhausting memory. The defaults are far above any fill-in form.
public struct XLSXReadLimits: Hashable, Sendable {
    /// Total uncompressed size of every part read, in bytes.
    public var maximumUncompressedSize: Int
    /// Rows in one sheet (counting `<row>` elements and rows of cells).
    public var maximumRows: Int
    /// Non-blank cells in the whole workbook.
    public var maximumCells: Int

    public init(maximumUncompressedSize: Int = 64 * 1024 * 1024, maximumRows: Int = 100_000, maximumCells: Int = 2_000_000) {
        self.maximumUncompressedSize = maximumUncompressedSize
        self.maximumRows = maximumRows
        self.maximumCells = maximumCells
    }

    public static let `default` = XLSXReadLimits()
}
