import Foundation
import LKjIPModel
import XCTest

/// `DataValidator`: the rules that need the whole data set. One test per rule class, each
/// run through the loader on a small data directory with one mistake.
final class DataValidatorTests: XCTestCase {
    private func load(_ changes: [String: String?]) throws -> (DataDirectory, ReportLoader.Result) {
        let directory = try DataDirectory(changes)
        addTeardownBlock { directory.remove() }
        return (directory, directory.load())
    }

    private func message(_ result: ReportLoader.Result, _ file: String, _ keyPath: String, file testFile: StaticString = #filePath, line: UInt = #line) -> String? {
        let found = result.diagnostics(file: file, keyPath: keyPath)
        XCTAssertEqual(found.count, 1, "one diagnostic at \(file) \(keyPath); all:\n\(result.listing)", file: testFile, line: line)
        return found.first?.message
    }

    /// A PK with two sasaran, three indicators and two kegiatan, for the rules that need more
    /// than the base directory has.
    static let pk2 = """
        divisi: administrasi
        pihak_pertama: kadiv-administrasi
        pihak_kedua: kakanwil
        tanggal: "2023-01-05"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan administratif
            indikator:
              - id: ss1-1
                nama: Indeks kepuasan layanan internal
                target: 3.1
              - id: ss1-2
                nama: Opini laporan keuangan
                target_teks: WTP
                skala: [WTP, WDP, TW, TMP]
          - id: ss2
            nama: Meningkatnya pelayanan tahanan
            indikator:
              - id: ss2-1
                nama: Persentase tahanan overstaying
                target: 10
                satuan: "%"
                polaritas: negatif
        kegiatan:
          - nama: Program Dukungan Manajemen
            program: true
          - id: dukungan
            nama: Pengelolaan Administratif
            anggaran: 1000
          - id: layanan
            nama: Layanan Tahanan
            anggaran: 500

        """

    static func realisasi2(units: String) -> String {
        """
        divisi: administrasi
        realisasi:
          - {indikator: ss1-1, nilai: 3.8}
          - {indikator: ss1-2, nilai_teks: WTP}
          - {indikator: ss2-1, nilai: 8}
        unit:
        \(units)
        """
    }

    static let oneUnit = """
          - riwayat: []
            anggaran: []
            renstra: []

        """

    /// The two-sasaran PK with its realisasi is itself valid.
    func testRicherDirectoryIsValid() throws {
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": Self.realisasi2(units: Self.oneUnit)])
        XCTAssertEqual(result.diagnostics, [], result.listing)
    }

    // MARK: Duplicate ids

    /// An id given twice names the line of the first.
    func testDuplicatePejabatId() throws {
        let pejabat = DataDirectory.pejabat + """
              - id: kakanwil
                nama: Budi Santoso
                nip: "197001011995031001"
                jabatan: Kepala Kantor Wilayah

            """
        let (directory, result) = try load(["pejabat.yaml": pejabat])
        let first = directory.position(of: "kakanwil", in: "pejabat.yaml").line
        XCTAssertEqual(message(result, "pejabat.yaml", "pejabat[2].id"), "duplicate pejabat id `kakanwil` (first defined at line \(first))")
    }

