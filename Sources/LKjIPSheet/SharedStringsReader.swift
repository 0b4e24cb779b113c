import LKjIPPackage

/// Reads `xl/sharedStrings.xml`. A string item is either one `<t>` or rich text runs
/// `<r><t>..</t></r>` whose texts are concatenated; phonetic runs (`<rPh>`, Japanese
/// readings) are not part of the text and are skipped.
final class SharedStringsReader: XMLEventHandler {
    private(set) var strings: [String] = []
    private var current: String?
    private var phoneticDepth = 0
    private let maximumCount: Int

    /// `maximumCount` bounds the table like the cell limit bounds sheets.
    init(maximumCount: Int) { self.maximumCount = maximumCount }

    func start(_ name: String, attributes: [String: String]) throws {
        switch name {
        case "si":
            guard strings.count < maximumCount else {
                throw SheetError(part: "xl/sharedStrings.xml", "holds more than \(maximumCount) strings")
            }
            current = ""
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func end(_ name: String, text: String) throws {
        switch name {
        case "t" where phoneticDepth == 0: current? += text
        case "rPh": phoneticDepth -= 1
        case "si":
            strings.append(ExcelStringEscape.decode(current ?? ""))
            current = nil
        default: break
        }
    }
}
