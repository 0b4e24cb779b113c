import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
@testable import LKjIPReport
import LKjIPTemplates
import TestSupport
import XCTest

/// A tiny data directory written by the tests, loaded with `ReportLoader` and computed with
/// `ReportComputer`, as the pipeline does. Every figure the tests expect is worked out by
/// hand in the comments next to the data:
///
/// administrasi (one PK):
/// - ss1-1 target 3,1 Indeks, realisasi 3,875: 3,875 / 3,1 = 125% (melebihi, 1F4E79);
///   national standard 3,0.
/// - ss1-2 target 80%, quarters 20/40/60/80 taken at the last quarter (akhir): 80, 100%
///   (tercapai, 00B050).
/// - ss1-3 target 90%, realisasi 45: 50% (belum tercapai, FFC000).
/// - ss2-1 target 90, realisasi 90: 100% (tercapai).
/// - NILAI SS1 = (125 + 100 + 50) / 3 = 91,67 → "92%", belum tercapai; SS2 = 100%.
/// - kegiatan: programme line (computed: 1.500.000.000 + 500.000.000 = 2.000.000.000),
///   spent 1.200.000.000 + 500.000.000 = 1.700.000.000, serapan 85,00%; SS1 efficiency
///   91,67 − 85,00 = 6,67 → Efisien.
/// - riwayat years in the data: 2020, 2022 and the report year 2023 (filled from the
///   realisasi of ss1-1); no value for 2021.
/// pemasyarakatan (two PKs in the year: the head changed on 1 July).
/// office budget: 2022 201.941.529.000 / 191.812.455.525, 2023 209.168.138.000 /
/// 207.521.920.739.
/// staff: kanwil 93+91 = 184, lapas 101+22 = 123, lapas 68+17 = 85, rutan 31+5 = 36;
/// totals 293 men, 135 women, 428.
enum SmallReport {
    static let files: [String: String] = [
        "instansi.yaml": """
        instansi:
          kode: Kanwil-Uji
          nama: Kantor Wilayah Kementerian Hukum dan HAM Uji
          nama_singkat: Kanwil Uji
          kementerian: Kementerian Hukum dan Hak Asasi Manusia
          provinsi: Sumatera Barat
          alamat: Jalan Uji Nomor 1
          kota: Padang
          tahun: 2023
          tanggal_laporan: "2024-01-10"
          kepala: kakanwil
        """,
        "pejabat.yaml": """
        pejabat:
          - id: kakanwil
            nama: Haris Sukamto
            gelar_depan: Dr.
            gelar_belakang: S.H., M.H.
            nip: "196606051989111001"
            pangkat: Pembina Utama Muda
            golongan: IV/c
            jabatan: Kepala Kantor Wilayah Kementerian Hukum dan HAM Uji
            jabatan_singkat: Kepala Kantor Wilayah
          - id: kadiv-administrasi
            nama: Ramelan Suprihadi
            nip: "196812091994031001"
            pangkat: Pembina
            golongan: IV/a
            jabatan: Kepala Divisi Administrasi Kantor Wilayah Uji
            jabatan_singkat: Kepala Divisi Administrasi
            status: plt
          - id: kadiv-pas-lama
            nama: Budi Santoso
            nip: "197001011995031001"
            jabatan: Kepala Divisi Pemasyarakatan Kantor Wilayah Uji
            jabatan_singkat: Kepala Divisi Pemasyarakatan
          - id: kadiv-pas
            nama: Siti Aminah
            gelar_belakang: S.H.
            nip: "197502022000032001"
            jabatan: Kepala Divisi Pemasyarakatan Kantor Wilayah Uji
            jabatan_singkat: Kepala Divisi Pemasyarakatan
            status: plh
        """,
        "organisasi.yaml": """
        divisi:
          - id: administrasi
            nama: Divisi Administrasi
            kepala: kadiv-administrasi
            tugas: yang mempunyai tugas membantu Kepala Kantor Wilayah dalam pembinaan teknis.
          - id: pemasyarakatan
            nama: Divisi Pemasyarakatan
            kepala: kadiv-pas
            tugas: yang bertugas membantu Kepala Kantor Wilayah di bidang Pemasyarakatan.
        satker:
          - nama: KANWIL UJI
            jenis: kanwil
            laki_laki: 93
            perempuan: 91
          - nama: LAPAS KELAS IIA PADANG
            jenis: lapas
            laki_laki: 101
            perempuan: 22
          - nama: LAPAS KELAS IIB SOLOK
            jenis: lapas
            laki_laki: 68
            perempuan: 17
          - nama: RUTAN KELAS IIB PAINAN
            jenis: rutan
            laki_laki: 31
            perempuan: 5
        """,
        "renstra.yaml": """
        pengantar: Pengantar renstra.
        visi_nasional: Terwujudnya Indonesia Maju.
        pengantar_misi_nasional: Misi pembangunan.
        misi_nasional:
          - Peningkatan kualitas manusia Indonesia;
        pengantar_visi: Visi kementerian.
        visi: Kementerian yang andal.
        pengantar_misi: Misi kementerian.
        misi:
          - Membentuk peraturan yang berkualitas;
        tata_nilai: Tata nilai PASTI.
        pengantar_tujuan: Tujuan kementerian.
        tujuan:
          - Mewujudkan layanan prima.
        sasaran_strategis: Sasaran kegiatan ditetapkan dalam Perjanjian Kinerja.
        """,
        "anggaran.yaml": """
        realisasi:
          - tahun: 2022
            pagu: 201941529000
            realisasi: 191812455525
          - tahun: 2023
            pagu: 209168138000
            realisasi: 207521920739
        smart_dja: []
        ikpa: []
        """,
        "pk/administrasi.yaml": """
        divisi: administrasi
        pihak_pertama: kadiv-administrasi
        pihak_kedua: kakanwil
        tanggal: "2023-01-05"
        sasaran_strategis:
          - nama: Membangun budaya kerja yang berorientasi kinerja
            indikator:
              - nama: Nilai Reformasi Birokrasi
                target: 87
                desimal: 1
              - nama: Opini atas Laporan Keuangan
                target_teks: WTP
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan administratif yang efektif dan efisien
            kegiatan: [layanan-umum, layanan-keuangan]
            indikator:
              - id: ss1-1
                nama: Indeks kepuasan layanan internal
                target: 3.1
                satuan: Indeks
                standar_nasional:
                  nilai: 3.0
              - id: ss1-2
                nama: Persentase layanan tepat waktu
                target: 80
                satuan: "%"
                triwulan:
                  tw1: 20
                  tw2: 40
                  tw3: 60
                  tw4: 80
                  agregasi: akhir
              - id: ss1-3
                nama: Persentase pegawai terlatih
                target: 90
                satuan: "%"
          - id: ss2
            nama: Terwujudnya pengelolaan keuangan yang akuntabel
            indikator:
              - id: ss2-1
                nama: Nilai kinerja anggaran
                target: 90
        kegiatan:
          - id: program-dukungan
            nama: Program Dukungan Manajemen
            program: true
          - id: layanan-umum
            nama: Layanan Umum
            anggaran: 1500000000
          - id: layanan-keuangan
            nama: Layanan Keuangan
            anggaran: 500000000
        """,
        "pk/pemasyarakatan-1.yaml": """
        divisi: pemasyarakatan
        pihak_pertama: kadiv-pas-lama
        pihak_kedua: kakanwil
        tanggal: "2023-01-05"
        periode:
          mulai: "2023-01-01"
          selesai: "2023-06-30"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Meningkatnya pelayanan tahanan
            indikator:
              - id: ss1-1
                nama: Persentase tahanan yang memperoleh bantuan hukum
                target: 80
                satuan: "%"
        kegiatan: []
        """,
        "pk/pemasyarakatan-2.yaml": """
        divisi: pemasyarakatan
        pihak_pertama: kadiv-pas
        pihak_kedua: kakanwil
        tanggal: "2023-07-03"
        periode:
          mulai: "2023-07-01"
          selesai: "2023-12-31"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Meningkatnya pelayanan tahanan
            indikator:
              - id: ss1-1
                nama: Persentase tahanan yang memperoleh bantuan hukum
                target: 80
                satuan: "%"
        kegiatan: []
        """,
        "realisasi/administrasi.yaml": """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 3.875
          - indikator: ss1-2
            triwulan:
              tw1: 20
              tw2: 40
              tw3: 60
              tw4: 80
          - indikator: ss1-3
            nilai: 45
          - indikator: ss2-1
            nilai: 90
        anggaran_kegiatan:
          - kegiatan: layanan-umum
            realisasi: 1200000000
          - kegiatan: layanan-keuangan
            realisasi: 500000000
        unit:
          - riwayat:
              - indikator: ss1-1
                nilai: {"2020": 3.2, "2022": 3.5}
              - nama: Nilai Akuntabilitas Kinerja
                nilai: {"2020": 85}
            anggaran:
              - tahun: 2022
                pagu: 1800000000
                realisasi: 1700000000
              - tahun: 2023
                pagu: 2000000000
                realisasi: 1700000000
            renstra:
              - indikator: ss1-1
                target: {"2020": 3.0, "2021": 3.0, "2022": 3.1, "2023": 3.1, "2024": 3.2}
                realisasi: {"2020": 3.2, "2022": 3.5}
        """,
        "realisasi/pemasyarakatan.yaml": """
        divisi: pemasyarakatan
        realisasi:
          - indikator: ss1-1
            nilai: 100
        unit:
          - riwayat: []
            anggaran: []
            renstra: []
        """,
        "narasi/latar-belakang.md": "Latar belakang **laporan** ini.\n\n- butir satu\n- butir dua\n",
        "narasi/kata-pengantar.md": "Puji syukur.",
    ]

