import Foundation
import LKjIPModel
import XCTest

/// `DataValidator`: budget tables without the report year (warnings), indicators of IKU and
/// IKP lists without target located in their own list, and overlapping periods of several
/// agreements of one division. The report year of `DataDirectory` is 2023.
final class DataValidatorWarningsTests: XCTestCase {
    private func load(_ changes: [String: String?]) throws -> ReportLoader.Result {
        let directory = try DataDirectory(changes)
        addTeardownBlock { directory.remove() }
        return directory.load()
    }

    // MARK: budget tables without the report year

    /// The office budget has 2021 and 2022 only: a warning at `realisasi` of anggaran.yaml,
    /// saying where BAB III B ends (2022). Nothing is an error.
    func testOfficeBudgetWithoutTheReportYear() throws {
        let anggaran = """
            realisasi:
              - tahun: 2021
                pagu: 20000000000
                realisasi: 19000000000
              - tahun: 2022
                pagu: 22186820000
                realisasi: 22090007028
            smart_dja: []
            ikpa: []

            """
        let result = try load(["anggaran.yaml": anggaran])
        XCTAssertEqual(result.errors, [], result.listing)
        let found = result.diagnostics(file: "anggaran.yaml", keyPath: "realisasi")
        XCTAssertEqual(found.map(\.severity), [.warning], result.listing)
        XCTAssertEqual(found.first?.message, "the office budget has no row for 2023; BAB III B ends at 2022")
    }

    /// With the 2023 row (the base directory) or with no rows at all, no warning.
    func testOfficeBudgetWithTheReportYearOrEmpty() throws {
        XCTAssertEqual(try load([:]).diagnostics, [])
        let empty = try load(["anggaran.yaml": "realisasi: []\nsmart_dja: []\nikpa: []\n"])
        XCTAssertEqual(empty.diagnostics(containing: "has no row for").count, 0, empty.listing)
    }

    /// A unit's table c with 2021 and 2022 only: a warning at `unit[0].anggaran`.
    func testUnitTableCWithoutTheReportYear() throws {
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "    anggaran: []\n", with: """
                anggaran:
                  - {tahun: 2021, pagu: 1500000000, realisasi: 1400000000}
                  - {tahun: 2022, pagu: 1600000000, realisasi: 1550000000}

            """)
        XCTAssertNotEqual(realisasi, DataDirectory.realisasi)
        let result = try load(["realisasi/administrasi.yaml": realisasi])
        XCTAssertEqual(result.errors, [], result.listing)
        let found = result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "unit[0].anggaran")
        XCTAssertEqual(found.map(\.severity), [.warning], result.listing)
        XCTAssertEqual(found.first?.message, "table c has no row for 2023; add the pagu and realisasi of 2023")
        XCTAssertNotNil(found.first?.location.line, "located in the file")
    }

    /// A unit with a 2023 row, or without table c, has no warning.
    func testUnitTableCWithTheReportYearOrEmpty() throws {
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "    anggaran: []\n", with: "    anggaran:\n      - {tahun: 2023, pagu: 1500000000, realisasi: 1400000000}\n")
        XCTAssertEqual(try load(["realisasi/administrasi.yaml": realisasi]).diagnostics(containing: "table c has no row").count, 0)
        XCTAssertEqual(try load([:]).diagnostics(containing: "table c has no row").count, 0)
    }

    // MARK: IKU and IKP without target

    /// The second indicator of the second sasaran program has no target: the error names
    /// `sasaran_program[1].indikator[1]`, not a position in sasaran_strategis or
    /// sasaran_kegiatan; an IKU without target is at `sasaran_strategis[0].indikator[0]`.
    func testIndicatorsWithoutTargetAreLocatedInTheirOwnList() throws {
        let pk = DataDirectory.pk
            .replacingOccurrences(of: "sasaran_strategis: []", with: """
                sasaran_strategis:
                  - nama: Membangun budaya kerja
                    indikator:
                      - {nama: Nilai Reformasi Birokrasi}
                """)
            .replacingOccurrences(of: "sasaran_program: []", with: """
                sasaran_program:
                  - nama: Meningkatnya kualitas dukungan manajemen
                    indikator:
                      - {nama: Opini BPK, target_teks: WTP}
                  - nama: Meningkatnya akuntabilitas
                    indikator:
                      - {nama: Nilai SAKIP, target: 80}
                      - {nama: Nilai IKPA}
                """)
        let result = try load(["pk/administrasi.yaml": pk])
        let found = result.diagnostics(containing: "give either `target` or `target_teks`")
        XCTAssertEqual(found.map(\.location.keyPath).sorted(), ["sasaran_program[1].indikator[1]", "sasaran_strategis[0].indikator[0]"], result.listing)
        XCTAssertTrue(found.allSatisfy { $0.severity == .error && $0.location.file == "pk/administrasi.yaml" })
        let ikp = try XCTUnwrap(found.first { $0.location.keyPath == "sasaran_program[1].indikator[1]" })
        XCTAssertEqual(ikp.location.line, TextPosition.of("{nama: Nilai IKPA}", in: pk)?.line)
    }

    // MARK: periods

    private static func pk(mulai: String, selesai: String) -> String {
        DataDirectory.pk.replacingOccurrences(of: "tanggal: \"2023-01-05\"\n", with: "tanggal: \"2023-01-05\"\nperiode: {mulai: \"\(mulai)\", selesai: \"\(selesai)\"}\n")
    }

    /// Jan–Sep, Feb–Mar, May–Jun: May–Jun does not overlap Feb–Mar (the period just before
    /// it) but lies inside Jan–Sep: both later periods overlap the first.
    func testOverlapWithANonAdjacentEarlierPeriod() throws {
        let result = try load([
            "pk/administrasi.yaml": nil,
            "pk/administrasi-a.yaml": Self.pk(mulai: "2023-01-01", selesai: "2023-09-30"),
            "pk/administrasi-b.yaml": Self.pk(mulai: "2023-02-01", selesai: "2023-03-31"),
            "pk/administrasi-c.yaml": Self.pk(mulai: "2023-05-01", selesai: "2023-06-30"),
        ])
        let overlaps = result.diagnostics(containing: "overlaps")
        XCTAssertEqual(overlaps.map(\.location.file).sorted(), ["pk/administrasi-b.yaml", "pk/administrasi-c.yaml"], result.listing)
        XCTAssertTrue(overlaps.allSatisfy { $0.severity == .error && $0.location.keyPath == "periode.mulai" })
        XCTAssertEqual(Set(overlaps.map(\.message)), ["this period overlaps the one of pk/administrasi-a.yaml"])
    }

    /// Three periods end to end (Jan–Apr, May–Aug, Sep–Dec), written in another file order:
    /// no overlap.
    func testThreeAdjacentPeriodsDoNotOverlap() throws {
        let result = try load([
            "pk/administrasi.yaml": nil,
            "pk/administrasi-a.yaml": Self.pk(mulai: "2023-09-01", selesai: "2023-12-31"),
            "pk/administrasi-b.yaml": Self.pk(mulai: "2023-01-01", selesai: "2023-04-30"),
            "pk/administrasi-c.yaml": Self.pk(mulai: "2023-05-01", selesai: "2023-08-31"),
        ])
        XCTAssertEqual(result.diagnostics(containing: "overlaps"), [], result.listing)
    }
}
