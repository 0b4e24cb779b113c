/// What a cell holds. Only the kinds a filled-in form needs: formulas are read through their
/// cached result, dates arrive as numbers with a date format (see `CellStyle.isDateFormat`),
/// and error values (`#DIV/0!`) are reported as `SheetError` instead of becoming values.
public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    /// Exact decimal text, never a binary double (see `DecimalText`).
    case number(DecimalText)
    case bool(Bool)
}

/// Literals, so that `Cell("Target", style: header)` and `Cell(87.5, style: editable)` read
/// naturally when building a sheet.
extension CellValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral text: String) { self = .text(text) }
    public init(integerLiteral number: Int) { self = .number(DecimalText(number)) }
    public init(floatLiteral number: Double) { self = .number(DecimalText(number)) }
    public init(booleanLiteral flag: Bool) { self = .bool(flag) }
}
