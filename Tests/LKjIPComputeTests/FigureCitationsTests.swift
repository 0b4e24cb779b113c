import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// `{{name}}` in narratives is replaced by the computed figure; an unknown name is an error
/// at its line and column with the nearest known name.
final class FigureCitationsTests: XCTestCase {
    /// A narasi citation is replaced in the report's data, spaces inside the braces allowed.
    func testCitationIsReplacedInNarasi() throws {
        let fixture = try ComputeFixture(["narasi/kata-pengantar.md": "Capaian tahun {{tahun}} sebesar {{ divisi.administrasi.ss1-1.capaian }}.\n"])
        let result = try fixture.compute()
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.report.data.narasi["kata-pengantar"], "Capaian tahun 2023 sebesar 123%.\n")
    }

    /// Citations in the Markdown fields of the YAML files are replaced too.
    func testCitationIsReplacedInAYAMLField() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "  - riwayat: []", with: "  - narasi_sasaran: Nilai SS sebesar {{divisi.administrasi.ss1.nilai}}.\n    riwayat: []")
        let result = try ComputeFixture(["realisasi/administrasi.yaml": realisasi]).compute()
        XCTAssertEqual(result.report.data.capaian.first?.unit.first?.narasiSasaran, "Nilai SS sebesar 123%.")
        XCTAssertEqual(result.report.divisi.first?.units.first?.unit.narasiSasaran, "Nilai SS sebesar 123%.", "the computed units see the resolved text")
    }

    /// An unknown name in a narasi file: error at its line and column, with the nearest name;
    /// the citation is left as typed.
    func testUnknownNameInNarasi() throws {
        let text = "Satu\nDua {{tahun}} dan {{divisi.administrasi.ss1-1.capaina}}.\n"
        let fixture = try ComputeFixture(["narasi/kata-pengantar.md": text])
        let result = try fixture.compute()
        let position = try XCTUnwrap(fixture.position(of: "{{divisi.administrasi.ss1-1.capaina}}", in: "narasi/kata-pengantar.md"))
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "narasi/kata-pengantar.md:\(position.line):\(position.column): error: unknown figure `{{divisi.administrasi.ss1-1.capaina}}`; did you mean `{{divisi.administrasi.ss1-1.capaian}}`?",
        ])
        XCTAssertEqual(result.report.data.narasi["kata-pengantar"], "Satu\nDua 2023 dan {{divisi.administrasi.ss1-1.capaina}}.\n")
    }

    /// A name far from every known one points at `lkjip figures`.
    func testUnknownNameWithoutSuggestion() throws {
        let result = try ComputeFixture(["narasi/kata-pengantar.md": "{{zzz}}\n"]).compute()
        XCTAssertEqual(result.diagnostics.first?.message, "unknown figure `{{zzz}}`; `lkjip figures <data>` lists every name")
    }

    /// Braces across a line break are not a citation.
    func testBracesAcrossLinesAreText() throws {
        let result = try ComputeFixture(["narasi/kata-pengantar.md": "{{tahun\n}} tetap\n"]).compute()
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.report.data.narasi["kata-pengantar"], "{{tahun\n}} tetap\n")
    }

    /// `substitute` reports 1-based line and column within the text, counted on the text as
    /// typed (a replaced figure before it on the same line does not shift the column).
    func testSubstituteReportsLineAndColumn() throws {
        let catalog = try ComputeFixture().compute().report.figures
        var found: [(String, Int, Int)] = []
        let text = FigureCitations.substitute("{{tahun}} {{x}}\nab {{y}}", catalog: catalog) { found.append(($0, $1, $2)) }
        XCTAssertEqual(text, "2023 {{x}}\nab {{y}}")
        XCTAssertEqual(found.map(\.0), ["x", "y"])
        XCTAssertEqual(found.map(\.1), [1, 2])
        XCTAssertEqual(found.map(\.2), [11, 4])
    }

    /// An unknown name in a one-line YAML field is reported at the field's line.
    func testUnknownNameInAOneLineYAMLField() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "  - riwayat: []", with: "  - narasi_sasaran: Tahun {{tahn}}.\n    riwayat: []")
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasi])
        let result = try fixture.compute()
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(diagnostic.message, "unknown figure `{{tahn}}`; did you mean `{{tahun}}`?")
        XCTAssertEqual(diagnostic.location.file, "realisasi/administrasi.yaml")
        XCTAssertEqual(diagnostic.location.keyPath, "unit[0].narasi_sasaran")
        XCTAssertEqual(diagnostic.location.line, fixture.position(of: "{{tahn}}", in: "realisasi/administrasi.yaml")?.line)
    }

    /// In a literal block (`|`), the citation on the block's second line must be reported at
    /// that line of the file. (The key's mark is the `|` line; the block's first line is the
    /// next one.)
    func testUnknownNameInABlockScalarIsReportedAtItsLine() throws {
        let realisasi = ComputeFixture.realisasi.replacingOccurrences(of: "  - riwayat: []", with: """
              - narasi_capaian: |
                  Baris pertama.
                  Baris kedua dengan {{tahn}}.
                riwayat: []
            """)
        let fixture = try ComputeFixture(["realisasi/administrasi.yaml": realisasi])
        let diagnostic = try XCTUnwrap(try fixture.compute().diagnostics.first)
        XCTAssertEqual(diagnostic.location.line, fixture.position(of: "{{tahn}}", in: "realisasi/administrasi.yaml")?.line,
                       "reported at \(diagnostic.location)")
    }
}
