import LKjIPPackage

/// Reads `xl/styles.xml` far enough to give each cell format (`cellXfs` entry) a
/// `CellStyle`: number format code (custom or built in), bold, solid fill colour, wrap and
/// locked. Formats it cannot resolve fall back to the defaults rather than failing, since
/// how a cell looks never decides whether its value can be read.
final class StylesReader: XMLEventHandler {
    private var formats: [Int: String] = [:]
    private var fonts: [Bool] = []
    private var fills: [String?] = []
    private(set) var styles: [CellStyle] = []

    private var stack: [String] = []
    private var font: Bool?
    private var fill: (solid: Bool, color: String?)?
    private var format: CellStyle?

    func start(_ name: String, attributes: [String: String]) throws {
        let parent = stack.last
        stack.append(name)
        switch (parent, name) {
        case ("numFmts", "numFmt"):
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { formats[id] = code }
        case ("fonts", "font"):
            font = false
        case ("font", "b") where font != nil:
            font = XMLBoolean.parse(attributes["val"]) ?? true
        case ("fills", "fill"):
            fill = (false, nil)
        case ("fill", "patternFill") where fill != nil:
            fill?.solid = attributes["patternType"] == "solid"
        case ("patternFill", "fgColor") where fill != nil:
            if let rgb = attributes["rgb"], let color = StyleTable.normalizedColor(String(rgb.suffix(6))) { fill?.color = color }
        case ("cellXfs", "xf"):
            let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
            var style = CellStyle(numberFormat: formats[id] ?? NumberFormat.builtIn[id] ?? "General")
            if let fontID = attributes["fontId"].flatMap({ Int($0) }), fonts.indices.contains(fontID) { style.bold = fonts[fontID] }
            if let fillID = attributes["fillId"].flatMap({ Int($0) }), fills.indices.contains(fillID) { style.fillColor = fills[fillID] }
            format = style
        case ("xf", "alignment") where format != nil:
            format?.wrapText = XMLBoolean.parse(attributes["wrapText"]) ?? false
        case ("xf", "protection") where format != nil:
            format?.locked = XMLBoolean.parse(attributes["locked"]) ?? true
        default:
            break
        }
    }

    func end(_ name: String, text: String) throws {
        stack.removeLast()
        switch name {
        case "font":
            if let font { fonts.append(font) }
            font = nil
        case "fill":
            if let fill { fills.append(fill.solid ? fill.color : nil) }
            fill = nil
        case "xf":
            if let format { styles.append(format) }
            format = nil
        default:
            break
        }
    }

    /// The style of format `index`; cells that name no style use format 0.
    func style(_ index: Int) -> CellStyle? {
        styles.indices.contains(index) ? styles[index] : nil
    }
}
