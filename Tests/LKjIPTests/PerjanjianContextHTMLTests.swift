import Foundation
import LKjIP
import TestSupport
import XCTest

/// The LAMPIRAN PK title of the Sumatera Barat example names Pihak Kedua by the full jabatan
/// (`PerjanjianContext`), as the seed prints it, lines 1538-1540:
///
///     PERJANJIAN KINERJA TAHUN 2023
///     KEPALA DIVISI ADMINISTRASI DENGAN KEPALA KANTOR WILAYAH KEMENTERIAN
///     HUKUM DAN HAM SUMATERA BARAT
final class PerjanjianContextHTMLTests: XCTestCase {
    func testLampiranTitleNamesPihakKeduaInFull() throws {
        let built = try FidelityTests.built()
        var inLampiran = false
        var titles: [String] = []
        for node in built.root.descendants {
            if node.name == "h1", node["id"] == "lampiran" { inLampiran = true }
            guard inLampiran, node.name == "p" else { continue }
            let text = FidelityTests.Normal.space(node.text)
            if text.hasPrefix("PERJANJIAN KINERJA TAHUN 2023"), text.contains(" DENGAN ") { titles.append(text) }
        }
        XCTAssertTrue(titles.contains("PERJANJIAN KINERJA TAHUN 2023 KEPALA DIVISI ADMINISTRASI DENGAN KEPALA KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM SUMATERA BARAT"),
                      titles.joined(separator: "\n"))
        XCTAssertFalse(titles.isEmpty)
        for title in titles {
            XCTAssertTrue(title.hasSuffix(" DENGAN KEPALA KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM SUMATERA BARAT"), title)
        }
    }
}
