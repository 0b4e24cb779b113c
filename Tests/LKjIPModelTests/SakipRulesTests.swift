import Foundation
import LKjIPModel
import XCTest

/// The data of the year's other documents is read like every other key: a wrong reference,
/// a value out of range or a wrong shape is an error at its file, line, column and key path,
/// with what was expected, all in one run. One planted mistake per rule.
final class SakipRulesTests: XCTestCase {
    private func load(_ changes: [String: String?]) throws -> (DataDirectory, ReportLoader.Result) {
        let directory = try DataDirectory(changes)
        addTeardownBlock { directory.remove() }
        return (directory, directory.load())
    }

    static func pk(_ plan: String) -> String {
        DataDirectory.pk + plan
    }

    static let plan = """
        rencana_aksi:
          - indikator: ss1-1
            aksi:
              - uraian: Survei kepuasan layanan internal
                sub_aksi: [Menyusun kuesioner, Mengolah hasil]
                kegiatan: dukungan
              - uraian: Tindak lanjut hasil survei
                anggaran: 25000000

        """

    func testValidPlanLoadsWithoutProblems() throws {
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk(Self.plan)])
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let plans = try XCTUnwrap(result.data?.perjanjian.first?.rencanaAksi)
        XCTAssertEqual(plans.first?.aksi.map(\.uraian), ["Survei kepuasan layanan internal", "Tindak lanjut hasil survei"])
        XCTAssertEqual(plans.first?.aksi.first?.subAksi, ["Menyusun kuesioner", "Mengolah hasil"])
        XCTAssertEqual(plans.first?.aksi.last?.anggaran, 25_000_000)
    }

    /// An unknown indicator, an unknown budget line, a budget given two ways and a second
    /// plan for one indicator: four errors, each at its own place.
    func testPlanMistakes() throws {
        let plan = """
            rencana_aksi:
              - indikator: ss1-9
                aksi:
                  - uraian: Survei
                    kegiatan: dukung
              - indikator: ss1-1
                aksi:
                  - uraian: Survei
                    kegiatan: dukungan
                    anggaran: 1000
              - indikator: ss1-1
                aksi: []

            """
        let (directory, result) = try load(["pk/administrasi.yaml": Self.pk(plan)])
        let file = "pk/administrasi.yaml"
        let unknown = result.diagnostics(file: file, keyPath: "rencana_aksi[0].indikator")
        XCTAssertEqual(unknown.map(\.message), ["unknown indikator `ss1-9`; did you mean `ss1-1`?"])
        let at = directory.position(of: "ss1-9", in: file)
        XCTAssertEqual(unknown.first?.location.line, at.line)
        XCTAssertEqual(unknown.first?.location.column, at.column)
        XCTAssertEqual(result.diagnostics(file: file, keyPath: "rencana_aksi[0].aksi[0].kegiatan").map(\.message), ["unknown kegiatan `dukung`; did you mean `dukungan`?"])
        XCTAssertEqual(result.diagnostics(file: file, keyPath: "rencana_aksi[1].aksi[0]").map(\.message),
                       ["give the action's budget one way: `kegiatan` (a budget line of this PK) or `anggaran`, not both"])
        XCTAssertEqual(result.diagnostics(file: file, keyPath: "rencana_aksi[2].indikator").map(\.message),
                       ["a second rencana aksi for indikator `ss1-1` (the first is rencana_aksi[1]); list all its actions under one `aksi`"])
        XCTAssertEqual(result.errors.count, 4, result.listing)
    }

    /// A negative budget and a word where the Rupiah go: the schema's range and type.
    func testPlanValues() throws {
        let plan = """
            rencana_aksi:
              - indikator: ss1-1
                aksi:
                  - uraian: Survei
                    anggaran: -5
                  - uraian: Rapat
                    anggaran: lima juta

            """
        let (_, result) = try load(["pk/administrasi.yaml": Self.pk(plan)])
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "rencana_aksi[0].aksi[0].anggaran").count, 1, result.listing)
        XCTAssertEqual(result.diagnostics(file: "pk/administrasi.yaml", keyPath: "rencana_aksi[0].aksi[1].anggaran").count, 1, result.listing)
    }

    func testReviewerMustBeAPejabat() throws {
        let instansi = DataDirectory.instansi + "  reviu: {pejabat: inspektr, tanggal: \"2024-02-20\"}\n"
        let (_, result) = try load(["instansi.yaml": instansi])
        XCTAssertEqual(result.diagnostics(file: "instansi.yaml", keyPath: "instansi.reviu.pejabat").map(\.message).first?.hasPrefix("unknown pejabat `inspektr`"), true, result.listing)
        let badDate = DataDirectory.instansi + "  reviu: {pejabat: kakanwil, tanggal: \"2024-02-30\"}\n"
        let (_, dated) = try load(["instansi.yaml": badDate])
        XCTAssertEqual(dated.diagnostics(file: "instansi.yaml", keyPath: "instansi.reviu.tanggal").count, 1, dated.listing)
    }

    /// A quarter outside 1–4 and a quarter explained twice.
    func testQuarterlyExplanations() throws {
        let realisasi = """
            divisi: administrasi
            realisasi:
              - indikator: ss1-1
                nilai: 3.8
                analisis_triwulan:
                  - {triwulan: 5, penyebab: Salah.}
                  - {triwulan: 2, penyebab: Pertama.}
                  - {triwulan: 2, tindak_lanjut: Kedua.}
            unit:
              - riwayat: []

            """
        let (_, result) = try load(["realisasi/administrasi.yaml": realisasi])
        XCTAssertEqual(result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "realisasi[0].analisis_triwulan[0].triwulan").count, 1, result.listing)
        XCTAssertEqual(result.diagnostics(file: "realisasi/administrasi.yaml", keyPath: "realisasi[0].analisis_triwulan[2].triwulan").map(\.message),
                       ["a second explanation of triwulan 2 (the first is analisis_triwulan[1])"])
    }

    /// The IKU manual keys, the DIPA date and the short division name are read.
    func testManualKeysAreRead() throws {
        let pk = DataDirectory.pk.replacingOccurrences(of: "        target: 3.1\n", with: """
                    target: 3.1
                    definisi_operasional: Kepuasan pegawai atas layanan internal.
                    formula: Rata-rata nilai survei
                    sumber_data: Survei internal
                    penanggung_jawab: Bagian Umum

            """)
        let (_, result) = try load(["pk/administrasi.yaml": pk, "anggaran.yaml": DataDirectory.anggaran + "tanggal_dipa: \"2022-12-01\"\n"])
        XCTAssertEqual(result.errors.map(\.description), [])
        let indikator = try XCTUnwrap(result.data?.perjanjian.first?.sasaranKegiatan.first?.indikator.first)
        XCTAssertEqual([indikator.definisiOperasional, indikator.formula, indikator.sumberData, indikator.penanggungJawab],
                       ["Kepuasan pegawai atas layanan internal.", "Rata-rata nilai survei", "Survei internal", "Bagian Umum"])
        XCTAssertEqual(result.data?.anggaran.tanggalDipa, "2022-12-01")
    }
}
