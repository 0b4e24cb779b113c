/// An organisation chart drawn from the data: the head of office, the divisions under it,
/// and the kinds of technical unit. A change of head or division redraws it at the next
/// build; it is never a pasted picture.
public struct OrgChart: Equatable, Sendable {
    public var root: OrgNode
    /// Boxes drawn in a row below the tree, joined to the root by a dashed line (the UPT,
    /// which report to the office but are not part of its structure).
    public var related: [OrgNode]
    public var caption: Caption?
    /// Set by the layout pass.
    public var drawing: OrgDrawing?

    public init(root: OrgNode, related: [OrgNode] = [], caption: Caption? = nil) {
        self.root = root
        self.related = related
        self.caption = caption
    }
}

public struct OrgNode: Equatable, Sendable {
    /// The position ("Kepala Kantor Wilayah").
    public var title: String
    /// The holder's name, or a count ("7 satker").
    public var detail: String?
    public var children: [OrgNode]

    public init(title: String, detail: String? = nil, children: [OrgNode] = []) {
        self.title = title
        self.detail = detail
        self.children = children
    }
}

/// Where the boxes and lines of an organisation chart go, in points from the top left,
/// computed by the layout pass for the width available; both writers draw exactly these.
public struct OrgDrawing: Equatable, Sendable {
    public var width: Double
    public var height: Double
    public var boxes: [OrgBox]
    public var lines: [OrgLine]

    public init(width: Double, height: Double, boxes: [OrgBox], lines: [OrgLine]) {
        self.width = width
        self.height = height
        self.boxes = boxes
        self.lines = lines
    }
}

public struct OrgBox: Equatable, Sendable {
    public var x: Double, y: Double, width: Double, height: Double
    public var title: String
    public var detail: String?
    public var fill: String
    /// Font size of the box's text in points (at least 8, set by the layout pass).
    public var fontSize: Double
    /// The title and detail as the layout wrapped them to the box; drawings that set their
    /// own lines (SVG) print exactly these.
    public var titleLines: [String]
    public var detailLines: [String]
    /// Line height as a multiple of `fontSize`.
    public var lineHeight: Double

    public init(x: Double, y: Double, width: Double, height: Double, title: String, detail: String?, fill: String, fontSize: Double,
                titleLines: [String]? = nil, detailLines: [String]? = nil, lineHeight: Double = 1.25) {
        self.x = x; self.y = y; self.width = width; self.height = height
        self.title = title; self.detail = detail; self.fill = fill; self.fontSize = fontSize
        self.titleLines = titleLines ?? [title]
        self.detailLines = detailLines ?? detail.map { [$0] } ?? []
        self.lineHeight = lineHeight
    }
}

public struct OrgLine: Equatable, Sendable {
    public var x1: Double, y1: Double, x2: Double, y2: Double
    public var dashed: Bool

    public init(x1: Double, y1: Double, x2: Double, y2: Double, dashed: Bool = false) {
        self.x1 = x1; self.y1 = y1; self.x2 = x2; self.y2 = y2; self.dashed = dashed
    }
}