    /// Writes the data directory, loads and computes it; fails the test on any error.
    static func make(changing changes: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> ComputedReport {
        let folder = try ToolCheck.temporaryFolder("lkjip-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files.merging(changes, uniquingKeysWith: { $1 }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let loaded = ReportLoader.load(directory: folder)
        XCTAssertEqual(loaded.errors.map(\.description), [], "the test data must load cleanly", file: file, line: line)
        let data = try XCTUnwrap(loaded.data, file: file, line: line)
        let computed = ReportComputer.compute(data)
        XCTAssertEqual(computed.diagnostics.filter { $0.severity == .error }.map(\.description), [], file: file, line: line)
        return computed.report
    }

    nonisolated(unsafe) private static var cached: ComputedReport?

    /// The report of the unchanged files, computed once.
    static var report: ComputedReport {
        get throws {
            if let cached { return cached }
            let made = try make()
            cached = made
            return made
        }
    }

    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")
    }
}

// MARK: reading tables

/// The visible text of a cell.
func text(_ cell: TableCell) -> String {
    cell.blocks.compactMap { block -> String? in
        if case .paragraph(let paragraph) = block { return paragraph.content.plainText }
        return nil
    }.joined(separator: "\n")
}

func texts(_ row: TableRow) -> [String] { row.cells.map(text) }

/// Whether every run of a cell is bold (the cell or its marks).
func isBold(_ cell: TableCell) -> Bool {
    cell.bold || cell.blocks.allSatisfy { block in
        guard case .paragraph(let paragraph) = block else { return true }
        return paragraph.content.allSatisfy { if case .text(_, let marks) = $0 { return marks.contains(.bold) }; return true }
    }
}

/// Every row fills the grid exactly, counting cells covered by row spans from above.
func assertGrid(_ table: Table, file: StaticString = #filePath, line: UInt = #line) {
    var covered: [Int: Int] = [:]
    for (index, row) in table.rows.enumerated() {
        var column = 0
        var spans: [(Int, Int, Int)] = []
        for cell in row.cells {
            while (covered[column] ?? 0) > 0 { column += 1 }
            spans.append((column, cell.colSpan, cell.rowSpan))
            column += cell.colSpan
        }
        while (covered[column] ?? 0) > 0 { column += 1 }
        XCTAssertEqual(column, table.columnCount, "row \(index + 1) fills \(column) of \(table.columnCount)", file: file, line: line)
        for key in covered.keys { covered[key]! -= 1 }
        for (start, width, height) in spans where height > 1 { for c in start..<start + width { covered[c] = height - 1 } }
    }
}

// MARK: the wording and the view

extension SmallReport {
    nonisolated(unsafe) private static var cachedWording: Wording?

