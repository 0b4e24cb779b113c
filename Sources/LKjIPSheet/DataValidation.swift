/// A rule Excel and LibreOffice enforce while the officer types, so most wrong entries
/// (a word in a number column, a value outside a list) are stopped before import has to
/// report them. The import still checks every value: validation is not enforced on paste.
public struct DataValidation: Hashable, Sendable {
    /// What the cells accept. An unbounded side of a number rule is nil; Excel has no
    /// "any number" rule, so it is written as ±1E+307 (decimal) or the 32-bit limits (whole)
    /// and those values read back as nil.
    public enum Kind: Hashable, Sendable {
        case decimal(min: Double?, max: Double?)
        case whole(min: Int?, max: Int?)
        /// A drop-down of fixed choices. Excel stores these as one quoted, comma-separated
        /// formula of at most 255 characters, so an item cannot contain a comma.
        case list([String])
        /// No rule: only the input message (`prompt`), which Excel shows through a validation.
        case any
    }

    /// Cells the rule applies to in A1 notation, e.g. `E2:E40`; several ranges are separated
    /// by spaces (`E2:E40 G2:G40`).
    public var range: String
    public var kind: Kind
    /// Whether the cells may be left empty.
    public var allowBlank: Bool
    /// Title and text of the message shown when a value is refused (at most 32 and 225
    /// characters, Excel's limits).
    public var errorTitle: String?
    public var errorMessage: String?
    /// Title and text of the hint shown when a cell is selected (at most 32 and 255 characters).
    public var promptTitle: String?
    public var prompt: String?

    public init(range: String, kind: Kind, allowBlank: Bool = true, errorTitle: String? = nil, errorMessage: String? = nil, promptTitle: String? = nil, prompt: String? = nil) {
        self.range = range
        self.kind = kind
        self.allowBlank = allowBlank
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.promptTitle = promptTitle
        self.prompt = prompt
    }

    /// The sentinel written for an unbounded side of a decimal rule.
    static let unboundedDecimal = 1e307
}
