import LKjIPPackage

/// Reads `xl/workbook.xml`: the sheets in tab order with their relationship ids, and
/// whether the structure is protected.
final class WorkbookPartReader: XMLEventHandler {
    struct SheetEntry {
        let name: String
        let relationshipID: String
    }

    private(set) var sheets: [SheetEntry] = []
    private(set) var protectsStructure = false
    private var sawRoot = false
    private let part: String

    init(part: String) { self.part = part }

    func start(_ name: String, attributes: [String: String]) throws {
        if !sawRoot {
            sawRoot = true
            guard name == "workbook" else {
                throw SheetError(part: part, "is a <\(name)>, not a workbook; the file is not a spreadsheet (a Word or PowerPoint file?)")
            }
        }
        switch name {
        case "sheet":
            guard let sheetName = attributes["name"], let id = attributes["id"] else {
                throw SheetError(part: part, "lists a sheet without a name or relationship id")
            }
            sheets.append(SheetEntry(name: sheetName, relationshipID: id))
        case "workbookProtection":
            protectsStructure = XMLBoolean.parse(attributes["lockStructure"]) ?? false
        default:
            break
        }
    }

    func end(_ name: String, text: String) throws {}
}
