import Foundation
import LKjIP
import TestSupport
import XCTest

/// BAB II B (`DivisiContext.semuaPK`, templates/bab2.mustache): a division whose head changed
/// during the year has two Perjanjian Kinerja (`periode`), and both are listed, each with its
/// period, its signatory and its own targets. Checked in the built `.html` of `MiniData`.
final class DivisiContextTests: XCTestCase {
    typealias OutputTable = FidelityTests.OutputTable

    static let pejabat = MiniData.files["pejabat.yaml"]! + """
          - id: kadiv-pelayanan-lama
            nama: Andi Wijaya
            nip: "197502022000031002"
            jabatan: Kepala Divisi Pelayanan Hukum Kantor Wilayah Kementerian Hukum Provinsi Contoh
            jabatan_singkat: Kepala Divisi Pelayanan Hukum

        """

    /// pk/pelayanan.yaml split at 1 July 2024: Andi Wijaya until 30 June (ss1-1 target 90),
    /// Agus Pratama from 1 July (ss1-1 target 92).
    static func pk(pihak: String, tanggal: String, mulai: String, selesai: String, target: String) -> String {
        MiniData.file("pk/pelayanan.yaml", replacing: "pihak_pertama: kadiv-pelayanan\n", with: "pihak_pertama: \(pihak)\n")
            .replacingOccurrences(of: "tanggal: \"2024-01-05\"\n", with: "tanggal: \"\(tanggal)\"\nperiode:\n  mulai: \"\(mulai)\"\n  selesai: \"\(selesai)\"\n")
            .replacingOccurrences(of: "        target: 90\n", with: "        target: \(target)\n")
    }

    static let files: [String: String?] = [
        "pejabat.yaml": pejabat,
        "pk/pelayanan.yaml": nil,
        "pk/pelayanan-1.yaml": pk(pihak: "kadiv-pelayanan-lama", tanggal: "2024-01-05", mulai: "2024-01-01", selesai: "2024-06-30", target: "90"),
        "pk/pelayanan-2.yaml": pk(pihak: "kadiv-pelayanan", tanggal: "2024-07-01", mulai: "2024-07-01", selesai: "2024-12-31", target: "92"),
    ]

    func testFixture() throws {
        let first = try XCTUnwrap(Self.files["pk/pelayanan-1.yaml"] ?? nil)
        XCTAssertTrue(first.contains("periode:\n  mulai: \"2024-01-01\"") && first.contains("pihak_pertama: kadiv-pelayanan-lama") && first.contains("target: 90\n"))
        let second = try XCTUnwrap(Self.files["pk/pelayanan-2.yaml"] ?? nil)
        XCTAssertTrue(second.contains("target: 92\n") && second.contains("selesai: \"2024-12-31\""))
    }

    func testBothAgreementsAreListedWithTheirPeriods() throws {
        let data = try MiniData.write(replacing: Self.files)
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--format", "html"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let html = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        let root = try XMLTree.parseHTML(html.replacingOccurrences(of: "<br>", with: " <br>"))
        let tables = OutputTable.all(in: root).filter { !$0.inLampiran }

        let first = "Periode 1 Januari 2024 s.d. 30 Juni 2024"
        let second = "Periode 1 Juli 2024 s.d. 31 Desember 2024"
        let pelayanan = tables.filter { $0.caption.contains("Perjanjian Kinerja Divisi Pelayanan Hukum Tahun 2024") }
        XCTAssertEqual(pelayanan.count, 2, tables.map(\.caption).joined(separator: "\n"))
        guard pelayanan.count == 2 else { return }
        XCTAssertTrue(pelayanan[0].caption.hasSuffix("Perjanjian Kinerja Divisi Pelayanan Hukum Tahun 2024 (\(first))"), pelayanan[0].caption)
        XCTAssertTrue(pelayanan[1].caption.hasSuffix("Perjanjian Kinerja Divisi Pelayanan Hukum Tahun 2024 (\(second))"), pelayanan[1].caption)
        // Each table holds its own agreement's targets: 90% until June, 92% from July.
        func target(_ table: OutputTable) -> String? {
            table.rows.first { row in row.contains { FidelityTests.Normal.label($0) == "Persentase permohonan yang diselesaikan" } }?.last
        }
        XCTAssertEqual(target(pelayanan[0]), "90%")
        XCTAssertEqual(target(pelayanan[1]), "92%")

        // Each table is introduced with the signatory and the period, in order.
        let paragraphs = root.descendants.filter { $0.name == "p" }.map { FidelityTests.Normal.space($0.text) }
        let intro1 = paragraphs.firstIndex(of: "Perjanjian Kinerja Kepala Divisi Pelayanan Hukum (Andi Wijaya), \(first):")
        let intro2 = paragraphs.firstIndex(of: "Perjanjian Kinerja Kepala Divisi Pelayanan Hukum (Agus Pratama), \(second):")
        XCTAssertNotNil(intro1, paragraphs.filter { $0.hasPrefix("Perjanjian Kinerja") }.joined(separator: "\n"))
        XCTAssertNotNil(intro2)
        if let intro1, let intro2 { XCTAssertLessThan(intro1, intro2) }

        // A division with one agreement keeps the caption without a period.
        let administrasi = tables.filter { $0.caption.contains("Perjanjian Kinerja Divisi Administrasi Tahun 2024") }
        XCTAssertEqual(administrasi.count, 1)
        XCTAssertTrue(administrasi.first?.caption.hasSuffix("Perjanjian Kinerja Divisi Administrasi Tahun 2024") ?? false, administrasi.first?.caption ?? "")
    }
}
