import Foundation
@testable import LKjIPCompute
import LKjIPModel
import TestSupport
import XCTest

/// The head of office's own PK with the superior (no `divisi`): a political official signs
/// without a NIP, and the office's IKU are measured like every indicator.
final class OfficeAgreementTests: XCTestCase {
    /// The Kepala Dinas's PK with the Bupati: two IKU, one where lower is better.
    static let head = """
        pihak_pertama: kakanwil
        pihak_kedua: bupati
        tanggal: "2023-01-05"
        sasaran:
          - id: iku1
            nama: Meningkatnya derajat kesehatan masyarakat
            indikator:
              - id: iku-aki
                nama: Angka Kematian Ibu
                target: 145
                polaritas: negatif
              - id: iku-ikm
                nama: Indeks Kepuasan Masyarakat
                target: 80

        """

    static let headRealisasi = """
        realisasi:
          - {indikator: iku-aki, nilai: 132}
          - {indikator: iku-ikm, nilai: 84}
        unit:
          - narasi_capaian: IKU.

        """

    static let pejabat = ComputeFixture.pejabat + "  - id: bupati\n    nama: Arman Syahputra\n    jabatan: Bupati Lembah Sari\n"

    func fixture() throws -> ComputeFixture {
        try ComputeFixture(["pk/kepala.yaml": Self.head, "realisasi/kepala.yaml": Self.headRealisasi, "pejabat.yaml": Self.pejabat])
    }

    /// AKI by the selisih rule: (2 × 145 − 132) / 145 × 100 = 158 / 145 × 100 = 108,9655…%;
    /// IKM 84 / 80 × 100 = 105%; NILAI SS the mean, (108,9655… + 105) / 2 = 106,98…%.
    func testOfficeIKUMeasured() throws {
        let report = try fixture().compute().report
        let kantor = try XCTUnwrap(report.kantor)
        XCTAssertEqual(kantor.divisi.id, "")
        XCTAssertEqual(kantor.divisi.nama, "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Sumatera Barat")
        let aki = try XCTUnwrap(kantor.sasaran.first?.indikator.first)
        XCTAssertEqual(IndonesianFormat.capaian(aki.capaian), "109%")
        XCTAssertEqual(aki.status, .melebihi)
        XCTAssertEqual(IndonesianFormat.capaian(kantor.sasaran.first?.indikator.last?.capaian), "105%")
        XCTAssertEqual(IndonesianFormat.capaian(kantor.sasaran.first?.nilai), "107%")
        XCTAssertEqual(report.measured.map(\.divisi.id), ["", "administrasi"], "the office first, then the divisions")
        XCTAssertEqual(report.perjanjian.first?.perjanjian.isKantor, true, "the head of office's agreement comes first")
        XCTAssertEqual(report.divisi.map(\.divisi.id), ["administrasi"])
    }

    /// The Bupati has no NIP: no error, no warning (only a head who promises targets needs one).
    func testBupatiSignsWithoutNIP() throws {
        let fixture = try fixture()
        let data = try fixture.data()
        XCTAssertNil(data.pejabat("bupati")?.nip)
        let all = fixture.loaded.diagnostics + (try fixture.check())
        XCTAssertFalse(all.contains { $0.message.contains("NIP") }, all.listing)
    }

    /// A head who promises targets without a NIP is warned about.
    func testHeadWithoutNIPIsWarned() throws {
        let pejabat = Self.pejabat.replacingOccurrences(of: "    nip: \"196812091994031001\"\n", with: "")
        let fixture = try ComputeFixture(["pejabat.yaml": pejabat])
        let warning = try XCTUnwrap(fixture.loaded.diagnostics.first { $0.message.contains("has no NIP") }, fixture.loaded.diagnostics.listing)
        XCTAssertEqual(warning.location.keyPath, "pejabat[1]")
    }

    /// A realisasi file without divisi needs the head of office's PK.
    func testOfficeRealisasiWithoutAgreement() throws {
        let fixture = try ComputeFixture(["realisasi/kepala.yaml": Self.headRealisasi])
        XCTAssertTrue(fixture.loaded.errors.contains { $0.location.file == "realisasi/kepala.yaml" && $0.message.contains("no Perjanjian Kinerja is the head of office's") }, fixture.loaded.diagnostics.listing)
    }

    /// `sasaran` and `sasaran_kegiatan` are one list: both is an error, neither too.
    func testMeasuredKeyGivenOnce() throws {
        let both = ComputeFixture.pk + "sasaran:\n  - {id: x, nama: X, indikator: []}\n"
        let fixture = try ComputeFixture(["pk/administrasi.yaml": both])
        XCTAssertTrue(fixture.loaded.errors.contains { $0.message.hasPrefix("give the sasaran once") }, fixture.loaded.diagnostics.listing)
        let neither = ComputeFixture.pkHead + "kegiatan: []\n"
        XCTAssertTrue(try ComputeFixture(["pk/administrasi.yaml": neither]).loaded.errors.contains { $0.message.hasPrefix("missing required key `sasaran`") })
    }
}
