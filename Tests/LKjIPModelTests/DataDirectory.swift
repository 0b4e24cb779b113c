import Foundation
import LKjIPModel
import XCTest

/// A minimal valid data directory written to a fresh temporary folder. A test replaces the
/// text of one or more files (or removes them) to provoke one mistake, then loads the
/// directory and looks at the diagnostics a user would see.
///
/// The base files hold one division (`administrasi`) with one sasaran `ss1` and one IKK
/// `ss1-1` (target 3.1, realisasi 3.8), like the seed's Divisi Administrasi.
struct DataDirectory {
    let url: URL
    /// The text of every file written, by path relative to `url`.
    private(set) var texts: [String: String]

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
          - tahun: 2023
            pagu: 22186820000
            realisasi: 22090007028
        smart_dja: []
        ikpa: []

        """

    static let pk = """
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
        kegiatan:
          - nama: Program Dukungan Manajemen
            program: true
          - id: dukungan
            nama: Pengelolaan Administratif dan Fasilitatif
            anggaran: 17496194000

        """

    static let realisasi = """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 3.8
        unit:
          - riwayat: []
            anggaran: []
            renstra: []

        """

    static let base: [String: String] = [
        "instansi.yaml": instansi,
        "pejabat.yaml": pejabat,
        "organisasi.yaml": organisasi,
        "renstra.yaml": renstra,
        "anggaran.yaml": anggaran,
        "pk/administrasi.yaml": pk,
        "realisasi/administrasi.yaml": realisasi,
        "narasi/kata-pengantar.md": "Dalam rangka mewujudkan pemerintahan yang akuntabel.\n",
    ]

    /// Writes the base files with `changes` applied: a text replaces a file (or adds one),
    /// nil removes it.
    init(_ changes: [String: String?] = [:]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lkjip-model-tests-\(UUID().uuidString)", isDirectory: true)
        var files = Self.base
        for (name, text) in changes { files[name] = text }
        texts = files
        for (name, text) in files {
            try write(name, Data(text.utf8))
        }
    }

    /// Writes raw bytes (for encoding tests) at `name`, creating folders as needed.
    func write(_ name: String, _ data: Data) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func load(assets: URL? = nil) -> ReportLoader.Result {
        ReportLoader.load(directory: url, assets: assets)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// 1-based line and column where `needle` starts in the file `name` as written (the
    /// `occurrence`-th match), so expected locations follow from the YAML text itself.
    func position(of needle: String, in name: String, occurrence: Int = 1, file: StaticString = #filePath, line: UInt = #line) -> (line: Int, column: Int) {
        guard let text = texts[name], let found = TextPosition.of(needle, in: text, occurrence: occurrence) else {
            XCTFail("\"\(needle)\" does not occur in \(name)", file: file, line: line)
            return (0, 0)
        }
        return found
    }
}

enum TextPosition {
    /// 1-based line and column (in characters) of the `occurrence`-th `needle` in `text`.
    static func of(_ needle: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
        var searchStart = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            guard let range = text.range(of: needle, range: searchStart..<text.endIndex) else { return nil }
            found = range
            searchStart = range.upperBound
        }
        guard let start = found?.lowerBound else { return nil }
        let before = text[..<start]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (line, text.distance(from: lineStart, to: start) + 1)
    }
}

extension ReportLoader.Result {
    /// Diagnostics whose message contains `text`.
    func diagnostics(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }

    /// Diagnostics at a file and key path.
    func diagnostics(file: String, keyPath: String) -> [Diagnostic] {
        diagnostics.filter { $0.location.file == file && $0.location.keyPath == keyPath }
    }

    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// All diagnostics, one per line, for failure messages.
    var listing: String { diagnostics.map(\.description).joined(separator: "\n") }
}
