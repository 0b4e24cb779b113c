@testable import LKjIPCompute
@testable import LKjIPModel
import XCTest

final class ReportComputerTests: XCTestCase {
    func testEmployeesFromTheSeedsTwentyNineSatker() throws {
        let report = try ReportComputer.compute(SeedData.report())
        XCTAssertEqual(report.pegawai.baris.count, 29)
        XCTAssertEqual(report.pegawai.lakiLaki, 1267)
        XCTAssertEqual(report.pegawai.perempuan, 376)
        XCTAssertEqual(report.pegawai.total, 1643)
        XCTAssertEqual(IndonesianFormat.integer(Int64(report.pegawai.total)), "1.643")
        XCTAssertEqual(report.pegawai.baris.map(\.nomor), Array(1...29))
        // The typed (wrong) jumlah 185 is never used: the row total is computed.
        XCTAssertEqual(report.pegawai.baris[0].total, 184)
        XCTAssertEqual(report.pegawai.baris.map(\.total), SeedData.pegawai.map { $0.laki + $0.perempuan })
    }

    func testUptCountsPerJenis() throws {
        let report = try ReportComputer.compute(SeedData.report())
        XCTAssertEqual(report.jumlahUpt, 28)
        XCTAssertEqual(IndonesianFormat.countWithWords(report.jumlahUpt), "28 (dua puluh delapan)")
        XCTAssertEqual(report.satkerPerJenis.map(\.jenis), ["lapas", "lpka", "rutan", "bapas", "rupbasan", "kanim"])
        XCTAssertEqual(report.satkerPerJenis.map(\.jumlah), [14, 1, 8, 2, 1, 2])
        XCTAssertEqual(report.satkerPerJenis[0].label, "Lembaga Pemasyarakatan (LAPAS)")
        XCTAssertEqual(report.satkerPerJenis[4].label, "Rumah Penyimpanan Benda Sitaan Negara (RUPBASAN)")
    }

    func testUnknownJenisIsListedAfterTheKnownOnes() {
        let satker = [
            Satker(nama: "A", jenis: "kanim", lakiLaki: 1, perempuan: 1, jumlah: nil),
            Satker(nama: "B", jenis: "balai", lakiLaki: 1, perempuan: 1, jumlah: nil),
            Satker(nama: "C", jenis: "LAPAS", lakiLaki: 1, perempuan: 1, jumlah: nil),
        ]
        let counts = ReportComputer.satkerPerJenis(satker)
        XCTAssertEqual(counts.map(\.jenis), ["lapas", "kanim", "balai"])
        XCTAssertEqual(counts.map(\.label), ["Lembaga Pemasyarakatan (LAPAS)", "Kantor Imigrasi (KANIM)", "BALAI"])
    }

    func testDivisiFollowOrganisasiOrderWithNilaiSS() throws {
        let report = try ReportComputer.compute(SeedData.report())
        XCTAssertEqual(report.divisi.map(\.divisi.id), ["administrasi", "pemasyarakatan", "pelayanan-hukum"])
        let pemasyarakatan = report.divisi[1]
        XCTAssertEqual(pemasyarakatan.kepala.nama, "Muhammad Ali Syeh Banna")
        XCTAssertEqual(pemasyarakatan.sasaran.map(\.kode), ["SS1", "SS2", "SS3"])
        XCTAssertEqual(pemasyarakatan.sasaran.map(\.jumlahIndikator), [1, 3, 7])
        XCTAssertEqual(pemasyarakatan.sasaran.map { IndonesianFormat.capaian($0.nilai) }, ["102%", "115%", "163%"])
        XCTAssertEqual(pemasyarakatan.sasaran.map(\.status), [.melebihi, .melebihi, .melebihi])
        let risiko = pemasyarakatan.sasaran[2].indikator[4]
        XCTAssertEqual(IndonesianFormat.capaian(risiko.capaian), "441%")
        XCTAssertEqual(pemasyarakatan.units.count, 1)
        XCTAssertEqual(pemasyarakatan.units[0].sasaran.count, 3)

        let administrasi = report.divisi[0]
        XCTAssertEqual(IndonesianFormat.capaian(administrasi.sasaran[0].nilai), "123%")
        XCTAssertEqual(administrasi.units[0].anggaran.map { IndonesianFormat.persenAnggaran($0.persen) }, ["98,77%", "98,43%", "99,22%", "99,56%"])
        XCTAssertNil(administrasi.units[0].anggaran[0].perubahanPagu)
        XCTAssertEqual(IndonesianFormat.number(administrasi.units[0].anggaran[3].perubahanPagu!, decimals: 2), "23,09")
    }

