import Foundation
import LKjIP
import TestSupport
import XCTest

/// The Perjanjian Kinerja layout as documents users sign: any change to the annex shows up as
/// a reviewed diff of these golden files (`LKJIP_UPDATE_GOLDEN=1 swift test` to accept one).
final class AnnexGoldenTests: XCTestCase {
    static let golden = Fixtures.repository.appendingPathComponent("Tests/LKjIPTests/Golden")

    func testAdministrasiAnnexOfTheBundledExample() throws {
        let output = try Fixtures.temporaryDirectory()
        let files = try AnnexBuilder.build(Fixtures.request(data: Fixtures.sumbar, output: output), pejabat: "kadiv-administrasi", combined: false)
        XCTAssertEqual(files.map(\.lastPathComponent), ["PK-Kanwil-Sumbar-2023-administrasi.docx", "PK-Kanwil-Sumbar-2023-administrasi.html"])
        var xml = try DocxText.documentXML(try Data(contentsOf: files[0]))
        for tag in ["<w:p>", "<w:tbl>", "<w:tr>", "<w:sectPr>"] { xml = xml.replacingOccurrences(of: tag, with: "\n" + tag) }
        try Golden.assertMatches(xml + "\n", file: "pk-administrasi.document.xml", folder: Self.golden, sourceFolder: Self.golden)
        let html = try String(contentsOf: files[1], encoding: .utf8)
        try Golden.assertMatches(String(html[html.range(of: "<body>")!.lowerBound...]), file: "pk-administrasi.html", folder: Self.golden, sourceFolder: Self.golden)
    }

    func testFourHeadsOfDivisionFromTheBundledExample() throws {
        let output = try Fixtures.temporaryDirectory()
        let result = try LKjIPProcess.run(["annex", Fixtures.sumbar.path, "-o", output.path, "--format", "docx"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(), [
            "PK-Kanwil-Sumbar-2023-administrasi.docx", "PK-Kanwil-Sumbar-2023-keimigrasian.docx",
            "PK-Kanwil-Sumbar-2023-pelayanan-hukum.docx", "PK-Kanwil-Sumbar-2023-pemasyarakatan.docx",
        ])
        let text = DocxText.paragraphs(try DocxText.documentXML(try Data(contentsOf: output.appendingPathComponent("PK-Kanwil-Sumbar-2023-pelayanan-hukum.docx"))))
        XCTAssertTrue(text.contains("Ruliana Pendah Harsiwi"))
        XCTAssertTrue(text.contains("NIP. 19700411 199903 2 001"))
        XCTAssertTrue(text.contains("Rp 6.228.535.000,-"))
        XCTAssertTrue(text.contains("Rp 7.256.514.000,-"), "total of the non-programme lines")
    }
}
