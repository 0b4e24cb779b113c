import Foundation
import LKjIPDocument
import LKjIPHTML
import TestSupport
import XCTest

/// The HTML of a document, parsed with libxml2's HTML parser.
struct Page {
    let html: String
    let root: XMLTree

    init(_ document: Document) throws {
        html = HTMLWriter.write(document)
        root = try XMLTree.parseHTML(html)
    }

    func all(_ name: String) -> [XMLTree] { root.all(name) }

    /// Every `id` in the page.
    var ids: [String] { root.descendants.compactMap { $0["id"] } }
}

func document(_ blocks: [Block], numbered: Bool = true) -> Document {
    var document = Document(metadata: Metadata(title: "Uji", author: "Kanwil Uji", date: "2024-01-10"),
                            sections: [Section(pageNumbering: .decimal, restartNumbering: true, blocks: blocks)])
    if numbered { DocumentNumbering.apply(&document) }
    return document
}

/// Numbers of an SVG attribute.
func number(_ element: XMLTree, _ attribute: String) -> Double {
    Double(element[attribute] ?? "") ?? .nan
}

/// A sample after the numbering pass, as the pipeline hands documents to the writers (the
/// golden samples are not numbered, and two of their headings share an anchor).
func numbered(_ document: Document) -> Document {
    var copy = document
    DocumentNumbering.apply(&copy)
    return copy
}

extension XMLTree {
    /// An attribute whatever its case: libxml2's HTML parser lower-cases SVG's `viewBox`.
    func attribute(_ name: String) -> String? { self[name] ?? self[name.lowercased()] }
}