    func testUnitsTakeTheirSasaranAndMissingRealisasiIsLeftOutOfNilaiSS() throws {
        let report = try ReportComputer.compute(SeedData.report())
        let yankum = report.divisi[2]
        XCTAssertEqual(yankum.units.map { $0.sasaran.map(\.sasaran.id) }, [["ss-ahu", "ss-mknw"], ["ss-ki"]])
        XCTAssertEqual(yankum.sasaran.map { IndonesianFormat.capaian($0.nilai) }, ["-14%", "116%", "300%"])
        XCTAssertEqual(yankum.sasaran.map(\.status), [.negatif, .melebihi, .melebihi])
        let ki = yankum.sasaran[2]
        XCTAssertNil(ki.indikator[0].realisasi)
        XCTAssertNil(ki.indikator[0].capaian)
        XCTAssertEqual(ki.indikator[0].status, .tidakAdaData)
        XCTAssertEqual(ki.indikator[0].keterangan, "Data belum diterima dari DJKI")
        XCTAssertEqual(yankum.sasaran[0].indikator[0].keterangan, "Penurunan 0,7% dari Tahun 2022")
    }

    func testRevisionIsApplied() throws {
        let report = try ReportComputer.compute(SeedData.report())
        let pk = try XCTUnwrap(report.perjanjian.first { $0.divisi.id == "pemasyarakatan" })
        XCTAssertEqual(pk.revisi?.nomor, 1)
        XCTAssertEqual(pk.tanggal, "2023-07-14")
        XCTAssertEqual(pk.perjanjian.sasaranKegiatan[2].indikator[4].target, 17)
        XCTAssertEqual(pk.perubahan.count, 1)
        XCTAssertEqual(pk.perubahan[0].nama, "Persentase narapidana risiko tinggi yang berubah perilakunya")
        XCTAssertEqual(pk.perubahan[0].targetAwal, 15)
        XCTAssertEqual(pk.perubahan[0].targetRevisi, 17)
        XCTAssertEqual(pk.perubahan[0].nomor, 1)
        let indikator = report.divisi[1].sasaran[2].indikator[4]
        XCTAssertEqual(indikator.indikator.target, 17)
        XCTAssertEqual(indikator.targetAwal, 15)
        XCTAssertNil(report.divisi[1].sasaran[2].indikator[0].targetAwal)
        let unrevised = try XCTUnwrap(report.perjanjian.first { $0.divisi.id == "administrasi" })
        XCTAssertNil(unrevised.revisi)
        XCTAssertEqual(unrevised.tanggal, "2023-01-05")
    }

    func testLaterRevisionsOverrideEarlierOnesAndBudgetsChange() throws {
        var data = SeedData.report()
        data.perjanjian[1].revisi = [
            Revisi(nomor: 2, tanggal: "2023-09-01", alasan: "Revisi kedua",
                   target: [PerubahanTarget(indikator: "ikk-pnbp", target: 4)], anggaran: [PerubahanAnggaran(kegiatan: "ki", anggaran: 1_500_000_000)]),
            Revisi(nomor: 1, tanggal: "2023-06-01", alasan: "Revisi pertama",
                   target: [PerubahanTarget(indikator: "ikk-pnbp", target: 3), PerubahanTarget(indikator: "ikk-pengaduan-notaris", target: 90)], anggaran: nil),
        ]
        let report = try ReportComputer.compute(data)
        let pk = try XCTUnwrap(report.perjanjian.first { $0.divisi.id == "pelayanan-hukum" })
        XCTAssertEqual(pk.revisi?.nomor, 2)
        XCTAssertEqual(pk.tanggal, "2023-09-01")
        XCTAssertEqual(pk.perubahan.map(\.indikator.id), ["ikk-pnbp", "ikk-pengaduan-notaris"])
        XCTAssertEqual(pk.perubahan.map(\.targetAwal), [5, 86])
        XCTAssertEqual(pk.perubahan.map(\.targetRevisi), [4, 90])
        XCTAssertEqual(pk.perubahan.map(\.alasan), ["Revisi kedua", "Revisi pertama"])
        XCTAssertEqual(pk.totalAnggaran, 3_482_602_000 + 1_500_000_000 + 1_403_439_000)
        // PNBP -0,7 against the revised 4 %.
        XCTAssertEqual(IndonesianFormat.capaian(report.divisi[2].sasaran[0].nilai), "-18%")
    }

