import Foundation
import LKjIPPackage

/// The relationships of one part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): how the
/// reader finds the workbook, its sheets, styles and shared strings from the names the
/// producing application chose, instead of guessing `xl/worksheets/sheet1.xml`.
struct Relationships {
    struct Relationship {
        let id: String
        let type: String
        /// The resolved part name inside the package, or nil for external targets.
        let target: String?
    }

    private(set) var all: [Relationship] = []

    /// An absent relationships part means no relationships.
    init(reading package: PackageReader, for source: String) throws {
        let path = Self.relationshipsPath(for: source)
        guard let data = try SheetPackage.read(package, path) else { return }
        let handler = Handler(base: Self.folder(of: source))
        try SheetPackage.parse(data, part: path, handler: handler)
        all = handler.relationships
    }

    func byID(_ id: String) -> Relationship? { all.first { $0.id == id } }

    /// The first relationship whose type ends in `/kind` (`officeDocument`, `worksheet`,
    /// `styles`); matching the last segment accepts both transitional and Strict type URIs.
    func first(ofKind kind: String) -> Relationship? { all.first { Self.kind(of: $0.type) == kind } }

    static func kind(of type: String) -> String { type.split(separator: "/").last.map(String.init) ?? "" }

    /// `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`; the package itself ("") -> `_rels/.rels`.
    static func relationshipsPath(for source: String) -> String {
        let folder = folder(of: source)
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        return folder + "_rels/" + name + ".rels"
    }

    /// `xl/workbook.xml` -> `xl/`; `workbook.xml` -> "".
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship target as a part name (`PartName`, the one rule of every package reader).
    static func resolve(_ target: String, from base: String) -> String? { PartName.resolve(target, from: base) }

    final class Handler: XMLEventHandler {
        let base: String
        var relationships: [Relationship] = []

        init(base: String) { self.base = base }

        func start(_ name: String, attributes: [String: String]) throws {
            guard name == "Relationship", let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
            let external = attributes["TargetMode"] == "External"
            relationships.append(Relationship(id: id, type: type, target: external ? nil : Relationships.resolve(target, from: base)))
        }

        func end(_ name: String, text: String) throws {}
    }
}
