import Foundation
import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// The package as a whole: every part well-formed, every relationship resolvable, every
/// part typed, the parts validators expect, and byte-identical output for equal input.
final class DocxWriterTests: XCTestCase {
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// The target of a relationship, resolved against the folder of the part that owns it
    /// (`word/_rels/document.xml.rels` belongs to `word/document.xml`).
    func resolve(_ target: String, relsPath: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        let owner = relsPath.replacingOccurrences(of: "_rels/", with: "").replacingOccurrences(of: ".rels", with: "")
        var folder = (owner as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { folder.removeLast() } else if piece != "." { folder.append(String(piece)) }
        }
        return folder.joined(separator: "/")
    }

    func testEveryPartIsWellFormedXML() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        for (path, data) in package.parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            XCTAssertNoThrow(try XMLCheck.parse(data, name: path), path)
        }
    }

    func testEveryRelationshipTargetExists() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let paths = Set(package.paths)
        let relsParts = package.paths.filter { $0.hasSuffix(".rels") }
        XCTAssertTrue(relsParts.contains("_rels/.rels"))
        XCTAssertTrue(relsParts.contains("word/_rels/document.xml.rels"))
        for rels in relsParts {
            let root = try package.xml(rels)
            var ids: Set<String> = []
            for relationship in root.all("Relationship") {
                let id = try XCTUnwrap(relationship["Id"])
                XCTAssertTrue(ids.insert(id).inserted, "\(rels): duplicate id \(id)")
                guard relationship["TargetMode"] != "External" else { continue }
                let target = resolve(try XCTUnwrap(relationship["Target"]), relsPath: rels)
                XCTAssertTrue(paths.contains(target), "\(rels): \(id) points to missing \(target)")
            }
        }
    }

    /// Every r:id and r:embed in the body names a relationship of document.xml.
    func testEveryReferenceInTheBodyIsARelationship() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let ids = Set(try package.xml("word/_rels/document.xml.rels").all("Relationship").compactMap { $0["Id"] })
        let body = try package.xml("word/document.xml")
        let used = body.descendants.flatMap { [$0["r:id"], $0["r:embed"]].compactMap { $0 } }
        XCTAssertFalse(used.isEmpty)
        for id in used { XCTAssertTrue(ids.contains(id), "missing relationship \(id)") }
    }

    /// [Content_Types].xml types every part: an Override by name or a Default by extension.
    func testContentTypesListEveryPart() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let types = try package.xml("[Content_Types].xml")
        let overrides = Dictionary(uniqueKeysWithValues: types.all("Override").map { ($0["PartName"] ?? "", $0["ContentType"] ?? "") })
        let defaults = Dictionary(uniqueKeysWithValues: types.all("Default").map { (($0["Extension"] ?? "").lowercased(), $0["ContentType"] ?? "") })
        for path in package.paths where path != "[Content_Types].xml" {
            // "_rels/.rels" has the extension "rels" as far as the package is concerned.
            let ext = ((path as NSString).lastPathComponent.split(separator: ".").last.map(String.init) ?? "").lowercased()
            XCTAssertTrue(overrides["/" + path] != nil || defaults[ext] != nil, "no content type for \(path)")
        }
        for name in overrides.keys { XCTAssertTrue(package.paths.contains(String(name.dropFirst())), "override for a missing part \(name)") }
        XCTAssertEqual(overrides["/word/document.xml"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        XCTAssertEqual(defaults["png"], "image/png")
        XCTAssertEqual(overrides["/word/charts/chart1.xml"], "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
    }

    /// document.xml has the styles, settings, numbering, fontTable and theme relationships
    /// the validator requires (ooxml-order.md §0, E3), and the parts exist.
    func testFontTableAndThemeArePresent() throws {
        let package = try DocxPackage(document([.paragraph(Paragraph(content: [.text("x")]))]))
        let types = Set(try package.xml("word/_rels/document.xml.rels").all("Relationship").compactMap { $0["Type"] })
        for kind in ["styles", "settings", "numbering", "fontTable", "theme"] {
            XCTAssertTrue(types.contains(Self.relationshipsNamespace + kind), kind)
        }
        XCTAssertEqual(try package.xml("word/fontTable.xml").name, "w:fonts")
        XCTAssertTrue(try package.xml("word/fontTable.xml").all("w:font").contains { $0["w:name"] == "Arial" })
        XCTAssertEqual(try package.xml("word/theme/theme1.xml").name, "a:theme")
        let root = try package.xml("_rels/.rels").all("Relationship")
        XCTAssertTrue(root.contains { $0["Target"] == "word/document.xml" && $0["Type"] == Self.relationshipsNamespace + "officeDocument" })
    }

    /// Equal documents give equal bytes: no clock, no random ids, a fixed part order.
    func testOutputIsDeterministic() throws {
        let first = try DocxWriter.write(SampleDocuments.everyBlockKind)
        let second = try DocxWriter.write(SampleDocuments.everyBlockKind)
        XCTAssertEqual(first, second)
        XCTAssertEqual(try ZipParts.read(first).map(\.path), try ZipParts.read(second).map(\.path))
        XCTAssertEqual(try ZipParts.read(first).first?.path, "[Content_Types].xml", "content types come first")
    }

    /// Document properties carry the metadata and the data's date, never today's.
    func testCorePropertiesUseTheDataDate() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let core = try package.xml("docProps/core.xml")
        XCTAssertEqual(core.child("dc:title")?.text, "Contoh Lengkap")
        XCTAssertEqual(core.child("dc:creator")?.text, "Kanwil Uji")
        XCTAssertEqual(core.child("dcterms:created")?.text, "2024-01-10T00:00:00Z")
        XCTAssertEqual(core.child("dcterms:modified")?.text, "2024-01-10T00:00:00Z")
    }

    /// Every property container anywhere in document.xml (nested tables, text boxes, section
    /// breaks) is in schema order: the whole-document version of the container tests.
    func testEveryPropertyContainerOfTheBodyIsInSchemaOrder() throws {
        let root = try DocxPackage(SampleDocuments.everyBlockKind).xml("word/document.xml")
        var counts: [String: Int] = [:]
        for element in root.descendants {
            let parent = element.parent?.localName ?? ""
            switch element.name {
            case "w:pPr":
                assertOrder(element, Schema.pPr)
                if let rPr = element.child("w:rPr") { assertOrder(rPr, Schema.paragraphMarkRPr) }
            case "w:rPr" where parent == "r": assertOrder(element, Schema.rPr)
            case "w:tblPr": assertOrder(element, Schema.documentTblPr)
            case "w:tcPr": assertOrder(element, Schema.tcPr)
            case "w:trPr": XCTAssertTrue(element.children.allSatisfy { Schema.trPrChoice.contains($0.localName) }, "\(element.childNames)")
            case "w:tblBorders": assertOrder(element, Schema.tblBorders)
            case "w:tblCellMar": assertOrder(element, Schema.cellMargins)
            case "w:numPr": assertOrder(element, Schema.numPr)
            case "w:sectPr":
                let names = element.children.map(\.localName)
                let references = names.prefix { Schema.sectPrReferences.contains($0) }.count
                XCTAssertTrue(SchemaOrder.isSubsequence(Array(names.dropFirst(references)), of: Schema.sectPr), "\(names)")
            case "w:tc":
                // A cell holds properties, then at least one block and ends with a paragraph.
                XCTAssertEqual(element.children.first?.name, "w:tcPr")
                XCTAssertEqual(element.children.last?.name, "w:p")
            case "w:tbl":
                XCTAssertEqual(Array(element.childNames.prefix(2)), ["w:tblPr", "w:tblGrid"])
            default: continue
            }
            counts[element.name, default: 0] += 1
        }
        for name in ["w:pPr", "w:rPr", "w:tblPr", "w:tcPr", "w:trPr", "w:sectPr", "w:numPr", "w:tblBorders"] {
            XCTAssertGreaterThan(counts[name] ?? 0, 0, "the sample should exercise \(name)")
        }
        // The body-level sectPr is the body's last child.
        XCTAssertEqual(root.child("w:body")?.children.last?.name, "w:sectPr")
    }

    /// Drawing object ids (wp:docPr, pictures, shapes) are unique in the document: Word
    /// reports a file with duplicate ids as damaged.
    func testDrawingIdsAreUnique() throws {
        let body = try DocxPackage(SampleDocuments.everyBlockKind).body
        let ids = body.all("wp:docPr").compactMap { $0["id"] }
        XCTAssertGreaterThan(ids.count, 5)
        XCTAssertEqual(Set(ids).count, ids.count, "\(ids)")
        let shapes = body.all("wps:cNvPr").compactMap { $0["id"] }
        XCTAssertTrue(Set(shapes).isDisjoint(with: Set(ids)))
        XCTAssertEqual(Set(shapes).count, shapes.count)
    }

    /// The numbering part: all abstractNum before any num, each lvl in schema order.
    func testNumberingPartInSchemaOrder() throws {
        let numbering = try DocxPackage(SampleDocuments.everyBlockKind).xml("word/numbering.xml")
        assertOrder(numbering, Schema.numbering)
        for level in numbering.all("w:lvl") { assertOrder(level, Schema.lvl) }
        for num in numbering.all("w:num") { XCTAssertEqual(num.children.first?.name, "w:abstractNumId") }
    }
}
