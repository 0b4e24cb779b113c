import Foundation
import LKjIPPackage

/// Reads one worksheet part into a `Worksheet`: frozen panes, custom column widths, cells,
/// sheet protection and data validations. Cells are placed by their `r` attribute (by
/// position when a producer leaves it out). Values come from the stored result, never from
/// evaluating formulas; a cell showing an error, or a formula that was never calculated
/// (files written by openpyxl and other libraries), is refused with its location, because
/// taking it as empty would silently lose what the officer entered.
final class WorksheetReader: XMLEventHandler {
    /// Shared between the sheets of one workbook, so the cell limit applies to the whole file.
    final class CellBudget {
        var remaining: Int
        init(_ remaining: Int) { self.remaining = remaining }
    }

    private(set) var sheet: Worksheet
    private let strings: [String]
    private let styles: StylesReader?
    private let limits: XLSXReadLimits
    private let budget: CellBudget

    private var sawRoot = false
    private var sheetViews = 0
    /// Inside `<sheetView>`: custom views (`<customSheetView>`) have panes of their own.
    private var inSheetView = false
    private var rowCount = 0
    private var row = 0
    private var column = 0
    private var cell: PendingCell?
    private var inlineDepth = 0
    private var phoneticDepth = 0
    private var validation: PendingValidation?

    struct PendingCell {
        let reference: CellReference
        let type: String
        let styleIndex: Int
        var value: String?
        var formula: String?
        var inline: String?
    }

    struct PendingValidation {
        let attributes: [String: String]
        var formula1: String?
        var formula2: String?
    }

    init(name: String, strings: [String], styles: StylesReader?, limits: XLSXReadLimits, budget: CellBudget) {
        sheet = Worksheet(name: name)
        self.strings = strings
        self.styles = styles
        self.limits = limits
        self.budget = budget
    }

    func failure(_ reference: CellReference? = nil, _ message: String) -> SheetError {
        SheetError(sheet: sheet.name, cell: reference, message)
    }

    func start(_ name: String, attributes: [String: String]) throws {
        if !sawRoot {
            sawRoot = true
            guard name == "worksheet" else { throw failure(nil, "the sheet's part is a <\(name)>, not a worksheet") }
        }
        switch name {
        case "sheetView":
            sheetViews += 1
            inSheetView = true
        case "pane" where inSheetView && sheetViews == 1:
            if attributes["state"] == "frozen" || attributes["state"] == "frozenSplit" {
                sheet.frozenRows = Self.count(attributes["ySplit"], below: CellReference.maximumRow)
                sheet.frozenColumns = Self.count(attributes["xSplit"], below: CellReference.maximumColumn)
            }
        case "col":
            readColumn(attributes)
        case "row":
            try startRow(attributes)
        case "c":
            try startCell(attributes)
        case "is" where cell != nil:
            inlineDepth += 1
            if cell?.inline == nil { cell?.inline = "" }
        case "rPh":
            phoneticDepth += 1
        case "sheetProtection":
            sheet.protected = XMLBoolean.parse(attributes["sheet"]) ?? false
        case "dataValidation":
            validation = PendingValidation(attributes: attributes)
        default:
            break
        }
    }

    func end(_ name: String, text: String) throws {
        switch name {
        case "v" where cell != nil: cell?.value = text
        case "f" where cell != nil: cell?.formula = text
        case "t" where inlineDepth > 0 && phoneticDepth == 0: cell?.inline? += text
        case "is" where inlineDepth > 0: inlineDepth -= 1
        case "rPh": phoneticDepth -= 1
        case "c": try finishCell()
        case "sheetView": inSheetView = false
        case "formula1" where validation != nil: validation?.formula1 = text
        case "formula2" where validation != nil: validation?.formula2 = text
        case "dataValidation":
            if let pending = validation, let rule = Self.dataValidation(pending) { sheet.dataValidations.append(rule) }
            validation = nil
        default: break
        }
    }

    /// A pane split such as `1` or `2.0`; anything else counts as no split.
    static func count(_ text: String?, below limit: Int) -> Int {
        guard let number = text.flatMap(NumberText.parse), number >= 0, number < Double(limit), number.rounded() == number else { return 0 }
        return Int(number)
    }

