import Foundation
import LKjIP
import LKjIPModel
import XCTest

/// `lkjip init --from` (`YearChange`): next year's directory from `MiniData` (2024 → 2025).
/// Texts keep their `{{citations}}`; the PK starts from the targets and budgets in force after
/// the last revision, without `revisi`; last year's word realisasi goes into the history; the
/// explanatory comment goes after the schema modeline.
final class YearChangeTests: XCTestCase {
    static let modeline = "# yaml-language-server: $schema=../.schema/pk.schema.json"
    static let realisasiModeline = "# yaml-language-server: $schema=../.schema/realisasi.schema.json"

    /// Pelayanan: target 90 (ss1-1) and 10 (ss1-2), kegiatan-pelayanan 2.000.000.000. Revisi I
    /// sets ss1-1 to 95 and the kegiatan to 1.800.000.000; Revisi II sets ss1-1 to 93 and
    /// ss1-2 to 12. In force at the end of 2024: 93, 12, 1.800.000.000.
    static let pelayananPK = modeline + "\n" + MiniData.files["pk/pelayanan.yaml"]! + """
        revisi:
          - nomor: 1
            tanggal: "2024-07-01"
            alasan: Penyesuaian target setelah refocusing anggaran {{tahun}}
            target:
              - {indikator: ss1-1, target: 95}
            anggaran:
              - {kegiatan: kegiatan-pelayanan, anggaran: 1800000000}
          - nomor: 2
            tanggal: "2024-10-01"
            alasan: Penyesuaian kedua
            target:
              - {indikator: ss1-1, target: 93}
              - {indikator: ss1-2, target: 12}

        """

    static let keterangan = "Naik menjadi {{divisi.administrasi.ss1-1.realisasi}} pada {{tahun}}."

    static var files: [String: String?] {
        var files = EvaluationCheckTests.files
        // ss1-2 (WTP) has no riwayat row: init --from must add one with 2024 = WTP.
        files["realisasi/administrasi.yaml"] = (files["realisasi/administrasi.yaml"] ?? nil)?
            .replacingOccurrences(of: "      - indikator: ss1-2\n        nilai: {\"2023\": WDP}\n", with: "")
            .replacingOccurrences(of: "        nilai: {\"2022\": 3.5, \"2023\": 3.65}\n", with: "        nilai: {\"2022\": 3.5, \"2023\": 3.65}\n        keterangan: \"\(keterangan)\"\n")
        files["pk/pelayanan.yaml"] = pelayananPK
        files["realisasi/pelayanan.yaml"] = realisasiModeline + "\n" + MiniData.files["realisasi/pelayanan.yaml"]!
        files["renstra.yaml"] = MiniData.file("renstra.yaml", replacing: "pengantar: Rencana strategis kantor wilayah.", with: "pengantar: Rencana strategis kantor wilayah sampai {{tahun}}.")
        return files
    }

    struct NextYear {
        var source: URL
        var target: URL
        var data: ReportData
        func text(_ path: String) throws -> String { try String(contentsOf: target.appendingPathComponent(path), encoding: .utf8) }
    }

    nonisolated(unsafe) static var cached: Result<NextYear, Error>?

    /// The 2025 directory, written once with `YearChange.write` and loaded with `ReportLoader`.
    static func nextYear() throws -> NextYear {
        if let cached { return try cached.get() }
        let result = Result<NextYear, Error> {
            let source = try MiniData.write(replacing: files, name: "yearchange")
            let target = source.deletingLastPathComponent().appendingPathComponent("data-2025")
            try YearChange.write(from: source, to: target, year: nil, templates: Fixtures.templates, assets: Fixtures.assets)
            let loaded = ReportLoader.load(directory: target, assets: Fixtures.assets)
            guard let data = loaded.data, loaded.errors.isEmpty else {
                throw FidelityTests.Failure("the 2025 directory does not load:\n" + loaded.diagnostics.map(\.description).joined(separator: "\n"))
            }
            return NextYear(source: source, target: target, data: data)
        }
        cached = result
        return try result.get()
    }

    func testSourceBuilds() throws {
        let data = try MiniData.write(replacing: Self.files, name: "yearchange-source")
        let result = try LKjIPProcess.run(["check", data.path])
        XCTAssertEqual(result.status, 0, result.standardError)
    }

    // MARK: texts keep their citations

    /// narasi files: the draft marker of last year, then the text as typed, `{{tahun}}` and
    /// `{{jumlah_upt.terbilang}}` included (not "2024" or "1 (satu)").
    func testNarasiKeepsItsCitations() throws {
        let next = try Self.nextYear()
        XCTAssertEqual(try next.text("narasi/kata-pengantar.md"), "<!-- lkjip: draf (2024) -->\nPuji syukur, laporan kinerja tahun {{tahun}} telah disusun.\n")
        let kesimpulan = try next.text("narasi/kesimpulan.md")
        XCTAssertTrue(kesimpulan.contains("Sebanyak {{jumlah_upt.terbilang}} UPT"), kesimpulan)
        XCTAssertFalse(kesimpulan.contains("(satu)"), kesimpulan)
    }

