import Foundation

/// How a document is poured into a package: lkjip's own look, or an office's reference
/// document (`--reference-doc`), whose styles, fonts, page headers (the kop) and footers
/// replace lkjip's.
public struct DocxOptions: Sendable {
    public var reference: ReferenceDocument?

    public init(reference: ReferenceDocument? = nil) {
        self.reference = reference
    }

    /// The relationship id of the empty page header (for pages the reference's header must
    /// not reach: the cover).
    static let emptyHeaderId = "rIdHeaderEmpty"
}