    /// Only widths someone chose (`customWidth`) are kept; applications also list default
    /// widths for whole column ranges, which are not part of the sheet's content. Hidden
    /// columns are kept whatever their width.
    func readColumn(_ attributes: [String: String]) {
        guard let first = attributes["min"].flatMap({ Int($0) }), let last = attributes["max"].flatMap({ Int($0) }),
              first >= 1, first <= min(last, CellReference.maximumColumn) else { return }
        let columns = first...min(last, CellReference.maximumColumn)
        if XMLBoolean.parse(attributes["hidden"]) == true {
            sheet.hiddenColumns.formUnion(columns)
        }
        guard XMLBoolean.parse(attributes["customWidth"]) == true, let width = attributes["width"].flatMap(NumberText.parse) else { return }
        for column in columns { sheet.columnWidths[column] = width }
    }

    func startRow(_ attributes: [String: String]) throws {
        if let text = attributes["r"] {
            guard let number = Int(text), (1...CellReference.maximumRow).contains(number) else {
                throw failure(nil, "a row is numbered \"\(text.prefix(20))\", which is not a row of a sheet")
            }
            row = number
        } else {
            row += 1
            guard row <= CellReference.maximumRow else { throw failure(nil, "the sheet has more rows than a spreadsheet can hold") }
        }
        rowCount += 1
        guard rowCount <= limits.maximumRows else {
            throw failure(nil, "the sheet has more than \(limits.maximumRows) rows; this is not a form filled by hand")
        }
        column = 0
    }

    func startCell(_ attributes: [String: String]) throws {
        let reference: CellReference
        if let text = attributes["r"] {
            guard let parsed = CellReference(text) else {
                throw failure(nil, "a cell is addressed as \"\(text.prefix(20))\", which is not a cell reference")
            }
            reference = parsed
        } else {
            guard row >= 1, column < CellReference.maximumColumn else {
                throw failure(nil, "a cell has no address and lies outside the sheet")
            }
            reference = CellReference(column: column + 1, row: row)
        }
        column = reference.column
        let styleIndex = attributes["s"].flatMap { Int($0) } ?? 0
        cell = PendingCell(reference: reference, type: attributes["t"] ?? "n", styleIndex: styleIndex)
        inlineDepth = 0
    }

    func finishCell() throws {
        guard let pending = cell else { return }
        cell = nil
        let style = styles?.style(pending.styleIndex) ?? CellStyle()
        let value = try self.value(of: pending)
        let result = Cell(value, style: style)
        guard !result.isBlank else {
            sheet[pending.reference] = result
            return
        }
        budget.remaining -= 1
        guard budget.remaining >= 0 else {
            throw failure(pending.reference, "the workbook has more than \(limits.maximumCells) non-empty cells; this is not a form filled by hand")
        }
        sheet[pending.reference] = result
    }

    func value(of cell: PendingCell) throws -> CellValue {
        let reference = cell.reference
        let stored = cell.value.flatMap { $0.isEmpty ? nil : $0 }
        switch cell.type {
        case "s":
            guard let stored else { return .empty }
            guard let index = Int(stored.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
                throw failure(reference, "refers to shared string \(stored.prefix(20)), which the workbook does not have; the file is damaged")
            }
            return .text(strings[index])
        case "inlineStr":
            if let inline = cell.inline { return .text(ExcelStringEscape.decode(inline)) }
            return stored.map { .text(ExcelStringEscape.decode($0)) } ?? .empty
        case "str":
            // `<v></v>` is a formula whose result is the empty string, shown as a blank cell.
            guard let result = cell.value else { try requireCalculated(cell); return .empty }
            return result.isEmpty ? .empty : .text(ExcelStringEscape.decode(result))
        case "b":
            guard let stored else { try requireCalculated(cell); return .empty }
            switch stored.trimmingCharacters(in: .whitespaces) {
            case "1", "true", "TRUE": return .bool(true)
            case "0", "false", "FALSE": return .bool(false)
            default: throw failure(reference, "holds \"\(stored.prefix(40))\" where the file format requires TRUE or FALSE")
            }
        case "e":
            let shown = stored ?? "an error"
            throw failure(reference, "shows the error \(shown) instead of a value; correct the formula or type the value")
        case "d":
            // ISO 8601 dates (Strict files, some LibreOffice exports) are kept as written.
            return stored.map { .text($0) } ?? .empty
        case "n":
            guard let stored else { try requireCalculated(cell); return .empty }
            guard let number = DecimalText(stored.trimmingCharacters(in: .whitespaces)), number.double.isFinite else {
                throw failure(reference, "holds \"\(stored.prefix(40))\" where the file format requires a number; the file is damaged")
            }
            return .number(number)
        default:
            throw failure(reference, "has the unknown cell type \"\(cell.type.prefix(20))\"")
        }
    }

