import Foundation

/// How a document is poured into a package: lkjip's own look, or an office's reference
/// document (`--reference-doc`), whose styles, fonts, page headers (the kop) and footers
/// replace lkjip's.
public struct DocxOptions: Sendable {
    public var reference: ReferenceDocument?

    public init(reference: ReferenceDocument? = nil) {
        self.reference = reference
    }

    /// Relationship ids of the reference's header parts, referenced by every section.
    var headerIds: [String] { reference?.headers.map(\.id) ?? [] }
}
