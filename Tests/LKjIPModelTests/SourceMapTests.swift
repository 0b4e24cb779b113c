import Foundation
@testable import LKjIPModel
import XCTest

/// Locations are found lazily from the kept text of each file.
final class SourceMapTests: XCTestCase {
    private static let text = """
        divisi: administrasi
        sasaran_kegiatan:
          - id: ss1
            indikator:
              - id: ss1-1
                target: 3.1
              - id: ss1-2
                target_teks: WTP

        """

    private let map = SourceMap(directory: "/data", texts: ["pk/a.yaml": SourceMapTests.text, "rusak.yaml": "a: [b\n"])

    private func position(_ needle: String) -> (Int, Int) {
        let found = TextPosition.of(needle, in: Self.text)!
        return (found.line, found.column)
    }

    /// A nested key path resolves to the value's line and column.
    func testNestedKeyPath() {
        let location = map.location(file: "pk/a.yaml", keyPath: "sasaran_kegiatan[0].indikator[1].target_teks")
        XCTAssertEqual(location.file, "pk/a.yaml")
        XCTAssertEqual(location.keyPath, "sasaran_kegiatan[0].indikator[1].target_teks")
        XCTAssertEqual(location.line, position("WTP").0)
        XCTAssertEqual(location.column, position("WTP").1)
        XCTAssertEqual(map.location(file: "pk/a.yaml", keyPath: "divisi").line, 1)
    }

    /// A key that is absent falls back to the nearest existing parent (here the second
    /// indicator's mapping, which starts at its `id`).
    func testAbsentKeyFallsBackToTheParent() {
        let location = map.location(file: "pk/a.yaml", keyPath: "sasaran_kegiatan[0].indikator[1].target")
        XCTAssertEqual(location.line, position("id: ss1-2").0)
        XCTAssertEqual(location.keyPath, "sasaran_kegiatan[0].indikator[1].target", "the key path is kept as asked")
        let outOfRange = map.location(file: "pk/a.yaml", keyPath: "sasaran_kegiatan[5].id")
        XCTAssertEqual(outOfRange.line, position("- id: ss1").0, "an index past the end stops at the list")
    }

    /// A file that is unknown or does not parse gives the file and key path alone.
    func testUnknownOrBrokenFile() {
        XCTAssertEqual(map.location(file: "lain.yaml", keyPath: "x"), SourceLocation(file: "lain.yaml", keyPath: "x"))
        XCTAssertNil(map.location(file: "rusak.yaml", keyPath: "a").line)
    }

    func testKeyPathComponents() {
        XCTAssertEqual(KeyPath.components("sasaran_kegiatan[2].indikator[4].target"),
                       [.key("sasaran_kegiatan"), .index(2), .key("indikator"), .index(4), .key("target")])
        XCTAssertEqual(KeyPath.components("unit[0].riwayat[1].nilai.2023"), [.key("unit"), .index(0), .key("riwayat"), .index(1), .key("nilai"), .key("2023")])
        XCTAssertEqual(KeyPath.components(""), [])
        XCTAssertEqual(PathComponent.render([.key("a"), .index(1), .key("b")]), "a[1].b")
    }

    /// "file:line:column: key path", the way compilers print locations.
    func testLocationDescription() {
        XCTAssertEqual(SourceLocation(file: "pk/a.yaml", line: 12, column: 9, keyPath: "target").description, "pk/a.yaml:12:9: target")
        XCTAssertEqual(SourceLocation(file: "narasi/x.md", line: 3).description, "narasi/x.md:3")
        XCTAssertEqual(SourceLocation(file: "pk/").description, "pk/")
        XCTAssertEqual(SourceLocation(file: "a\nb.yaml", keyPath: "k").description, "a\\nb.yaml: k", "a file name cannot break the line")
    }

    func testEquality() {
        XCTAssertEqual(SourceMap(directory: "/d", texts: ["a": "b"]), SourceMap(directory: "/d", texts: ["a": "b"]))
        XCTAssertNotEqual(SourceMap(directory: "/d", texts: ["a": "b"]), SourceMap(directory: "/d", texts: ["a": "c"]))
    }
}