    /// A formula without a stored result: the producing library did not calculate it.
    func requireCalculated(_ cell: PendingCell) throws {
        guard let formula = cell.formula else { return }
        let shown = formula.isEmpty ? "a shared formula" : "the formula =\(formula.prefix(60))"
        throw failure(cell.reference, "holds \(shown) but no calculated value; open the file in Excel or LibreOffice and save it again so the result is stored")
    }

    /// The validations this module models; others (dates, text length, custom formulas, lists
    /// drawn from cell ranges) are skipped, since reading never depends on them.
    static func dataValidation(_ pending: PendingValidation) -> DataValidation? {
        let attributes = pending.attributes
        guard let sqref = attributes["sqref"], let ranges = CellRange.list(sqref) else { return nil }
        let kind: DataValidation.Kind
        switch attributes["type"] {
        case "decimal":
            guard let bounds = numberBounds(pending) else { return nil }
            let limit = DataValidation.unboundedDecimal
            kind = .decimal(min: bounds.min.flatMap { $0 <= -limit ? nil : $0 }, max: bounds.max.flatMap { $0 >= limit ? nil : $0 })
        case "whole":
            guard let bounds = numberBounds(pending) else { return nil }
            func integer(_ value: Double?, unbounded: Int32) -> Int?? {
                guard let value else { return .some(nil) }
                guard value.rounded() == value, abs(value) < 1e15 else { return nil }
                return Int(value) == Int(unbounded) ? .some(nil) : .some(Int(value))
            }
            guard let min = integer(bounds.min, unbounded: Int32.min), let max = integer(bounds.max, unbounded: Int32.max) else { return nil }
            kind = .whole(min: min, max: max)
        case "list":
            guard let items = listItems(pending.formula1) else { return nil }
            kind = .list(items)
        case "none", nil:
            guard attributes["prompt"] != nil || attributes["promptTitle"] != nil else { return nil }
            kind = .any
        default:
            return nil
        }
        return DataValidation(
            range: ranges.map(\.description).joined(separator: " "), kind: kind,
            allowBlank: XMLBoolean.parse(attributes["allowBlank"]) ?? false,
            errorTitle: attributes["errorTitle"], errorMessage: attributes["error"],
            promptTitle: attributes["promptTitle"], prompt: attributes["prompt"])
    }

    static func numberBounds(_ pending: PendingValidation) -> (min: Double?, max: Double?)? {
        let first = pending.formula1.flatMap(NumberText.parse)
        let second = pending.formula2.flatMap(NumberText.parse)
        switch pending.attributes["operator"] ?? "between" {
        case "between":
            guard let first, let second else { return nil }
            return (first, second)
        case "greaterThanOrEqual":
            return first.map { ($0, nil) }
        case "lessThanOrEqual":
            return first.map { (nil, $0) }
        default:
            return nil
        }
    }

    /// `"Ya,Tidak"` -> ["Ya", "Tidak"], with doubled quotes undone.
    static func listItems(_ formula: String?) -> [String]? {
        guard let formula, formula.count >= 2, formula.hasPrefix("\""), formula.hasSuffix("\"") else { return nil }
        return formula.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\"\"", with: "\"") }
    }
}
