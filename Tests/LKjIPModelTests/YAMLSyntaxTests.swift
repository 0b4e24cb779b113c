import Foundation
import LKjIPModel
import XCTest

/// `YAMLSyntax` (in ReportLoader.swift): a tab used for indentation is named as such, at the
/// line and column of the tab, instead of libyaml's "found character that cannot start any
/// token". Expected positions are those of the tab in the text written.
final class YAMLSyntaxTests: XCTestCase {
    private func load(_ name: String, _ text: String) throws -> (ReportLoader.Result, DataDirectory) {
        let directory = try DataDirectory([name: text])
        addTeardownBlock { directory.remove() }
        return (directory.load(), directory)
    }

    static let message = "a tab character: YAML indents with spaces only; replace the tab with spaces"

    /// renstra.yaml with the second key indented by a tab under a mapping: line 3, column 1.
    func testTabIndentingAKey() throws {
        let text = "pengantar: Pengantar.\nvisi_nasional:\n\tteks: Visi nasional.\n"
        let (result, _) = try load("renstra.yaml", text)
        let found = result.errors.filter { $0.location.file == "renstra.yaml" }
        XCTAssertEqual(found.count, 1, result.listing)
        XCTAssertEqual(found.first?.message, Self.message)
        XCTAssertEqual(found.first?.location.line, 3)
        XCTAssertEqual(found.first?.location.column, 1)
        XCTAssertEqual(found.first?.description, "renstra.yaml:3:1: error: " + Self.message)
    }

    /// The seed directory's instansi.yaml with `kota:` indented by two spaces and a tab: the
    /// tab is the third character of line 8.
    func testTabAfterSpaces() throws {
        let text = DataDirectory.instansi.replacingOccurrences(of: "  kota: Padang\n", with: "  \tkota: Padang\n")
        XCTAssertNotEqual(text, DataDirectory.instansi)
        let tab = try XCTUnwrap(TextPosition.of("\t", in: text))
        XCTAssertEqual(tab.line, 8)
        XCTAssertEqual(tab.column, 3)
        let (result, _) = try load("instansi.yaml", text)
        let found = result.errors.filter { $0.location.file == "instansi.yaml" }
        XCTAssertEqual(found.count, 1, result.listing)
        XCTAssertEqual(found.first?.message, Self.message)
        XCTAssertEqual(found.first?.location.line, tab.line)
        XCTAssertEqual(found.first?.location.column, tab.column)
    }

    /// A list item indented by a tab in a PK.
    func testTabIndentingAListItem() throws {
        let text = DataDirectory.pk.replacingOccurrences(of: "  - nama: Program Dukungan Manajemen\n", with: "\t- nama: Program Dukungan Manajemen\n")
        XCTAssertNotEqual(text, DataDirectory.pk)
        let tab = try XCTUnwrap(TextPosition.of("\t", in: text))
        let (result, _) = try load("pk/administrasi.yaml", text)
        let found = result.errors.filter { $0.location.file == "pk/administrasi.yaml" }
        XCTAssertEqual(found.first?.message, Self.message, result.listing)
        XCTAssertEqual(found.first?.location.line, tab.line)
        XCTAssertEqual(found.first?.location.column, tab.column)
    }

    /// A tab inside a value is text, not an indentation error.
    func testTabInsideAQuotedValueIsNotReported() throws {
        let text = DataDirectory.renstra.replacingOccurrences(of: "visi: Visi.", with: "visi: \"Visi\tkementerian.\"")
        let (result, _) = try load("renstra.yaml", text)
        XCTAssertEqual(result.diagnostics(containing: "a tab character").count, 0, result.listing)
    }
}