    /// Markdown fields carried over keep their citations: the rewritten realisasi file's
    /// riwayat `keterangan`, and renstra.yaml's `pengantar`.
    func testMarkdownFieldsKeepTheirCitations() throws {
        let next = try Self.nextYear()
        let administrasi = try XCTUnwrap(next.data.capaian.first { $0.divisi == "administrasi" })
        let row = try XCTUnwrap(administrasi.unit.first?.riwayat.first { $0.indikator == "ss1-1" })
        XCTAssertEqual(row.keterangan, Self.keterangan)
        XCTAssertEqual(next.data.renstra.pengantar, "Rencana strategis kantor wilayah sampai {{tahun}}.")
        XCTAssertFalse(try next.text("realisasi/administrasi.yaml").contains("3,8 Indeks pada 2024"))
    }

    // MARK: the PK in force

    func testPKCarriesTheTargetsAndBudgetsAfterTheLastRevision() throws {
        let next = try Self.nextYear()
        let pk = try XCTUnwrap(next.data.perjanjian.first { $0.divisi == "pelayanan" })
        XCTAssertNil(pk.revisi)
        let targets = pk.sasaranKegiatan.flatMap(\.indikator).map { ($0.id, $0.target?.value) }
        XCTAssertEqual(targets.map(\.0), ["ss1-1", "ss1-2"])
        XCTAssertEqual(targets.map(\.1), [93, 12])
        XCTAssertEqual(pk.kegiatan.first { $0.id == "kegiatan-pelayanan" }?.anggaran, 1_800_000_000)
        XCTAssertNil(pk.kegiatan.first { $0.id == "program-pelayanan" }?.anggaran, "the programme line stays computed")
        XCTAssertEqual(pk.tanggal, "2025-01-05")
        let text = try next.text("pk/pelayanan.yaml")
        XCTAssertFalse(text.contains("revisi"), text)
        XCTAssertFalse(text.contains("Penyesuaian"), text)
    }

    /// A PK without revisions keeps its targets.
    func testUnrevisedPKKeepsItsTargets() throws {
        let pk = try XCTUnwrap(try Self.nextYear().data.perjanjian.first { $0.divisi == "administrasi" })
        XCTAssertEqual(pk.sasaranKegiatan.flatMap(\.indikator).map(\.target?.value), [3.1, nil])
        XCTAssertEqual(pk.sasaranKegiatan.flatMap(\.indikator).map(\.targetTeks), [nil, "WTP"])
    }

    // MARK: history

    /// The word realisasi WTP of 2024 goes into a new riwayat row linked to ss1-2 and into the
    /// linked renstra row's realisasi; the number 3,8 into the existing ss1-1 row.
    func testWordRealisasiGoesIntoTheHistory() throws {
        let next = try Self.nextYear()
        let unit = try XCTUnwrap(next.data.capaian.first { $0.divisi == "administrasi" }?.unit.first)
        let word = try XCTUnwrap(unit.riwayat.first { $0.indikator == "ss1-2" }, "\(unit.riwayat)")
        XCTAssertEqual(word.nilai["2024"]?.word, "WTP")
        XCTAssertNil(word.nilai["2024"]?.number)
        let renstra = try XCTUnwrap(unit.renstra.first { $0.indikator == "ss1-2" })
        XCTAssertEqual(renstra.realisasi["2024"]?.word, "WTP")
        let number = try XCTUnwrap(unit.riwayat.first { $0.indikator == "ss1-1" })
        XCTAssertEqual(number.nilai["2024"]?.number?.value, 3.8)
        XCTAssertEqual(number.nilai["2023"]?.number?.value, 3.65)
        XCTAssertEqual(next.data.capaian.first { $0.divisi == "administrasi" }?.realisasi, [], "this year's realisasi is cleared")
    }

    // MARK: comments

    /// The comment goes after the modeline, which an editor reads only on the first line; a
    /// file without a modeline gets the comment first.
    func testCommentGoesAfterTheModeline() throws {
        let next = try Self.nextYear()
        let pelayanan = try next.text("pk/pelayanan.yaml").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(pelayanan.first, Self.modeline)
        XCTAssertTrue(pelayanan[1].hasPrefix("# ") && pelayanan[1].contains("2025"), pelayanan[1])
        let administrasi = try next.text("pk/administrasi.yaml").split(separator: "\n").map(String.init)
        XCTAssertTrue(administrasi[0].hasPrefix("# ") && administrasi[0].contains("2025"), administrasi[0])
        XCTAssertFalse(administrasi[0].hasPrefix("# yaml-language-server"))
        let realisasi = try next.text("realisasi/pelayanan.yaml").split(separator: "\n").map(String.init)
        XCTAssertEqual(realisasi.first, Self.realisasiModeline)
        XCTAssertTrue(realisasi[1].hasPrefix("#"), realisasi[1])
    }
}
