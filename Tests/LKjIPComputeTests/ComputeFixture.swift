import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// A small data directory written to a temporary folder, loaded with `ReportLoader` and
/// computed with `ReportComputer`, so compute tests see data exactly as the pipeline does
/// (with its source texts, for locations). Tests give the PK and realisasi of the one
/// division `administrasi` and may replace any other file.
struct ComputeFixture {
    let url: URL
    let texts: [String: String]
    let loaded: ReportLoader.Result

    static let instansi = """
        instansi:
          kode: Uji
          nama: Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Sumatera Barat
          nama_singkat: Kanwil Kemenkumham Sumatera Barat
          kementerian: Kementerian Hukum dan Hak Asasi Manusia
          provinsi: Sumatera Barat
          alamat: Jalan S. Parman No. 256 Padang
          kota: Padang
          tahun: 2023
          tanggal_laporan: "2024-01-10"
          kepala: kakanwil

        """

    static let pejabat = """
        pejabat:
          - id: kakanwil
            nama: Haris Sukamto
            nip: "196606051989111001"
            jabatan: Kepala Kantor Wilayah
          - id: kadiv-administrasi
            nama: Ramelan Suprihadi
            nip: "196812091994031001"
            jabatan: Kepala Divisi Administrasi

        """

    static let organisasi = """
        divisi:
          - id: administrasi
            nama: Divisi Administrasi
            kepala: kadiv-administrasi
            tugas: yang mempunyai tugas membantu Kepala Kantor Wilayah.
        satker:
          - nama: Kantor Wilayah
            jenis: kanwil
            laki_laki: 93
            perempuan: 91

        """

    static let renstra = """
        pengantar: Pengantar.
        visi_nasional: Visi nasional.
        pengantar_misi_nasional: Misi nasional berikut.
        misi_nasional: [Misi satu]
        pengantar_visi: Visi berikut.
        visi: Visi.
        pengantar_misi: Misi berikut.
        misi: [Misi satu]
        tata_nilai: Tata nilai.
        pengantar_tujuan: Tujuan berikut.
        tujuan: [Tujuan satu]
        sasaran_strategis: Sasaran strategis.

        """

    static let anggaran = """
        realisasi:
          - tahun: 2022
            pagu: 201941529000
            realisasi: 191812455525
          - tahun: 2023
            pagu: 209168138000
            realisasi: 207521920739
        smart_dja: []
        ikpa: []

        """

    /// The head of a PK of `administrasi`; append `sasaran_kegiatan:` and `kegiatan:`.
    static let pkHead = """
        divisi: administrasi
        pihak_pertama: kadiv-administrasi
        pihak_kedua: kakanwil
        tanggal: "2023-01-05"
        sasaran_strategis: []
        sasaran_program: []

        """

    /// The seed's Divisi Administrasi: one IKK, target 3.1, realisasi 3.8.
    static let pk = pkHead + """
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan administratif dan fasilitatif
            indikator:
              - id: ss1-1
                nama: Indeks kepuasan layanan internal
                target: 3.1
                satuan: Indeks
        kegiatan:
          - nama: Program Dukungan Manajemen
            program: true
          - id: dukungan
            nama: Pengelolaan Administratif dan Fasilitatif
            anggaran: 17496194000

        """

    static let emptyUnit = """
        unit:
          - riwayat: []
            anggaran: []
            renstra: []

        """

    static let realisasi = """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 3.8

        """ + emptyUnit

    /// Writes the base files with `changes` applied (nil removes a file) and loads them.
    init(_ changes: [String: String?] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-compute-tests-\(UUID().uuidString)", isDirectory: true)
        var files: [String: String] = [
            "instansi.yaml": Self.instansi, "pejabat.yaml": Self.pejabat, "organisasi.yaml": Self.organisasi,
            "renstra.yaml": Self.renstra, "anggaran.yaml": Self.anggaran,
            "pk/administrasi.yaml": Self.pk, "realisasi/administrasi.yaml": Self.realisasi,
        ]
        for (name, text) in changes { files[name] = text }
        texts = files
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        loaded = ReportLoader.load(directory: url)
        try? FileManager.default.removeItem(at: url)
    }

    /// The loaded data; fails the test when the loader reported an error.
    func data(file: StaticString = #filePath, line: UInt = #line) throws -> ReportData {
        XCTAssertEqual(loaded.errors.map(\.description), [], "the fixture must load without errors", file: file, line: line)
        return try XCTUnwrap(loaded.data, file: file, line: line)
    }

    func compute(file: StaticString = #filePath, line: UInt = #line) throws -> ReportComputer.Result {
        ReportComputer.compute(try data(file: file, line: line))
    }

    /// Diagnostics of `Checker` on the computed report.
    func check(file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        Checker.check(try compute(file: file, line: line).report)
    }

    /// The computed division `administrasi`.
    func divisi(file: StaticString = #filePath, line: UInt = #line) throws -> DivisiKinerja {
        try XCTUnwrap(try compute(file: file, line: line).report.divisi.first { $0.divisi.id == "administrasi" }, file: file, line: line)
    }

    /// 1-based line and column of the `occurrence`-th `needle` in the file `name` as written.
    func position(of needle: String, in name: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
        guard let text = texts[name] else { return nil }
        var start = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            guard let range = text.range(of: needle, range: start..<text.endIndex) else { return nil }
            found = range
            start = range.upperBound
        }
        guard let lower = found?.lowerBound else { return nil }
        let before = text[..<lower]
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (before.filter { $0 == "\n" }.count + 1, text.distance(from: lineStart, to: lower) + 1)
    }
}

extension Array where Element == Diagnostic {
    func containing(_ text: String) -> [Diagnostic] { filter { $0.message.contains(text) } }
    var errors: [Diagnostic] { filter { $0.severity == .error } }
    var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    var listing: String { map(\.description).joined(separator: "\n") }
}

/// A PK text for `administrasi` with the given `sasaran_kegiatan` and `kegiatan` YAML.
func pkText(sasaran: String, kegiatan: String = """
    kegiatan:
      - id: dukungan
        nama: Pengelolaan Administratif
        anggaran: 1000

    """, extra: String = "") -> String {
    ComputeFixture.pkHead + sasaran + kegiatan + extra
}

/// A realisasi text for `administrasi` with the given entries and unit YAML.
func realisasiText(_ entries: String, unit: String = ComputeFixture.emptyUnit, extra: String = "") -> String {
    "divisi: administrasi\nrealisasi:\n" + entries + extra + unit
}
