/// The whole document as the writers see it: metadata and a list of page sections.
///
/// Sections exist because page geometry (orientation, page-number format) changes inside an LKjIP:
/// the front matter is numbered i, ii, iii, the chapters from 1, and wide tables sit in landscape
/// sections. Writers consume only this model; nothing here knows about LKjIP data.
public struct Document: Equatable, Sendable {
    public var metadata: Metadata
    public var sections: [Section]

    public init(metadata: Metadata, sections: [Section]) {
        self.metadata = metadata
        self.sections = sections
    }
}
