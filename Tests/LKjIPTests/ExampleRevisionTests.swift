import Foundation
import XCTest

/// The bundled example with a Revisi I, as README's revision section tells an officer to write
/// it: built end to end, the revised target reaches BAB II B, BAB III and the LAMPIRAN, and
/// the annex alone is rebuilt with the revision's title and date.
final class ExampleRevisionTests: XCTestCase {
    func testSumbarWithARevisiIBuildsAndUsesTheRevisedTarget() throws {
        let data = try Fixtures.copy(Fixtures.sumbar)
        // The signed target of the Administrasi IKK ss1-1 is 3,1 (seed: Tabel 3.1); Revisi I
        // raises it to 3,5. Realisasi stays 3,8.
        try Fixtures.append(data, "pk/administrasi.yaml", """

        revisi:
          - nomor: 1
            tanggal: "2023-07-10"
            alasan: Penyesuaian target indeks kepuasan setelah survei semester I
            target:
              - {indikator: ss1-1, target: 3.5}

        """)
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        let build = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--format", "html"])
        XCTAssertEqual(build.status, 0, build.standardError)
        let html = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Sumbar-2023.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("PERJANJIAN KINERJA TAHUN 2023 — REVISI I"), "the LAMPIRAN PK is the revised one")
        XCTAssertTrue(html.contains("Padang, 10 Juli 2023"), "dated on the revision")
        XCTAssertTrue(html.contains("Perubahan Target Perjanjian Kinerja Tahun 2023"), "BAB II B lists the change")
        // 3,8 / 3,5 × 100 = 108,57… printed whole as the seed prints capaian ("123%" for
        // 3,8 / 3,1 = 122,58…, which the unrevised example shows four times).
        XCTAssertEqual(html.components(separatedBy: ">109%<").count - 1, 4, "capaian against the revised target")
        XCTAssertFalse(html.contains(">123%<"), "no capaian against the signed target")

        let annexFolder = data.deletingLastPathComponent().appendingPathComponent("annex")
        let annex = try LKjIPProcess.run(["annex", data.path, "-o", annexFolder.path, "--no-layout", "--format", "html", "--pejabat", "kadiv-administrasi"])
        XCTAssertEqual(annex.status, 0, annex.standardError)
        let files = try FileManager.default.contentsOfDirectory(atPath: annexFolder.path).filter { $0.hasSuffix(".html") }
        XCTAssertEqual(files.count, 1, "\(files)")
        let annexHTML = try String(contentsOf: annexFolder.appendingPathComponent(files[0]), encoding: .utf8)
        XCTAssertTrue(annexHTML.contains("PERJANJIAN KINERJA TAHUN 2023 — REVISI I"))
        XCTAssertTrue(annexHTML.contains("Padang, 10 Juli 2023"))
    }
}