    func testDuplicateSasaranIndikatorAndKegiatanIds() throws {
        let pk = Self.pk2
            .replacingOccurrences(of: "  - id: ss2\n", with: "  - id: ss1\n")
            .replacingOccurrences(of: "      - id: ss2-1\n", with: "      - id: ss1-1\n")
            .replacingOccurrences(of: "  - id: layanan\n", with: "  - id: dukungan\n")
        let (_, result) = try load(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": Self.realisasi2(units: Self.oneUnit)])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "sasaran_kegiatan[1].id")?.hasPrefix("duplicate sasaran id `ss1`"), true)
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "sasaran_kegiatan[1].indikator[0].id")?.hasPrefix("duplicate indikator id `ss1-1`"), true)
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "kegiatan[2].id")?.hasPrefix("duplicate kegiatan id `dukungan`"), true)
    }

    func testDuplicateDivisiId() throws {
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "satker:", with: """
              - id: administrasi
                nama: Divisi Administrasi Lagi
                kepala: kadiv-administrasi
                tugas: Lagi.
            satker:
            """)
        let (_, result) = try load(["organisasi.yaml": organisasi])
        XCTAssertEqual(message(result, "organisasi.yaml", "divisi[1].id")?.hasPrefix("duplicate divisi id `administrasi`"), true)
    }

    // MARK: Unknown references

    func testUnknownPejabat() throws {
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "kepala: kadiv-administrasi", with: "kepala: kadiv-administrsi")
        let (directory, result) = try load(["organisasi.yaml": organisasi])
        XCTAssertEqual(message(result, "organisasi.yaml", "divisi[0].kepala"), "unknown pejabat `kadiv-administrsi`; did you mean `kadiv-administrasi`?")
        XCTAssertEqual(result.diagnostics(file: "organisasi.yaml", keyPath: "divisi[0].kepala").first?.location.line,
                       directory.position(of: "kadiv-administrsi", in: "organisasi.yaml").line)
    }

    /// Without a near name, the message lists what the other file defines.
    func testUnknownPejabatListsTheDefinedOnes() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "pihak_kedua: kakanwil", with: "pihak_kedua: sekretaris")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "pihak_kedua"), "unknown pejabat `sekretaris`; pejabat.yaml defines: `kakanwil`, `kadiv-administrasi`")
    }

    func testUnknownDivisi() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "divisi: administrasi", with: "divisi: adminstrasi")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "divisi"), "unknown divisi `adminstrasi`; did you mean `administrasi`?")
    }

    func testUnknownSasaranInAUnit() throws {
        let units = """
              - judul: Layanan
                sasaran: [ss1, ss9]
                riwayat: []
                anggaran: []
                renstra: []
              - judul: Tahanan
                sasaran: [ss2]
                riwayat: []
                anggaran: []
                renstra: []

            """
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": Self.realisasi2(units: units)])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "unit[0].sasaran[1]"), "unknown sasaran `ss9`; did you mean `ss1`?")
    }

    func testUnknownIndikatorInARevision() throws {
        let pk = DataDirectory.pk + """
            revisi:
              - nomor: 1
                tanggal: "2023-07-10"
                alasan: Penyesuaian target.
                target:
                  - {indikator: ss1-9, target: 3.2}

            """
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "revisi[0].target[0].indikator"), "unknown indikator `ss1-9`; did you mean `ss1-1`?")
    }

    func testUnknownKegiatanInARevision() throws {
        let pk = DataDirectory.pk + """
            revisi:
              - nomor: 1
                tanggal: "2023-07-10"
                alasan: Penyesuaian anggaran.
                anggaran:
                  - {kegiatan: pengelolaan, anggaran: 100}

            """
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "revisi[0].anggaran[0].kegiatan"),
                       "unknown kegiatan `pengelolaan`; this PK (give the kegiatan an id) defines: `dukungan`")
    }

    /// A sasaran may name the kegiatan that serve it; they must exist in the PK.
    func testUnknownKegiatanOfASasaran() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "    nama: Terwujudnya layanan administratif\n", with: "    nama: Terwujudnya layanan administratif\n    kegiatan: [dukungn]\n")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "sasaran_kegiatan[0].kegiatan[0]"), "unknown kegiatan `dukungn`; did you mean `dukungan`?")
    }

    // MARK: Realisasi entries

    /// A realisasi for an IKK that is not in the division's PK is an error.
    func testRealisasiForAnUnknownIKK() throws {
        let text = DataDirectory.realisasi.replacingOccurrences(of: "unit:", with: "  - indikator: ikk-pemantauan\n    nilai: 1\nunit:")
        let (_, result) = try load(["realisasi/administrasi.yaml": text])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[1].indikator"),
                       "unknown indikator `ikk-pemantauan`; the Perjanjian Kinerja of `administrasi` (pk/administrasi.yaml) defines: `ss1-1`")
        XCTAssertEqual(result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "realisasi[1].indikator").first?.severity, .error)
    }

    func testSecondRealisasiForTheSameIKK() throws {
        let text = DataDirectory.realisasi.replacingOccurrences(of: "unit:", with: "  - indikator: ss1-1\n    nilai: 3.9\nunit:")
        let (_, result) = try load(["realisasi/administrasi.yaml": text])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[1].indikator"), "second realisasi for indikator `ss1-1` (the first is realisasi[0])")
    }

    /// A realisasi is given one way only.
    func testRealisasiGivenTwoWays() throws {
        let text = DataDirectory.realisasi.replacingOccurrences(of: "    nilai: 3.8", with: "    nilai: 3.8\n    pembilang: 38\n    penyebut: 10")
        let (_, result) = try load(["realisasi/administrasi.yaml": text])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[0]"),
                       "give the realisasi one way only: `nilai`, `nilai_teks`, `pembilang` with `penyebut`, or `triwulan`")
    }

    func testPembilangWithoutPenyebut() throws {
        let text = DataDirectory.realisasi.replacingOccurrences(of: "    nilai: 3.8", with: "    pembilang: 38")
        let (_, result) = try load(["realisasi/administrasi.yaml": text])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[0].pembilang"), "`pembilang` and `penyebut` go together")
        let other = DataDirectory.realisasi.replacingOccurrences(of: "    nilai: 3.8", with: "    penyebut: 10")
        let (_, second) = try load(["realisasi/administrasi.yaml": other])
        XCTAssertEqual(message(second, "realisasi/administrasi.yaml", "realisasi[0].penyebut"), "`pembilang` and `penyebut` go together")
    }

    func testPenyebutZero() throws {
        let text = DataDirectory.realisasi.replacingOccurrences(of: "    nilai: 3.8", with: "    pembilang: 38\n    penyebut: 0")
        let (_, result) = try load(["realisasi/administrasi.yaml": text])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[0].penyebut"), "penyebut is 0: the realisasi pembilang / penyebut cannot be computed")
    }

    func testWordRealisasiOnANumericIndicator() throws {
        let text = DataDirectory.realisasi.replacingOccurrences(of: "    nilai: 3.8", with: "    nilai_teks: Baik")
        let (_, result) = try load(["realisasi/administrasi.yaml": text])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[0].nilai_teks"), "indikator `ss1-1` has a numeric target; give `nilai`")
    }

    func testNumericRealisasiOnAWordIndicator() throws {
        let realisasi = Self.realisasi2(units: Self.oneUnit).replacingOccurrences(of: "{indikator: ss1-2, nilai_teks: WTP}", with: "{indikator: ss1-2, nilai: 1}")
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": realisasi])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[1]"), "indikator `ss1-2` has the target \"WTP\"; give the realisasi as `nilai_teks`")
    }

    /// Quarterly realisasi needs quarterly targets.
    func testTriwulanOnAnIndicatorWithoutQuarterlyTargets() throws {
        let text = DataDirectory.realisasi.replacingOccurrences(of: "    nilai: 3.8", with: "    triwulan: {tw1: 3.5, tw2: 3.8}")
        let (_, result) = try load(["realisasi/administrasi.yaml": text])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "realisasi[0].triwulan"), "indikator `ss1-1` has no quarterly targets (triwulan); give `nilai`")
    }

    // MARK: Targets

    func testExactlyOneKindOfTarget() throws {
        let both = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 3.1\n        target_teks: Baik")
        let (_, result) = try load(["pk/administrasi.yaml": both])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[0]"), "give only one of `target`, `target_teks` and `target_rentang`")

        let rangeToo = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 3.1\n        target_rentang: [3, 4]")
        let (_, second) = try load(["pk/administrasi.yaml": rangeToo])
        XCTAssertEqual(message(second, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[0]"), "give only one of `target`, `target_teks` and `target_rentang`")

        let none = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1\n", with: "")
        let (_, third) = try load(["pk/administrasi.yaml": none])
        XCTAssertEqual(message(third, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[0]"), "missing target: give one of `target`, `target_teks` or `target_rentang`")
    }

    func testTargetRangeShape() throws {
        let three = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target_rentang: [80, 85, 90]")
        let (_, result) = try load(["pk/administrasi.yaml": three])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[0].target_rentang"), "expected two numbers [low, high], found 3")
        let reversed = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target_rentang: [90, 80]")
        let (_, second) = try load(["pk/administrasi.yaml": reversed])
        XCTAssertEqual(message(second, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[0].target_rentang")?.hasPrefix("the low end 90"), true)
    }

    /// IKU and IKP indicators (shown only in the PK lampiran) need target or target_teks too;
    /// the key path names the list they were typed in and their position in it.
    func testIKPWithoutTargetIsLocatedInItsOwnList() throws {
        let pk = DataDirectory.pk
            .replacingOccurrences(of: "sasaran_strategis: []", with: "sasaran_strategis:\n  - nama: Sasaran strategis\n    indikator:\n      - {nama: Nilai RB, target: 87}")
            .replacingOccurrences(of: "sasaran_program: []", with: "sasaran_program:\n  - nama: Sasaran program\n    indikator:\n      - {nama: Opini BPK}")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        let found = result.diagnostics(containing: "give either `target` or `target_teks`")
        XCTAssertEqual(found.count, 1, result.listing)
        XCTAssertEqual(found.first?.location.keyPath, "sasaran_program[0].indikator[0]", "the first (and only) sasaran_program")
    }

    func testSkalaRules() throws {
        let withoutWord = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1", with: "        target: 3.1\n        skala: [A, B, C]")
        let (_, first) = try load(["pk/administrasi.yaml": withoutWord])
        XCTAssertEqual(message(first, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[0].skala"), "`skala` orders the words of a `target_teks`; this indicator has none")

        let notOnScale = Self.pk2.replacingOccurrences(of: "target_teks: WTP", with: "target_teks: Wajar")
        let (_, second) = try load(["pk/administrasi.yaml": notOnScale, "realisasi/administrasi.yaml": Self.realisasi2(units: Self.oneUnit)])
        XCTAssertEqual(message(second, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[1].skala"), "target_teks \"Wajar\" is not on the skala: WTP, WDP, TW, TMP")

        let realisasi = Self.realisasi2(units: Self.oneUnit).replacingOccurrences(of: "nilai_teks: WTP", with: "nilai_teks: Baik")
        let (_, third) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": realisasi])
        XCTAssertEqual(message(third, "realisasi/administrasi.yaml", "realisasi[1].nilai_teks"), "\"Baik\" is not on the skala of `ss1-2`: WTP, WDP, TW, TMP")
    }

    func testQuarterlyTargetsNeedANumericTarget() throws {
        let pk = Self.pk2.replacingOccurrences(of: "        skala: [WTP, WDP, TW, TMP]", with: "        triwulan: {tw4: 1, agregasi: akhir}")
        let (_, result) = try load(["pk/administrasi.yaml": pk, "realisasi/administrasi.yaml": Self.realisasi2(units: Self.oneUnit)])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "sasaran_kegiatan[0].indikator[1].triwulan"), "quarterly targets need a numeric yearly `target`")
    }

    /// A kegiatan line needs its amount; only programme lines are computed.
    func testKegiatanWithoutAnggaran() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "    anggaran: 17496194000\n", with: "")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "kegiatan[1]"), "missing required key `anggaran` (Rupiah of this kegiatan; only programme lines and lines named by a kode of anggaran.yaml program_kegiatan are computed)")
    }

    /// A PK of the report year is signed in that year or the one before; otherwise a warning.
    func testAgreementDateOutsideTheYearWarns() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "tanggal: \"2023-01-05\"", with: "tanggal: \"2020-01-05\"")
        let (_, result) = try load(["pk/administrasi.yaml": pk])
        let diagnostic = result.diagnostics(file: "pk/administrasi.yaml", keyPath: "tanggal").first
        XCTAssertEqual(diagnostic?.severity, .warning)
        XCTAssertEqual(diagnostic?.message, "a Perjanjian Kinerja 2023 signed on 2020-01-05? expected a date in 2022 or 2023")
    }

    // MARK: Revisions

    private static func revisions(_ items: [(nomor: Int, tanggal: String)]) -> String {
        "revisi:\n" + items.map { "  - nomor: \($0.nomor)\n    tanggal: \"\($0.tanggal)\"\n    alasan: Penyesuaian.\n    target:\n      - {indikator: ss1-1, target: 3.2}\n" }.joined()
    }

    func testRevisionsWithTheSameNomor() throws {
        let (_, result) = try load(["pk/administrasi.yaml": DataDirectory.pk + Self.revisions([(1, "2023-07-10"), (1, "2023-08-10")])])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "revisi[1].nomor"), "a second Revisi 1 (the first is revisi[0]); number revisions 1, 2, 3")
    }

    func testRevisionDatedBeforeTheAgreement() throws {
        let (_, result) = try load(["pk/administrasi.yaml": DataDirectory.pk + Self.revisions([(1, "2023-01-02")])])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "revisi[0].tanggal"), "Revisi 1 is dated 2023-01-02, not after the agreement it revises (2023-01-05)")
        let (_, sameDay) = try load(["pk/administrasi.yaml": DataDirectory.pk + Self.revisions([(1, "2023-01-05")])])
        XCTAssertEqual(sameDay.diagnostics(file: "pk/administrasi.yaml", keyPath: "revisi[0].tanggal").count, 1, "the same day is not after")
    }

    func testRevisionsOutOfOrder() throws {
        let (_, result) = try load(["pk/administrasi.yaml": DataDirectory.pk + Self.revisions([(1, "2023-08-01"), (2, "2023-07-01")])])
        XCTAssertEqual(message(result, "pk/administrasi.yaml", "revisi[1].tanggal"),
                       "Revisi 2 (2023-07-01) and Revisi 1 (2023-08-01) are out of order: a later number needs a later date")
        // Listed in reverse but numbered consistently with their dates: fine.
        let (_, listedInReverse) = try load(["pk/administrasi.yaml": DataDirectory.pk + Self.revisions([(2, "2023-08-01"), (1, "2023-07-01")])])
        XCTAssertEqual(listedInReverse.diagnostics, [], listedInReverse.listing)
    }

    // MARK: Units

    func testSeveralUnitsWithoutSasaranOrJudul() throws {
        let units = """
              - judul: Layanan
                riwayat: []
                anggaran: []
                renstra: []
              - riwayat: []
                anggaran: []
                renstra: []

            """
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": Self.realisasi2(units: units)])
        let unit0 = result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "unit[0]").map(\.message)
        XCTAssertEqual(unit0, ["the division is reported in 2 units: give this unit its `sasaran` (ids of pk/administrasi.yaml: ss1, ss2)"])
        let unit1 = result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "unit[1]").map(\.message)
        XCTAssertTrue(unit1.contains("the division is reported in 2 units: give this unit a `judul`"), unit1.description)
        XCTAssertTrue(unit1.contains("the division is reported in 2 units: give this unit its `sasaran` (ids of pk/administrasi.yaml: ss1, ss2)"), unit1.description)
    }

    func testSasaranUncovered() throws {
        let units = """
              - judul: Layanan
                sasaran: [ss1]
                riwayat: []
                anggaran: []
                renstra: []

            """
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": Self.realisasi2(units: units)])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "unit"),
                       "sasaran `ss2` (Meningkatnya pelayanan tahanan…) of pk/administrasi.yaml is reported in no unit; add it to a unit's `sasaran`")
    }

    func testSasaranCoveredTwice() throws {
        let units = """
              - judul: Layanan
                sasaran: [ss1, ss2]
                riwayat: []
                anggaran: []
                renstra: []
              - judul: Tahanan
                sasaran: [ss2]
                riwayat: []
                anggaran: []
                renstra: []

            """
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": Self.realisasi2(units: units)])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "unit[1].sasaran[0]"), "sasaran `ss2` is already reported in unit[0] (Layanan); each sasaran belongs to one unit")
    }

    func testTwoUnitsPrintingTheSameTables() throws {
        let units = """
              - judul: Layanan
                sasaran: [ss1, ss2]
                riwayat: []
                anggaran: []
                renstra: []
              - judul: Layanan
                sasaran: [ss2, ss1]
                riwayat: []
                anggaran: []
                renstra: []

            """
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": Self.realisasi2(units: units)])
        XCTAssertEqual(result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "unit[1]").map(\.message),
                       ["unit[1] would print the same tables as unit[0]: same title and sasaran"], result.listing)
    }

    /// A history or Renstra row needs a label or a linked indicator, and a linked indicator
    /// must exist.
    func testRowsNeedANameOrAnIndicator() throws {
        let units = """
              - riwayat:
                  - nilai: {"2022": 3.8}
                  - indikator: ss1-9
                    nilai: {"2022": 3.8}
                anggaran: []
                renstra:
                  - target: {"2024": 4}
                    realisasi: {}

            """
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk2, "realisasi/administrasi.yaml": Self.realisasi2(units: units)])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "unit[0].riwayat[0]"), "give the row a `nama` or link it to an `indikator`")
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "unit[0].riwayat[1].indikator"), "unknown indikator `ss1-9`; did you mean `ss1-1`?")
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "unit[0].renstra[0]"), "give the row a `nama` or link it to an `indikator`")
    }

    // MARK: Divisions and agreements

    func testRealisasiFileForADivisionWithoutPK() throws {
        let organisasi = DataDirectory.organisasi.replacingOccurrences(of: "satker:", with: """
              - id: keuangan
                nama: Divisi Keuangan
                kepala: kadiv-administrasi
                tugas: Keuangan.
            satker:
            """)
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "divisi: administrasi", with: "divisi: keuangan")
        let (_, result) = try load(["organisasi.yaml": organisasi, "realisasi/keuangan.yaml": realisasi])
        XCTAssertEqual(message(result, "realisasi/keuangan.yaml", "divisi"), "divisi `keuangan` has no Perjanjian Kinerja (pk/keuangan.yaml)")
    }

    func testTwoRealisasiFilesForOneDivision() throws {
        let (_, result) = try load(["realisasi/administrasi-2.yaml": DataDirectory.realisasi])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "divisi"), "divisi `administrasi` already has a realisasi file: realisasi/administrasi-2.yaml")
    }

    private static func pk(periode: String?) -> String {
        guard let periode else { return DataDirectory.pk }
        return DataDirectory.pk.replacingOccurrences(of: "tanggal: \"2023-01-05\"\n", with: "tanggal: \"2023-01-05\"\nperiode: \(periode)\n")
    }

    /// A division whose head changed has one PK per head, each with a period.
    func testSeveralAgreementsWithoutPeriode() throws {
        let (_, result) = try load(["pk/administrasi.yaml": nil, "pk/administrasi-1.yaml": Self.pk(periode: nil), "pk/administrasi-2.yaml": Self.pk(periode: nil)])
        let expected = "divisi `administrasi` has 2 Perjanjian Kinerja (pk/administrasi-1.yaml, pk/administrasi-2.yaml); each needs a `periode` (mulai, selesai) when the head changed during the year"
        XCTAssertEqual(message(result, "pk/administrasi-1.yaml", "divisi"), expected)
        XCTAssertEqual(message(result, "pk/administrasi-2.yaml", "divisi"), expected)
    }

    func testOverlappingPeriods() throws {
        let (_, result) = try load([
            "pk/administrasi.yaml": nil,
            "pk/administrasi-1.yaml": Self.pk(periode: "{mulai: \"2023-01-01\", selesai: \"2023-07-15\"}"),
            "pk/administrasi-2.yaml": Self.pk(periode: "{mulai: \"2023-07-01\", selesai: \"2023-12-31\"}"),
        ])
        XCTAssertEqual(message(result, "pk/administrasi-2.yaml", "periode.mulai"), "this period overlaps the one of pk/administrasi-1.yaml")
        let (_, adjacent) = try load([
            "pk/administrasi.yaml": nil,
            "pk/administrasi-1.yaml": Self.pk(periode: "{mulai: \"2023-01-01\", selesai: \"2023-06-30\"}"),
            "pk/administrasi-2.yaml": Self.pk(periode: "{mulai: \"2023-07-01\", selesai: \"2023-12-31\"}"),
        ])
        XCTAssertEqual(adjacent.diagnostics, [], adjacent.listing)
    }

    /// Three heads in one year: a period overlapping an earlier one that is not the one
    /// just before it is an overlap too. Jan–Dec, Feb–Mar, Jun–Jul: the third overlaps the first.
    func testOverlapWithAnEarlierNonAdjacentPeriod() throws {
        let (_, result) = try load([
            "pk/administrasi.yaml": nil,
            "pk/administrasi-1.yaml": Self.pk(periode: "{mulai: \"2023-01-01\", selesai: \"2023-12-31\"}"),
            "pk/administrasi-2.yaml": Self.pk(periode: "{mulai: \"2023-02-01\", selesai: \"2023-03-31\"}"),
            "pk/administrasi-3.yaml": Self.pk(periode: "{mulai: \"2023-06-01\", selesai: \"2023-07-31\"}"),
        ])
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi-2.yaml", keyPath: "periode.mulai").count, 1, result.listing)
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi-3.yaml", keyPath: "periode.mulai").count, 1,
                       "2023-06-01–2023-07-31 lies inside 2023-01-01–2023-12-31; got:\n\(result.listing)")
    }

    func testPeriodOutsideTheYearOrReversed() throws {
        let (_, result) = try load([
            "pk/administrasi.yaml": nil,
            "pk/administrasi-1.yaml": Self.pk(periode: "{mulai: \"2023-06-30\", selesai: \"2023-01-01\"}"),
            "pk/administrasi-2.yaml": Self.pk(periode: "{mulai: \"2023-07-01\", selesai: \"2024-01-31\"}"),
        ])
        XCTAssertEqual(message(result, "pk/administrasi-1.yaml", "periode.selesai"), "the period ends (2023-01-01) before it starts (2023-06-30)")
        XCTAssertEqual(message(result, "pk/administrasi-2.yaml", "periode"), "the period must lie within 2023")
    }

    // MARK: People

    /// One NIP with two names is an error: the seed signs as "Haris Sukamto" and "Haris
    /// Sukanto" with NIP 19660605 198911 1 001.
    func testOneNIPWithTwoNames() throws {
        let pejabat = DataDirectory.pejabat + """
              - id: kakanwil-pk
                nama: Haris Sukanto
                nip: "196606051989111001"
                jabatan: Kepala Kantor Wilayah

            """
        let (_, result) = try load(["pejabat.yaml": pejabat])
        let diagnostic = result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[2].nama").first
        XCTAssertEqual(diagnostic?.severity, .error)
        XCTAssertEqual(diagnostic?.message,
                       "NIP 19660605 198911 1 001 is used for \"Haris Sukanto\" (pejabat `kakanwil-pk`) and for \"Haris Sukamto\" (pejabat `kakanwil`); one NIP must have one name")
    }

    /// The same name with other spacing or case is the same name.
    func testOneNIPWithTheSameNameDifferentlySpaced() throws {
        let pejabat = DataDirectory.pejabat + """
              - id: kakanwil-pk
                nama: "HARIS  Sukamto"
                nip: "19660605 198911 1 001"
                jabatan: Kepala Kantor Wilayah

            """
        let (_, result) = try load(["pejabat.yaml": pejabat])
        XCTAssertEqual(result.diagnostics, [], result.listing)
    }

    /// Two names one or two edits apart with different NIPs are probably one person: a
    /// warning (the seed's "Hari Sukamto" with NIP 19660505 ...).
    func testTwoSimilarNamesWarn() throws {
        let pejabat = DataDirectory.pejabat + """
              - id: kakanwil-lampiran
                nama: Hari Sukamto
                nip: "196605051989111001"
                jabatan: Kepala Kantor Wilayah

            """
        let (_, result) = try load(["pejabat.yaml": pejabat])
        let diagnostic = result.diagnostics(file: "pejabat.yaml", keyPath: "pejabat[2].nama").first
        XCTAssertEqual(diagnostic?.severity, .warning, result.listing)
        XCTAssertEqual(diagnostic?.message,
                       "\"Hari Sukamto\" (pejabat `kakanwil-lampiran`, NIP 19660505 198911 1 001) and \"Haris Sukamto\" (pejabat `kakanwil`, NIP 19660605 198911 1 001) are probably the same person; check the name and NIP")
        XCTAssertEqual(result.errors, [])
    }

    // MARK: Organisation

    func testJenisSatkerReferences() throws {
        let organisasi = "jenis_satker:\n  - {id: lapas, nama: Lembaga Pemasyarakatan}\n  - {id: lapas, nama: Lapas lagi}\n" + DataDirectory.organisasi + """
              - nama: Lapas Padang
                jenis: lapass
                laki_laki: 101
                perempuan: 22

            """
        let (_, result) = try load(["organisasi.yaml": organisasi])
        XCTAssertEqual(message(result, "organisasi.yaml", "jenis_satker[1].id")?.hasPrefix("duplicate jenis satker id `lapas`"), true)
        XCTAssertEqual(message(result, "organisasi.yaml", "satker[1].jenis"), "unknown jenis satker `lapass`; did you mean `lapas`?")
    }

    /// Spending per kegiatan must name a kegiatan of the PK.
    func testAnggaranKegiatanReference() throws {
        let realisasi = DataDirectory.realisasi.replacingOccurrences(of: "unit:", with: "anggaran_kegiatan:\n  - {kegiatan: dukung, realisasi: 100}\nunit:")
        let (_, result) = try load(["realisasi/administrasi.yaml": realisasi])
        XCTAssertEqual(message(result, "realisasi/administrasi.yaml", "anggaran_kegiatan[0].kegiatan"), "unknown kegiatan `dukung`; did you mean `dukungan`?")
    }
}
