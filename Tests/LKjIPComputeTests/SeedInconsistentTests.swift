import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// `Fixtures/seed-inconsistent` keeps the seed report's own inconsistencies (see its
/// README.md, which README.md of lkjip quotes). Loading, computing and checking it must find
/// each of them, and nothing else.
final class SeedInconsistentTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seed-inconsistent")

    private func run() throws -> (report: ComputedReport, diagnostics: [Diagnostic]) {
        let loaded = ReportLoader.load(directory: Self.directory)
        let data = try XCTUnwrap(loaded.data, loaded.diagnostics.listing)
        let computed = ReportComputer.compute(data)
        return (computed.report, loaded.diagnostics + computed.diagnostics + Checker.check(computed.report))
    }

    private func find(_ diagnostics: [Diagnostic], _ file: String, _ keyPath: String) -> [Diagnostic] {
        diagnostics.filter { $0.location.file == file && $0.location.keyPath == keyPath }
    }

    /// Every expected diagnostic, and no other: 7 errors and 3 warnings.
    func testTheSeedsInconsistenciesAreFound() throws {
        let diagnostics = try run().diagnostics
        XCTAssertEqual(diagnostics.errors.count, 7, diagnostics.listing)
        XCTAssertEqual(diagnostics.warnings.count, 3, diagnostics.listing)
    }

    /// Three spellings of the head of office: "Haris Sukamto" and "Haris Sukanto" share NIP
    /// 19660605 198911 1 001 (an error); "Hari Sukamto" has NIP 19660505 ... and is one edit
    /// from each (two warnings).
    func testThreeSpellingsOfTheHeadOfOffice() throws {
        let diagnostics = try run().diagnostics
        let reuse = find(diagnostics, "pejabat.yaml", "pejabat[1].nama")
        XCTAssertEqual(reuse.map(\.severity), [.error])
        XCTAssertEqual(reuse.first?.message,
                       "NIP 19660605 198911 1 001 is used for \"Haris Sukanto\" (pejabat `kakanwil-pk`) and for \"Haris Sukamto\" (pejabat `kakanwil`); one NIP must have one name")
        let similar = find(diagnostics, "pejabat.yaml", "pejabat[2].nama")
        XCTAssertEqual(similar.map(\.severity), [.warning, .warning])
        XCTAssertTrue(similar.allSatisfy { $0.message.hasPrefix("\"Hari Sukamto\" (pejabat `kakanwil-lampiran`, NIP 19660505 198911 1 001) and \"Haris Suka") })
    }

    /// The head of Pelayanan Hukum dan HAM signs as "Ruliana" and "Rulana" Pendah Harsiwi
    /// with one NIP.
    func testNIPReuseForThePelayananHukumHead() throws {
        let diagnostics = try run().diagnostics
        XCTAssertEqual(find(diagnostics, "pejabat.yaml", "pejabat[6].nama").map(\.message),
                       ["NIP 19700411 199903 2 001 is used for \"Rulana Pendah Harsiwi\" (pejabat `kadiv-pelayanan-hukum-pk`) and for \"Ruliana Pendah Harsiwi\" (pejabat `kadiv-pelayanan-hukum`); one NIP must have one name"])
    }

    /// "15 (enam belas) Lembaga Pemasyarakatan" and "8 (tujuh) Rumah Tahanan", both on line 1.
    func testCountsWrittenWithTheWrongWords() throws {
        let diagnostics = try run().diagnostics.filter { $0.location.file == "narasi/struktur-organisasi.md" }
        XCTAssertEqual(diagnostics.map(\.description), [
            "narasi/struktur-organisasi.md:1: error: 15 is written \"enam belas\"; expected \"lima belas\"",
            "narasi/struktur-organisasi.md:1: error: 8 is written \"tujuh\"; expected \"delapan\"",
        ])
    }

    /// A capaian typed as 400 that computes to 75 / 17 × 100 = 441.18.
    func testStatedCapaianOf400() throws {
        let diagnostics = try run().diagnostics
        XCTAssertEqual(find(diagnostics, "realisasi/pemasyarakatan.yaml", "realisasi[7].capaian").map(\.message),
                       ["capaian is stated as 400% but computes to 441,18% (75 / 17 × 100); remove it or correct it"])
    }

    /// A typed total: the kanwil's jumlah 185 for 93 + 91 = 184.
    func testStatedSatkerTotal() throws {
        let diagnostics = try run().diagnostics
        XCTAssertEqual(find(diagnostics, "organisasi.yaml", "satker[0].jumlah").map(\.message),
                       ["jumlah of SUMATERA BARAT - KANWIL KEMENTERIAN HUKUM DAN HAM SUMATERA BARAT is stated as 185 but laki_laki 93 + perempuan 91 = 184"])
    }

    /// A realisasi for an IKK of another sasaran, and an IKK not reported yet.
    func testRealisasiReferences() throws {
        let diagnostics = try run().diagnostics
        let unknown = find(diagnostics, "realisasi/pelayanan-hukum.yaml", "realisasi[4].indikator")
        XCTAssertEqual(unknown.map(\.severity), [.error])
        XCTAssertTrue(unknown.first?.message.hasPrefix("unknown indikator `ikk-ki-pemantauan`") == true)
        let missing = find(diagnostics, "realisasi/pelayanan-hukum.yaml", "realisasi[2]")
        XCTAssertEqual(missing.map(\.severity), [.warning])
        XCTAssertTrue(missing.first?.message.hasPrefix("indikator `ikk-ki-permohonan` has no realisasi") == true)
    }

    /// The figures the seed prints, recomputed: staff 1267 + 376 = 1643 (REKAPITULASI JUMLAH
    /// PEGAWAI); 28 UPT; NILAI SS of the pembinaan sasaran 163 % with the revised target 17;
    /// PNBP −0.7 / 5 × 100 = −14 %.
    func testFiguresOfTheSeed() throws {
        let report = try run().report
        XCTAssertEqual([report.pegawai.lakiLaki, report.pegawai.perempuan, report.pegawai.total], [1267, 376, 1643])
        XCTAssertEqual(report.jumlahUpt, 28)
        XCTAssertEqual(report.figures["jumlah_upt.lapas"], "14", "the seed's 15 Lapas include the LPKA")
        XCTAssertEqual(report.figures["jumlah_upt.rutan"], "8")
        XCTAssertEqual(report.figures["divisi.pemasyarakatan.ss-pembinaan.nilai"], "163%")
        XCTAssertEqual(report.figures["divisi.pemasyarakatan.ikk-risiko-tinggi.capaian"], "441%")
        XCTAssertEqual(report.figures["divisi.pemasyarakatan.ikk-risiko-tinggi.target_awal"], "15%")
        XCTAssertEqual(report.figures["divisi.pelayanan-hukum.ikk-pnbp.capaian"], "-14%")
        let pnbp = try XCTUnwrap(report.divisi.first { $0.divisi.id == "pelayanan-hukum" }?.sasaran.first?.indikator.first)
        XCTAssertEqual(pnbp.status, .negatif)
        let pemasyarakatan = try XCTUnwrap(report.divisi.first { $0.divisi.id == "pemasyarakatan" })
        XCTAssertEqual(pemasyarakatan.perjanjian.perubahan.map(\.indikator.id), ["ikk-risiko-tinggi"])
    }
}
