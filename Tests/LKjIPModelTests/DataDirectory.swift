import Foundation
import LKjIPModel

/// A minimal valid data directory written to a temporary folder; tests replace one file to
/// provoke one mistake and assert the message a user would see.
struct DataDirectory {
    let url: URL

    static let files: [String: String] = [
        "instansi.yaml": """
        instansi:
          kode: Uji
          nama: Kantor Wilayah Uji
          nama_singkat: Kanwil Uji
          kementerian: Kementerian Hukum dan Hak Asasi Manusia
          provinsi: Sumatera Barat
          alamat: Jalan Uji No. 1
          kota: Padang
          tahun: 2023
          tanggal_laporan: "2024-01-10"
          kepala: kakanwil
        """,
        "pejabat.yaml": """
        pejabat:
          - id: kakanwil
            nama: Haris Sukamto
            nip: "196606051989111001"
            jabatan: Kepala Kantor Wilayah
          - id: kadiv-administrasi
            nama: Ramelan Suprihadi
            nip: "196812091994031001"
            jabatan: Kepala Divisi Administrasi
        """,
        "organisasi.yaml": """
        divisi:
          - id: administrasi
            nama: Divisi Administrasi
            kepala: kadiv-administrasi
            tugas: yang mempunyai tugas membantu.
        satker:
          - nama: Kanwil
            jenis: kanwil
            laki_laki: 93
            perempuan: 91
        """,
        "renstra.yaml": """
        pengantar: a
        visi_nasional: b
        pengantar_misi_nasional: c
        misi_nasional: [d]
        pengantar_visi: e
        visi: f
        pengantar_misi: g
        misi: [h]
        tata_nilai: i
        pengantar_tujuan: j
        tujuan: [k]
        sasaran_strategis: l
        """,
        "anggaran.yaml": """
        realisasi:
          - tahun: 2023
            pagu: 22186820000
            realisasi: 22090007028
        smart_dja: []
        ikpa: []
        """,
        "pk/administrasi.yaml": """
        divisi: administrasi
        pihak_pertama: kadiv-administrasi
        pihak_kedua: kakanwil
        tanggal: "2023-01-05"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan
            indikator:
              - id: ss1-1
                nama: Indeks kepuasan
                target: 3.1
        kegiatan:
          - id: dukungan
            nama: Program Dukungan Manajemen
            anggaran: 17496194000
        """,
        "realisasi/administrasi.yaml": """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 3.8
        unit:
          - riwayat:
              - nama: Indeks kepuasan
                nilai: {"2020": 8.85, "2023": 3.8}
            anggaran:
              - tahun: 2023
                pagu: 22186820000
                realisasi: 22090007028
            renstra: []
        """,
        "narasi/kata-pengantar.md": "Dalam rangka **mewujudkan** pemerintahan.\n",
    ]

    init(replacing changes: [String: String?] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-model-\(UUID().uuidString)")
        var files: [String: String?] = Self.files.mapValues { $0 }
        for (name, content) in changes { files[name] = content }
        for (name, content) in files {
            guard let content else { continue }
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: file)
        }
    }

    func load() throws -> ReportData { try ReportLoader.load(directory: url) }

    /// The diagnostics of a load that must fail.
    func diagnostics() -> [Diagnostic] {
        do {
            _ = try load()
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch {
            return [Diagnostic(.error, at: SourceLocation(file: "?", line: nil, column: nil, keyPath: ""), "\(error)")]
        }
    }
}
