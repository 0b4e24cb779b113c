/// Why a document could not be written as WordprocessingML.
public enum DocxError: Error, CustomStringConvertible, Equatable {
    /// A character XML 1.0 cannot carry (the loader rejects these earlier, with a location).
    case invalidCharacter(UInt32, context: String)
    /// A table row whose cells do not fill the column grid.
    case tableGrid(String)

    public var description: String {
        switch self {
        case .invalidCharacter(let value, let context):
            return String(format: "character U+%04X cannot be written to XML (in \"%@\")", value, context)
        case .tableGrid(let message):
            return "table does not line up with its columns: \(message)"
        }
    }
}
