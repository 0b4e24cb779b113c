import Foundation
import LKjIPPackage

/// Reads an .xlsx written by Excel, LibreOffice, openpyxl or this module into a `Workbook`.
/// Parts are found through the package's relationships, as the format prescribes, so files
/// whose producers name their parts differently are read alike. Hostile input is bounded
/// (see `XLSXReadLimits`), XML is parsed without network access or entities, and every
/// problem is a `SheetError` that names the sheet and cell where there is one.
public enum XLSXReader {
    public static func read(_ data: Data, limits: XLSXReadLimits = .default) throws -> Workbook {
        let package = try SheetPackage.open(data, limits: limits)
        let root = try Relationships(reading: package, for: "")
        guard let workbookPath = root.first(ofKind: "officeDocument")?.target else {
            throw SheetError("this is not an .xlsx workbook: the package names no main document (_rels/.rels is missing or empty)")
        }
        guard let workbookData = try SheetPackage.read(package, workbookPath) else {
            throw SheetError(part: workbookPath, "the package names this as its workbook, but the part is missing; the file is damaged")
        }
        let workbookPart = WorkbookPartReader(part: workbookPath)
        try SheetPackage.parse(workbookData, part: workbookPath, handler: workbookPart)
        let relationships = try Relationships(reading: package, for: workbookPath)

        var strings: [String] = []
        if let path = relationships.first(ofKind: "sharedStrings")?.target, let data = try SheetPackage.read(package, path) {
            let reader = SharedStringsReader(maximumCount: limits.maximumCells)
            try SheetPackage.parse(data, part: path, handler: reader)
            strings = reader.strings
        }
        var styles: StylesReader?
        if let path = relationships.first(ofKind: "styles")?.target, let data = try SheetPackage.read(package, path) {
            let reader = StylesReader()
            try SheetPackage.parse(data, part: path, handler: reader)
            styles = reader
        }

        var workbook = Workbook(protectsStructure: workbookPart.protectsStructure)
        let budget = WorksheetReader.CellBudget(limits.maximumCells)
        for entry in workbookPart.sheets {
            guard let relationship = relationships.byID(entry.relationshipID) else {
                throw SheetError(sheet: entry.name, "the workbook lists this sheet, but its relationship \(entry.relationshipID) is missing; the file is damaged")
            }
            // Chart sheets and dialog sheets hold no cells.
            guard Relationships.kind(of: relationship.type) == "worksheet" else { continue }
            guard let path = relationship.target, let data = try SheetPackage.read(package, path) else {
                throw SheetError(sheet: entry.name, "the workbook lists this sheet, but its part \(relationship.target ?? "(outside the package)") is missing; the file is damaged")
            }
            let reader = WorksheetReader(name: entry.name, strings: strings, styles: styles, limits: limits, budget: budget)
            try SheetPackage.parse(data, part: path, sheet: entry.name, handler: reader)
            workbook.sheets.append(reader.sheet)
        }
        guard !workbook.sheets.isEmpty else { throw SheetError(part: workbookPath, "the workbook has no worksheets") }
        return workbook
    }
}
