@testable import LKjIPCompute
@testable import LKjIPModel
import XCTest

final class CheckerTests: XCTestCase {
    private func check(_ data: ReportData) throws -> [Diagnostic] {
        Checker.check(data, computed: try ReportComputer.compute(data))
    }

    private func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.severity.rawValue) \($0.location.file) \($0.location.keyPath): \($0.message)" }
    }

    func testTheSeedsInconsistenciesAreFound() throws {
        let diagnostics = try check(SeedData.report())
        XCTAssertEqual(summary(diagnostics), [
            "error realisasi/pelayanan-hukum.yaml realisasi[4].indikator: realisasi for indikator `ikk-ki-pemantauan`, which is not in the Perjanjian Kinerja of `pelayanan-hukum`; known: `ikk-pnbp`, `ikk-pengaduan-notaris`, `ikk-ki-permohonan`, `ikk-ki-diseminasi`",
            "warning realisasi/pelayanan-hukum.yaml realisasi[2].nilai: indikator `ikk-ki-permohonan` has no realisasi in realisasi/pelayanan-hukum.yaml; it is shown as \"-\" and left out of NILAI SS",
            "error realisasi/pemasyarakatan.yaml realisasi[7].capaian: capaian is stated as 400% but computes to 441,18% (75 / 17 × 100); remove it or correct it",
            "error organisasi.yaml satker[0].jumlah: jumlah of SUMATERA BARAT - KANWIL KEMENTERIAN HUKUM DAN HAM SUMATERA BARAT is stated as 185 but laki_laki 93 + perempuan 91 = 184",
            "error pejabat.yaml pejabat[1].nama: NIP 19660605 198911 1 001 is used for \"Haris Sukanto\" (pejabat `kakanwil-pk`) and for \"Haris Sukamto\" (pejabat `kakanwil`); one NIP must have one name",
            "warning pejabat.yaml pejabat[2].nama: \"Hari Sukamto\" (pejabat `kakanwil-lampiran`, NIP 19660505 198911 1 001) and \"Haris Sukamto\" (pejabat `kakanwil`, NIP 19660605 198911 1 001) are probably the same person; check the name and NIP",
            "warning pejabat.yaml pejabat[2].nama: \"Hari Sukamto\" (pejabat `kakanwil-lampiran`, NIP 19660505 198911 1 001) and \"Haris Sukanto\" (pejabat `kakanwil-pk`, NIP 19660605 198911 1 001) are probably the same person; check the name and NIP",
            "error pejabat.yaml pejabat[6].nama: NIP 19700411 199903 2 001 is used for \"Rulana Pendah Harsiwi\" (pejabat `kadiv-pelayanan-hukum-pk`) and for \"Ruliana Pendah Harsiwi\" (pejabat `kadiv-pelayanan-hukum`); one NIP must have one name",
            "error narasi/struktur-organisasi.md : 15 is written \"enam belas\"; expected \"lima belas\"",
            "error narasi/struktur-organisasi.md : 8 is written \"tujuh\"; expected \"delapan\"",
        ])
    }

    func testDiagnosticsCarryTheLineOfTheSourceMap() throws {
        let diagnostics = try check(SeedData.report())
        let nip = try XCTUnwrap(diagnostics.first { $0.location.keyPath == "pejabat[1].nama" })
        XCTAssertEqual(nip.location.line, 9)
        XCTAssertEqual(nip.location.column, 11)
        XCTAssertTrue(nip.description.hasPrefix("pejabat.yaml:9:11: pejabat[1].nama: error: NIP 19660605 198911 1 001"), nip.description)
        let words = try XCTUnwrap(diagnostics.first { $0.location.file == "narasi/struktur-organisasi.md" })
        XCTAssertEqual(words.location.line, 1)
    }

    func testCountWordsAreCheckedLineByLineAndOnlyForNumberWords() {
        let text = """
        Terdapat 28 (dua puluh delapan) UPT dan 1.643 (seribu enam ratus empat puluh tiga) pegawai.
        Perjanjian Kinerja 2023 (Revisi) ditandatangani; nilai 3,15 (tiga koma lima belas) dan 9 (Sembilan) Misi.
        Sebanyak 11 (sepuluh) kegiatan dan 1.000 (satu ribu) peserta, 2 (Dua Puluh) orang.
        """
        let found = Checker.countWords(in: text) { line in SourceLocation(file: "narasi/x.md", line: line, column: nil, keyPath: "") }
        XCTAssertEqual(found.map(\.message), [
            "11 is written \"sepuluh\"; expected \"sebelas\"",
            "1.000 is written \"satu ribu\"; expected \"seribu\"",
            "2 is written \"Dua Puluh\"; expected \"dua\"",
        ])
        XCTAssertEqual(found.map { $0.location.line }, [3, 3, 3])
        XCTAssertTrue(found.allSatisfy { $0.severity == .error })
    }

    func testCountWordsInYamlTextFieldsUseTheFieldsLocation() throws {
        var data = SeedData.report()
        data.capaian[0].unit[0].penyebab = "Dilakukan 3 (empat) langkah efisiensi."
        data.renstra.misi.append("Melaksanakan 7 (tujuh) misi.")
        let diagnostics = try check(data).filter { $0.message.contains("is written") && !$0.location.file.hasPrefix("narasi/") }
        XCTAssertEqual(diagnostics.map { "\($0.location.file) \($0.location.keyPath)" }, [
            "realisasi/administrasi.yaml unit[0].penyebab",
        ])
        XCTAssertEqual(diagnostics.first?.message, "3 is written \"empat\"; expected \"tiga\"")
    }

    func testTargetZeroAndStatedCapaianThatCannotBeComputed() throws {
        var data = SeedData.report()
        data.perjanjian[0].sasaranKegiatan[0].indikator[0].target = 0
        data.capaian[0].realisasi[0].capaian = 123
        let diagnostics = try check(data).filter { $0.location.file.hasSuffix("administrasi.yaml") }
        XCTAssertEqual(summary(diagnostics), [
            "error realisasi/administrasi.yaml realisasi[0].capaian: capaian 123% is stated but cannot be computed: the target is 0",
            "warning pk/administrasi.yaml sasaran_kegiatan[0].indikator[0].target: target of indikator `ikk-kepuasan-internal` is 0; its capaian cannot be computed and is shown as \"-\"",
        ])
    }

    func testStatedCapaianWithinHalfAPercentIsAccepted() throws {
        var data = SeedData.report()
        data.capaian[1].realisasi[7].capaian = 441
        data.capaian[0].realisasi[0].capaian = 122.6
        XCTAssertFalse(try check(data).contains { $0.location.keyPath.hasSuffix(".capaian") })
    }

    func testNegatifPolarityStatedCapaianNamesItsFormula() throws {
        var data = SeedData.report()
        data.perjanjian[0].sasaranKegiatan[0].indikator[0].polaritas = .negatif
        data.capaian[0].realisasi[0].capaian = 123
        let diagnostic = try XCTUnwrap(try check(data).first { $0.location.keyPath == "realisasi[0].capaian" })
        XCTAssertEqual(diagnostic.message, "capaian is stated as 123% but computes to 77,42% ((2 × 3,1 − 3,8) / 3,1 × 100); remove it or correct it")
    }

    func testRealisasiAbovePaguIsAWarning() throws {
        var data = SeedData.report()
        data.anggaran.realisasi[0].realisasi = 210_000_000_000
        data.capaian[2].unit[1].anggaran[3].realisasi = 1_400_000_000
        let diagnostics = try check(data).filter { $0.message.contains("exceeds the pagu") }
        XCTAssertEqual(summary(diagnostics), [
            "warning anggaran.yaml realisasi[0].realisasi: realisasi Rp 210.000.000.000 of 2023 exceeds the pagu Rp 209.168.138.000 (100,40%)",
            "warning realisasi/pelayanan-hukum.yaml unit[1].anggaran[3].realisasi: realisasi Rp 1.400.000.000 of 2023 exceeds the pagu Rp 1.342.490.000 (104,28%)",
        ])
    }

    func testDuplicateRealisasiMissingFileAndShortNip() throws {
        var data = SeedData.report()
        data.capaian[0].realisasi.append(SeedData.realisasi("ikk-kepuasan-internal", 4))
        data.pejabat[3].nip = "19681209199403100"
        var withoutFile = data
        withoutFile.capaian.remove(at: 1)
        let diagnostics = try check(withoutFile)
        XCTAssertTrue(summary(diagnostics).contains("error realisasi/administrasi.yaml realisasi[1].indikator: second realisasi for indikator `ikk-kepuasan-internal` (the first is realisasi[0]); only the first is used"))
        XCTAssertTrue(summary(diagnostics).contains("warning pk/pemasyarakatan.yaml divisi: divisi `pemasyarakatan` has no realisasi file (realisasi/pemasyarakatan.yaml); every capaian is shown as \"-\""))
        XCTAssertTrue(summary(diagnostics).contains("warning pejabat.yaml pejabat[3].nip: NIP \"19681209199403100\" of Ramelan Suprihadi should be 18 digits"))
        XCTAssertFalse(diagnostics.contains { $0.message.hasPrefix("indikator `ikk-") && $0.location.file.contains("pemasyarakatan") })
    }

    func testEditDistance() {
        XCTAssertEqual(EditDistance.between("haris sukamto", "hari sukamto"), 1)
        XCTAssertEqual(EditDistance.between("haris sukamto", "haris sukanto"), 1)
        XCTAssertEqual(EditDistance.between("haris sukanto", "hari sukamto"), 2)
        XCTAssertEqual(EditDistance.between("", "abc"), 3)
        XCTAssertEqual(EditDistance.between("ramelan suprihadi", "novianto sulastono") > 2, true)
    }
}
