import LKjIPDocument

/// Places the boxes of an organisation chart: the head on top, the divisions in rows below
/// it, the kinds of technical unit in rows below those, joined by a dashed line. Every box is
/// sized from its measured text: the text is set at 9 pt (never below 8 pt), wrapped to the
/// box's width, and the box is as tall as its lines; when a word does not fit a box even at
/// 8 pt, the row holds fewer, wider boxes. So no text is ever clipped, in any writer.
public enum OrgChartLayout {
    static let gap = 8.0
    static let rowGap = 22.0
    /// Inner margins of a box (the writers use the same: DOCX text-box insets, HTML padding).
    public static let insetX = 4.0
    public static let insetY = 3.0
    /// Text sizes tried, largest first; nothing is set smaller than the last.
    static let sizes: [Double] = [9, 8.5, 8]
    public static let minimumSize = 8.0
    /// Line height as a multiple of the size: single spacing of Arial / Liberation Sans is
    /// 1.15; the rest is a margin for renderers that set lines a little apart.
    public static let lineHeight = 1.25

    static func drawing(_ chart: OrgChart, width available: Double, font: FontMetrics = .arial) -> OrgDrawing {
        let width = max(available, 200)
        var boxes: [OrgBox] = []
        var lines: [OrgLine] = []
        let rootWidth = min(width * 0.5, 240)
        let root = fitted([chart.root], perRow: 1, boxWidth: rootWidth, font: font)
        let rootHeight = root.height
        boxes.append(box(chart.root, x: (width - rootWidth) / 2, y: 0, width: rootWidth, height: rootHeight, size: root.size, fill: "1F4E79", font: font))
        var y = rootHeight + rowGap
        let children = chart.root.children
        if !children.isEmpty {
            let (perRow, boxWidth, size, _) = arrangement(children, width: width, most: 4, font: font)
            let rows = stride(from: 0, to: children.count, by: perRow).map { Array(children[$0..<min($0 + perRow, children.count)]) }
            let busY = rootHeight + rowGap / 2
            lines.append(OrgLine(x1: width / 2, y1: rootHeight, x2: width / 2, y2: busY))
            var centres: [Double] = []
            for row in rows {
                let height = rowHeight(row, boxWidth: boxWidth, size: size, font: font)
                let rowWidth = Double(row.count) * boxWidth + Double(row.count - 1) * gap
                var x = (width - rowWidth) / 2
                for node in row {
                    boxes.append(box(node, x: x, y: y, width: boxWidth, height: height, size: size, fill: "D9E2F3", font: font))
                    centres.append(x + boxWidth / 2)
                    lines.append(OrgLine(x1: x + boxWidth / 2, y1: y - rowGap / 2, x2: x + boxWidth / 2, y2: y))
                    x += boxWidth + gap
                }
                if y > rootHeight + rowGap {
                    // A later row hangs from the bus through the gap between the boxes above.
                    lines.append(OrgLine(x1: width / 2, y1: busY, x2: width / 2, y2: y - rowGap / 2))
                    lines.append(OrgLine(x1: centres[centres.count - row.count], y1: y - rowGap / 2, x2: centres[centres.count - 1], y2: y - rowGap / 2))
                }
                y += height + rowGap
            }
            if let first = centres.prefix(perRow).first, let last = centres.prefix(perRow).last {
                lines.append(OrgLine(x1: min(first, width / 2), y1: busY, x2: max(last, width / 2), y2: busY))
            }
        }
        if !chart.related.isEmpty {
            let (perRow, boxWidth, size, _) = arrangement(chart.related, width: width, most: 6, font: font)
            let busY = y - rowGap / 2
            lines.append(OrgLine(x1: 6, y1: rootHeight / 2, x2: 6, y2: busY, dashed: true))
            lines.append(OrgLine(x1: 6, y1: rootHeight / 2, x2: (width - rootWidth) / 2, y2: rootHeight / 2, dashed: true))
            var index = 0
            while index < chart.related.count {
                let row = Array(chart.related[index..<min(index + perRow, chart.related.count)])
                let height = rowHeight(row, boxWidth: boxWidth, size: size, font: font)
                let rowWidth = Double(row.count) * boxWidth + Double(row.count - 1) * gap
                var x = (width - rowWidth) / 2
                for node in row {
                    boxes.append(box(node, x: x, y: y, width: boxWidth, height: height, size: size, fill: "F2F2F2", font: font))
                    lines.append(OrgLine(x1: x + boxWidth / 2, y1: y - rowGap / 2, x2: x + boxWidth / 2, y2: y, dashed: true))
                    x += boxWidth + gap
                }
                lines.append(OrgLine(x1: 6, y1: y - rowGap / 2, x2: (width + rowWidth) / 2 - boxWidth / 2, y2: y - rowGap / 2, dashed: true))
                y += height + rowGap
                index += perRow
            }
        }
        return OrgDrawing(width: width, height: y - rowGap + 2, boxes: boxes, lines: lines)
    }