    func testTotalAnggaranSkipsTheProgrammeLine() throws {
        let report = try ReportComputer.compute(SeedData.report())
        XCTAssertEqual(report.perjanjian.map(\.totalAnggaran), [17_496_194_000, 6_228_535_000, 822_875_000])
        XCTAssertEqual(IndonesianFormat.rupiah(report.perjanjian[1].totalAnggaran), "Rp 6.228.535.000")
        XCTAssertEqual(report.perjanjian[1].pihakPertama.nama, "Rulana Pendah Harsiwi")
    }

    func testOfficeBudgetIsSortedByYear() throws {
        let report = try ReportComputer.compute(SeedData.report())
        XCTAssertEqual(report.anggaranKantor.map(\.tahun), [2022, 2023])
        XCTAssertEqual(report.anggaranKantor.map { IndonesianFormat.persenAnggaran($0.persen) }, ["94,98%", "99,21%"])
    }

    func testUnresolvableReferencesAreReportedTogetherWithLocations() {
        var data = SeedData.report()
        data.perjanjian[0].pihakPertama = "kadiv-adm"
        data.perjanjian[2].revisi?[0].target?[0].indikator = "ikk-hilang"
        data.capaian[2].unit[1].sasaran = ["ss-ki", "ss-tidak-ada"]
        data.organisasi.divisi[1].kepala = "nobody"
        data.sources.locations["pk/administrasi.yaml: pihak_pertama"] = SourceLocation(file: "pk/administrasi.yaml", line: 3, column: 16, keyPath: "pihak_pertama")
        XCTAssertThrowsError(try ReportComputer.compute(data)) { error in
            guard let list = error as? DiagnosticList else { return XCTFail("\(error)") }
            let found = list.diagnostics.map { "\($0.location.file) \($0.location.keyPath)" }
            XCTAssertEqual(found, [
                "pk/administrasi.yaml pihak_pertama",
                "pk/pemasyarakatan.yaml revisi[0].target[0].indikator",
                "organisasi.yaml divisi[1].kepala",
                "realisasi/pelayanan-hukum.yaml unit[1].sasaran[1]",
            ])
            XCTAssertEqual(list.diagnostics[0].location.line, 3)
            XCTAssertTrue(list.diagnostics[0].message.hasPrefix("unknown pejabat `kadiv-adm`"), list.diagnostics[0].message)
            XCTAssertTrue(list.diagnostics.allSatisfy { $0.severity == .error })
        }
    }

    func testRealisasiOfADivisiWithoutPerjanjianIsAnError() {
        var data = SeedData.report()
        data.perjanjian.removeLast()
        XCTAssertThrowsError(try ReportComputer.compute(data)) { error in
            let list = error as? DiagnosticList
            XCTAssertEqual(list?.diagnostics.map(\.location.file), ["realisasi/pemasyarakatan.yaml"])
            XCTAssertEqual(list?.diagnostics.first?.message, "divisi `pemasyarakatan` has no Perjanjian Kinerja (pk/pemasyarakatan.yaml)")
        }
    }

    func testFileNamesComeFromTheSourceMapInFileNameOrder() {
        var data = SeedData.report()
        for file in ["pk/01-administrasi.yaml", "pk/02-yankum.yaml", "pk/03-pas.yaml"] {
            data.sources.locations["\(file): divisi"] = SourceLocation(file: file, line: 1, column: 1, keyPath: "divisi")
        }
        let files = DataFiles(data)
        XCTAssertEqual(files.perjanjian, ["pk/01-administrasi.yaml", "pk/02-yankum.yaml", "pk/03-pas.yaml"])
        XCTAssertEqual(files.capaian, ["realisasi/administrasi.yaml", "realisasi/pemasyarakatan.yaml", "realisasi/pelayanan-hukum.yaml"])
    }
}
