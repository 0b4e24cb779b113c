/// The whole document as the writers see it: metadata, page setup and a list of sections.
///
/// Sections exist because page geometry and the page-number style change inside an LKjIP:
/// the front matter is numbered i, ii, iii, the chapters from 1, and wide tables sit in
/// landscape sections. Writers consume only this model; nothing here knows about LKjIP data.
public struct Document: Equatable, Sendable {
    public var metadata: Metadata
    public var sections: [Section]
    public var page: PageSetup
    /// Headings and captions in reading order with their anchors (`DocumentNumbering`).
    public var contents: [ContentsEntry]
    /// Printed page number of each anchor ("iii", "12"), when a layout pass measured them.
    public var pageNumbers: [String: String]
    /// The font family of the text ("Arial", or an office's reference document's): the
    /// layout pass measures with its metrics, the HTML sets its text in it.
    public var font: String = "Arial"

    public init(metadata: Metadata, sections: [Section], page: PageSetup = .a4, contents: [ContentsEntry] = [], pageNumbers: [String: String] = [:]) {
        self.metadata = metadata
        self.sections = sections
        self.page = page
        self.contents = contents
        self.pageNumbers = pageNumbers
    }
}

/// Paper size and margins in points (1/72 inch), portrait; landscape sections swap the sides.
public struct PageSetup: Equatable, Sendable {
    public var width: Double
    public var height: Double
    public var top: Double
    public var bottom: Double
    public var left: Double
    public var right: Double

    public init(width: Double, height: Double, top: Double, bottom: Double, left: Double, right: Double) {
        self.width = width
        self.height = height
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// A4 with the margins of Kemenkumham's Tata Naskah Dinas: 4 cm top and left, 3 cm
    /// bottom and right.
    public static let a4 = PageSetup(width: 595.3, height: 841.9, top: 113.4, bottom: 85.05, left: 113.4, right: 85.05)

    /// Height available for text in a section of this orientation.
    public func textHeight(_ orientation: Orientation) -> Double {
        orientation == .portrait ? height - top - bottom : width - left - right
    }

    /// Width available for text in a section of this orientation.
    public func textWidth(_ orientation: Orientation) -> Double {
        orientation == .portrait ? width - left - right : height - top - bottom
    }
}

public struct Metadata: Equatable, Sendable {
    public var title: String
    public var subject: String
    public var author: String
    public var language: String
    /// A plain ISO date from the data, never the wall clock, so that two builds of the same
    /// data give byte-identical files.
    public var date: String

    public init(title: String, subject: String = "", author: String = "", language: String = "id-ID", date: String = "2000-01-01") {
        self.title = title
        self.subject = subject
        self.author = author
        self.language = language
        self.date = date
    }
}