    /// The words of the bundled templates for a Kantor Wilayah.
    static var wording: Wording {
        get throws {
            if let cachedWording { return cachedWording }
            let loaded = WordingLoader.load(directory: templates)
            let wording = try XCTUnwrap(loaded.wording, loaded.diagnostics.map(\.description).joined(separator: "\n"))
            cachedWording = wording
            return wording
        }
    }

    /// The PK level of a Kanwil division: Sasaran Kegiatan, Indikator Kinerja Kegiatan.
    static var tingkat: TingkatPK {
        get throws { try wording.tingkat(Divisi(id: "x", nama: "", kepala: "", tugas: "")) }
    }

    static var analyses: AnalisisTables {
        get throws { AnalisisTables(tingkat: try tingkat, wording: try wording) }
    }
}

/// The value at a dotted path of a view, as a template or a citation reads it: fields, then
/// children by id, then the ids of a list.
func viewValue(_ object: TemplateObject, _ path: String) -> TemplateValue? {
    var current: TemplateValue = .object(object)
    for part in path.split(separator: ".").map(String.init) {
        switch current {
        case .object(let object):
            if let value = object.field(part) { current = value } else if let child = object.child(id: part) { current = .object(child) } else { return nil }
        case .list(let items, let ids):
            guard let index = ids?.firstIndex(of: part) else { return nil }
            current = .object(items[index])
        case .text(let text, _, let extra):
            if part == "upper" { current = .text(text.uppercased(), .figure) } else if let form = extra[part] { current = .text(form, .figure) } else { return nil }
        default:
            return nil
        }
    }
    return current
}

/// The text at a dotted path; nil when the path is not a text.
func viewText(_ object: TemplateObject, _ path: String) -> String? {
    if case .text(let text, _, _)? = viewValue(object, path) { return text }
    return nil
}

/// The items of a list at a dotted path.
func viewList(_ object: TemplateObject, _ path: String) -> [TemplateObject] {
    if case .list(let items, _)? = viewValue(object, path) { return items }
    return []
}