    /// How many boxes a row holds (at most `most`), how wide they are and the text size: the
    /// most boxes whose every word fits at some size of `sizes`, largest size first.
    static func arrangement(_ nodes: [OrgNode], width: Double, most: Int, font: FontMetrics) -> (perRow: Int, boxWidth: Double, size: Double, height: Double) {
        var perRow = min(nodes.count, most)
        while perRow >= 1 {
            let boxWidth = (width - gap * Double(perRow - 1)) / Double(perRow)
            let result = fitted(nodes, perRow: perRow, boxWidth: boxWidth, font: font)
            if result.fits || perRow == 1 { return (perRow, boxWidth, result.size, result.height) }
            perRow -= 1
        }
        return (1, width, minimumSize, 0)
    }

    /// The largest size at which every word of every node fits `boxWidth`, and the tallest
    /// box at that size.
    static func fitted(_ nodes: [OrgNode], perRow: Int, boxWidth: Double, font: FontMetrics) -> (fits: Bool, size: Double, height: Double) {
        for size in sizes {
            let fits = nodes.allSatisfy { node in
                words(node).allSatisfy { TextMeasure.width($0.text, size: size, bold: $0.bold, font: font) <= boxWidth - 2 * insetX }
            }
            if fits { return (true, size, nodes.map { height($0, boxWidth: boxWidth, size: size, font: font) }.max() ?? 0) }
        }
        return (false, minimumSize, nodes.map { height($0, boxWidth: boxWidth, size: minimumSize, font: font) }.max() ?? 0)
    }

    static func words(_ node: OrgNode) -> [(text: Substring, bold: Bool)] {
        node.title.split(separator: " ").map { ($0, true) } + (node.detail ?? "").split(separator: " ").map { ($0, false) }
    }

    static func rowHeight(_ row: [OrgNode], boxWidth: Double, size: Double, font: FontMetrics) -> Double {
        row.map { height($0, boxWidth: boxWidth, size: size, font: font) }.max() ?? 0
    }

    /// The height of a box: its title and detail wrapped to the box, plus the margins.
    static func height(_ node: OrgNode, boxWidth: Double, size: Double, font: FontMetrics) -> Double {
        let count = lines(node.title, width: boxWidth - 2 * insetX, size: size, bold: true, font: font) + (node.detail.map { lines($0, width: boxWidth - 2 * insetX, size: size, bold: false, font: font) } ?? 0)
        return (Double(count) * size * lineHeight + 2 * insetY + 4).rounded(.up)
    }

    /// Lines a text takes when wrapped greedily at spaces to `width`.
    public static func lines(_ text: String, width: Double, size: Double, bold: Bool, font: FontMetrics = .arial) -> Int {
        wrapped(text, width: width, size: size, bold: bold, font: font).count
    }

    /// The text wrapped greedily at spaces to `width`.
    static func wrapped(_ text: String, width: Double, size: Double, bold: Bool, font: FontMetrics) -> [String] {
        let space = TextMeasure.width(" ", size: size, bold: bold, font: font)
        var result: [String] = []
        var line = ""
        var lineWidth = 0.0
        for word in text.split(separator: " ") {
            let w = TextMeasure.width(word, size: size, bold: bold, font: font)
            if line.isEmpty {
                line = String(word)
                lineWidth = w
            } else if lineWidth + space + w > width {
                result.append(line)
                line = String(word)
                lineWidth = w
            } else {
                line += " " + word
                lineWidth += space + w
            }
        }
        if !line.isEmpty { result.append(line) }
        return result
    }

    static func box(_ node: OrgNode, x: Double, y: Double, width: Double, height: Double, size: Double, fill: String, font: FontMetrics) -> OrgBox {
        let inner = width - 2 * insetX
        return OrgBox(x: x, y: y, width: width, height: height, title: node.title, detail: node.detail, fill: fill, fontSize: size,
                      titleLines: wrapped(node.title, width: inner, size: size, bold: true, font: font),
                      detailLines: node.detail.map { wrapped($0, width: inner, size: size, bold: false, font: font) } ?? [], lineHeight: lineHeight)
    }

    /// What would be clipped or too small in a drawing: a box whose text is under 8 pt, a word
    /// wider than its box, or lines taller than its box. Empty for every drawing this layout
    /// makes; `lkjip lint` reports anything else (a drawing changed by hand, a future bug).
    public static func problems(_ drawing: OrgDrawing, font: FontMetrics = .arial) -> [String] {
        var problems: [String] = []
        for box in drawing.boxes {
            let name = "box \"\(box.title.prefix(40))\""
            if box.fontSize < minimumSize {
                problems.append("\(name) is set in \(box.fontSize) pt, below \(minimumSize) pt")
            }
            let node = OrgNode(title: box.title, detail: box.detail)
            if let wide = words(node).first(where: { TextMeasure.width($0.text, size: box.fontSize, bold: $0.bold, font: font) > box.width - 2 * insetX }) {
                problems.append("\(name): \"\(wide.text)\" is wider than the box and is cut")
            } else if height(node, boxWidth: box.width, size: box.fontSize, font: font) > box.height + 0.5 {
                problems.append("\(name): its text needs more lines than the box holds and is cut")
            }
        }
        return problems
    }
}
