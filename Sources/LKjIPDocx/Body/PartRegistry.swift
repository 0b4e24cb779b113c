import LKjIPDocument

/// The counters of one document: numbering instances, media, charts, drawing and bookmark
/// ids. Kept apart from the scoped values of `BodyWriter.Scope` (text width, text colour),
/// which change with nesting and are passed down, never stored.
final class PartRegistry {
    var lists: [(kind: ListKind, start: Int)] = []
    /// numId of the last list of each kind, for lists that continue.
    var lastList: [ListKind: Int] = [:]
    var media: [(id: String, path: String, image: Image)] = []
    var charts: [(id: String, path: String, chart: Chart)] = []
    var drawingId = 0
    var bookmarkId = 0
    /// Page breaks written so far (each carries a bookmark).
    var pageBreaks = 0
    var fonts: Set<String> = ["Arial"]

    func nextDrawingId() -> Int {
        drawingId += 1
        return drawingId
    }

    func nextBookmarkId() -> Int {
        defer { bookmarkId += 1 }
        return bookmarkId
    }

    /// A numbering instance for a list; a continuing list reuses the previous one of its kind.
    func numbering(for list: List) -> Int {
        if list.continues, let previous = lastList[list.kind] { return previous }
        lists.append((list.kind, list.start))
        lastList[list.kind] = lists.count
        return lists.count
    }

    /// The relationship id of an image; the same scan used on three pages is stored once.
    func image(_ image: Image) -> (id: String, index: Int) {
        if let existing = media.firstIndex(where: { $0.image.data == image.data }) {
            return (media[existing].id, existing + 1)
        }
        let index = media.count + 1
        let id = "rIdImage\(index)"
        media.append((id, "media/image\(index).\(image.format.fileExtension)", image))
        return (id, index)
    }

    func chart(_ chart: Chart) -> String {
        let index = charts.count + 1
        let id = "rIdChart\(index)"
        charts.append((id, "charts/chart\(index).xml", chart))
        return id
    }

    /// Word bookmark names allow letters, digits and underscores; a leading underscore
    /// hides them from the bookmark dialog, as Word's own _Toc bookmarks.
    static func bookmark(_ anchor: String) -> String { DocxBookmarks.anchor(anchor) }
}
