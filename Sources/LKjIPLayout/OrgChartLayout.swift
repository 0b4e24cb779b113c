import LKjIPDocument

/// Places the boxes of an organisation chart: the head on top, the divisions in a row (two
/// rows when there are many), the technical units in a row below joined by a dashed line.
/// Box text is sized so the longest word fits the box.
enum OrgChartLayout {
    static let gap = 8.0
    static let rowGap = 22.0

    static func drawing(_ chart: OrgChart, width available: Double) -> OrgDrawing {
        let width = max(available, 200)
        var boxes: [OrgBox] = []
        var lines: [OrgLine] = []
        let rootWidth = min(width * 0.5, 240)
        let rootHeight = 46.0
        boxes.append(box(chart.root, x: (width - rootWidth) / 2, y: 0, width: rootWidth, height: rootHeight, fill: "1F4E79"))
        var y = rootHeight + rowGap
        let children = chart.root.children
        if !children.isEmpty {
            let perRow = min(children.count, 4)
            let boxWidth = (width - gap * Double(perRow - 1)) / Double(perRow)
            let rows = stride(from: 0, to: children.count, by: perRow).map { Array(children[$0..<min($0 + perRow, children.count)]) }
            let busY = rootHeight + rowGap / 2
            lines.append(OrgLine(x1: width / 2, y1: rootHeight, x2: width / 2, y2: busY))
            var centres: [Double] = []
            for row in rows {
                let rowWidth = Double(row.count) * boxWidth + Double(row.count - 1) * gap
                var x = (width - rowWidth) / 2
                let height = 54.0
                for node in row {
                    boxes.append(box(node, x: x, y: y, width: boxWidth, height: height, fill: "D9E2F3"))
                    centres.append(x + boxWidth / 2)
                    lines.append(OrgLine(x1: x + boxWidth / 2, y1: y - (y == rootHeight + rowGap ? rowGap / 2 : rowGap / 2), x2: x + boxWidth / 2, y2: y))
                    x += boxWidth + gap
                }
                if row.count > 0, y > rootHeight + rowGap {
                    // A second row hangs from the bus through the gap between the boxes above.
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
            let count = chart.related.count
            let perRow = min(count, 6)
            let boxWidth = (width - gap * Double(perRow - 1)) / Double(perRow)
            let busY = y - rowGap / 2
            lines.append(OrgLine(x1: 6, y1: rootHeight / 2, x2: 6, y2: busY, dashed: true))
            lines.append(OrgLine(x1: 6, y1: rootHeight / 2, x2: (width - rootWidth) / 2, y2: rootHeight / 2, dashed: true))
            var index = 0
            while index < count {
                let row = Array(chart.related[index..<min(index + perRow, count)])
                let rowWidth = Double(row.count) * boxWidth + Double(row.count - 1) * gap
                var x = (width - rowWidth) / 2
                for node in row {
                    boxes.append(box(node, x: x, y: y, width: boxWidth, height: 44, fill: "F2F2F2"))
                    lines.append(OrgLine(x1: x + boxWidth / 2, y1: y - rowGap / 2, x2: x + boxWidth / 2, y2: y, dashed: true))
                    x += boxWidth + gap
                }
                lines.append(OrgLine(x1: 6, y1: y - rowGap / 2, x2: (width + rowWidth) / 2 - boxWidth / 2, y2: y - rowGap / 2, dashed: true))
                y += 44 + rowGap
                index += perRow
            }
        }
        return OrgDrawing(width: width, height: y - rowGap + 2, boxes: boxes, lines: lines)
    }

    static func box(_ node: OrgNode, x: Double, y: Double, width: Double, height: Double, fill: String) -> OrgBox {
        var size = 9.0
        let words = (node.title + " " + (node.detail ?? "")).split(separator: " ")
        while size > 6, let widest = words.map({ TextMeasure.width($0, size: size, bold: true) }).max(), widest > width - 8 {
            size -= 0.5
        }
        return OrgBox(x: x, y: y, width: width, height: height, title: node.title, detail: node.detail, fill: fill, fontSize: size)
    }
}
