/// One cell: its value and how it looks and behaves (format, lock). Cells can be written
/// as literals (`"Nama"`, `95`, `87.5`, `true`) for building header and data rows.
public struct Cell: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    public var value: CellValue
    public var style: CellStyle

    public init(_ value: CellValue = .empty, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }

    public init(stringLiteral text: String) { self.init(.text(text)) }
    public init(integerLiteral number: Int) { self.init(.number(DecimalText(number))) }
    public init(floatLiteral number: Double) { self.init(.number(DecimalText(number))) }
    public init(booleanLiteral flag: Bool) { self.init(.bool(flag)) }

    /// The cell's content as text, for messages such as `expected a number, found "sembilan
    /// puluh"` and for callers that parse numbers typed as text themselves (e.g. `90,5`).
    /// Text is returned unchanged; a number as its exact decimal text (`90.5`, `-3`,
    /// `0.00000015`), which is how spreadsheet files store it; booleans as
    /// `TRUE`/`FALSE`; an empty cell as "".
    public var rawText: String {
        switch value {
        case .empty: return ""
        case .text(let text): return text
        case .number(let number): return number.description
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        }
    }

    /// A cell with no value and the default style; such cells are not stored in a sheet.
    public var isBlank: Bool { value == .empty && style == CellStyle() }
}
