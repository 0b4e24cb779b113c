import Foundation
import LKjIP
import TestSupport
import XCTest

/// Issue 16: each capaian rule an office can set, end to end through `lkjip build` and the
/// `.html` it writes, on variants of `MiniData`. Every expected figure is worked out by hand
/// in the comment above its assertion (README "How the figures are computed"); none is copied
/// from lkjip's output. Also the signatories as they sign: an acting official (Plt./Plh.) and
/// a head who changed during the year (two PKs with `periode`).
final class CapaianRulesTests: XCTestCase {
    typealias OutputTable = FidelityTests.OutputTable

    // MARK: - Harness

    struct Report {
        var html: String
        var tables: [OutputTable]
        var root: XMLTree
        var output: URL
        var data: URL

        func table(_ caption: String, file: StaticString = #filePath, line: UInt = #line) throws -> OutputTable {
            let found = tables.filter { $0.caption.contains(caption) }
            XCTAssertEqual(found.count, 1, "tables captioned \(caption): \(tables.map(\.caption).filter { !$0.isEmpty })", file: file, line: line)
            return try XCTUnwrap(found.first, file: file, line: line)
        }

        /// Target, Realisasi and Capaian of an IKK in table a of Divisi Pelayanan Hukum.
        func capaian(_ indikator: String, divisi: String = "Divisi Pelayanan Hukum", file: StaticString = #filePath, line: UInt = #line) throws -> (target: String, realisasi: String, capaian: String) {
            let table = try table("Target dan Realisasi Kinerja \(divisi) Tahun 2024", file: file, line: line)
            let label = try XCTUnwrap(table.column("Indikator Kinerja Kegiatan"), file: file, line: line)
            let row = try XCTUnwrap(table.rows.first { FidelityTests.Normal.label($0[label]) == indikator }, "no row \(indikator) in \(table.rows)", file: file, line: line)
            return (row[try XCTUnwrap(table.column("Target"))], row[try XCTUnwrap(table.column("Realisasi"))], row[try XCTUnwrap(table.column("Capaian"))])
        }

        /// NILAI SS of the first sasaran of a division (e-Performance table).
        func nilaiSS(divisi: String = "Divisi Pelayanan Hukum", file: StaticString = #filePath, line: UInt = #line) throws -> String {
            let table = try table("Nilai Sasaran \(divisi) pada Aplikasi e-Performance", file: file, line: line)
            return table.rows[0][try XCTUnwrap(table.column("NILAI SS"), file: file, line: line)]
        }
    }

    /// Writes MiniData with `replacing`, builds it through the command line and parses the .html.
    func build(_ replacing: [String: String?] = [:], extra: [String] = [], name: String = #function, file: StaticString = #filePath, line: UInt = #line) throws -> Report {
        let data = try MiniData.write(replacing: replacing, name: name)
        let output = data.deletingLastPathComponent().appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--no-layout", "--format", "html"] + extra)
        // A variant that does not build fails the test here (and stops it): nothing to read.
        _ = try XCTUnwrap(result.status == 0 ? true : nil, "the variant does not build: \(result.standardError)", file: file, line: line)
        let html = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        let root = try XMLTree.parseHTML(html.replacingOccurrences(of: "<br>", with: " <br>"))
        return Report(html: html, tables: OutputTable.all(in: root), root: root, output: output, data: data)
    }

    /// pk/pelayanan.yaml of MiniData with `indikator` as the IKK of its one sasaran.
    static func pelayananPK(_ indikator: String, extra: String = "") -> String {
        """
        divisi: pelayanan
        pihak_pertama: kadiv-pelayanan
        pihak_kedua: kakanwil
        tanggal: "2024-01-05"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Meningkatnya kualitas pelayanan hukum
            kegiatan: [kegiatan-pelayanan]
            indikator:
        \(indikator)
        kegiatan:
          - id: program-pelayanan
            nama: Program Pelayanan Hukum
            program: true
          - id: kegiatan-pelayanan
            nama: Pelayanan hukum umum
            anggaran: 2000000000
        \(extra)
        """
    }

    static func pelayananRealisasi(_ realisasi: String) -> String {
        """
        divisi: pelayanan
        realisasi:
        \(realisasi)
        unit:
          - anggaran:
              - tahun: 2024
                pagu: 2000000000
                realisasi: 1900000000
            riwayat: []
            renstra: []

        """
    }

    static func instansi(aturan: String) -> String {
        MiniData.file("instansi.yaml", replacing: "  kepala: kakanwil\n", with: "  kepala: kakanwil\n  aturan_capaian: \(aturan)\n")
    }

    // MARK: - Positive and negative polarity

    func testPositifIsRealisasiOverTarget() throws {
        let report = try build()
        // Administrasi: 3,8 / 3,1 × 100 = 122,58 → 123%.
        XCTAssertEqual(try report.capaian("Indeks kepuasan layanan internal", divisi: "Divisi Administrasi").capaian, "123%")
        // Pelayanan: 95 / 90 × 100 = 105,56 → 106%.
        XCTAssertEqual(try report.capaian("Persentase permohonan yang diselesaikan").capaian, "106%")
    }

    func testNegatifSelisihIsTheDefaultFormulaOfPermenPANRB8Of2021() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Persentase pengaduan yang melewati batas waktu, target: 10, satuan: "%", polaritas: negatif}
              - {id: ss1-2, nama: Persentase perkara yang terlambat, target: 10, satuan: "%", polaritas: negatif}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, nilai: 8}
          - {indikator: ss1-2, nilai: 13}
        """)
        let report = try build(["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        // (2T − R) / T: (2 × 10 − 8) / 10 × 100 = 120%.
        let better = try report.capaian("Persentase pengaduan yang melewati batas waktu")
        XCTAssertEqual([better.target, better.realisasi, better.capaian], ["10%", "8%", "120%"])
        // (2 × 10 − 13) / 10 × 100 = 70%.
        XCTAssertEqual(try report.capaian("Persentase perkara yang terlambat").capaian, "70%")
        // NILAI SS: (120 + 70) / 2 = 95%.
        XCTAssertEqual(try report.nilaiSS(), "95%")
    }

    func testNegatifRasioForTheOfficeAndOverriddenPerIndicator() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Persentase pengaduan yang melewati batas waktu, target: 10, satuan: "%", polaritas: negatif}
              - {id: ss1-2, nama: Persentase perkara yang terlambat, target: 10, satuan: "%", polaritas: negatif, capaian: {rumus_negatif: selisih}}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, nilai: 8}
          - {indikator: ss1-2, nilai: 8}
        """)
        let report = try build(["instansi.yaml": Self.instansi(aturan: "{rumus_negatif: rasio}"), "pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        // Office rule rasio: T / R = 10 / 8 × 100 = 125%.
        XCTAssertEqual(try report.capaian("Persentase pengaduan yang melewati batas waktu").capaian, "125%")
        // The indicator's own rule wins: (2 × 10 − 8) / 10 × 100 = 120%.
        XCTAssertEqual(try report.capaian("Persentase perkara yang terlambat").capaian, "120%")
    }

    // MARK: - Ranges, words, zero

    func testTargetRentangInsideBelowAndAbove() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Indeks dalam rentang, target_rentang: [80, 90]}
              - {id: ss1-2, nama: Indeks di bawah rentang, target_rentang: [80, 90]}
              - {id: ss1-3, nama: Indeks di atas rentang, target_rentang: [80, 90]}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, nilai: 85}
          - {indikator: ss1-2, nilai: 72}
          - {indikator: ss1-3, nilai: 99}
        """)
        let report = try build(["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        // 85 lies in 80–90: 100%.
        let inside = try report.capaian("Indeks dalam rentang")
        XCTAssertEqual([inside.target, inside.realisasi, inside.capaian], ["80–90", "85", "100%"])
        // Below: against the nearer end, 72 / 80 × 100 = 90%.
        XCTAssertEqual(try report.capaian("Indeks di bawah rentang").capaian, "90%")
        // Above, with no polaritas: a miss by 9 against 90, (2 × 90 − 99) / 90 × 100 = 90%.
        XCTAssertEqual(try report.capaian("Indeks di atas rentang").capaian, "90%")
        // NILAI SS (100 + 90 + 90) / 3 = 93,33 → 93%.
        XCTAssertEqual(try report.nilaiSS(), "93%")
    }

    /// `polaritas: positif` on a range declares above the range better: 99 / 90 × 100 = 110%.
    func testTargetRentangWithDeclaredSide() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Indeks di atas rentang, target_rentang: [80, 90], polaritas: positif}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, nilai: 99}
        """)
        let report = try build(["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        XCTAssertEqual(try report.capaian("Indeks di atas rentang").capaian, "110%")
    }

    func testTargetTeksWithSkala() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Opini laporan keuangan, target_teks: WDP, skala: [WTP, WDP, TW, TMP]}
              - {id: ss1-2, nama: Opini laporan barang milik negara, target_teks: WTP, skala: [WTP, WDP, TW, TMP]}
              - {id: ss1-3, nama: Predikat zona integritas, target_teks: WBK}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, nilai_teks: WTP}
          - {indikator: ss1-2, nilai_teks: WDP}
          - {indikator: ss1-3, nilai_teks: WBK}
        """)
        let report = try build(["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        // WTP is better than WDP on the skala (best first): achieved.
        let better = try report.capaian("Opini laporan keuangan")
        XCTAssertEqual([better.target, better.realisasi, better.capaian], ["WDP", "WTP", "Tercapai"])
        // WDP is worse than WTP: not achieved.
        XCTAssertEqual(try report.capaian("Opini laporan barang milik negara").capaian, "Tidak tercapai")
        // The same word, no skala needed: achieved.
        XCTAssertEqual(try report.capaian("Predikat zona integritas").capaian, "Tercapai")
    }

    func testTargetZeroBinerAndTheDefaultNoCapaian() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Jumlah tahanan overstaying, target: 0, satuan: Orang, polaritas: negatif, capaian: {target_nol: biner}}
              - {id: ss1-2, nama: Jumlah pelarian, target: 0, satuan: Orang, polaritas: negatif, capaian: {target_nol: biner}}
              - {id: ss1-3, nama: Jumlah kerusuhan, target: 0, satuan: Kali, polaritas: negatif}
              - {id: ss1-4, nama: Persentase permohonan yang diselesaikan, target: 90, satuan: "%"}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, nilai: 0}
          - {indikator: ss1-2, nilai: 2}
          - {indikator: ss1-3, nilai: 0}
          - {indikator: ss1-4, nilai: 99}
        """)
        let report = try build(["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        // biner: realisasi 0 reaches the target 0 → 100%.
        XCTAssertEqual(try report.capaian("Jumlah tahanan overstaying").capaian, "100%")
        // biner: realisasi 2 is worse than 0 → 0%.
        XCTAssertEqual(try report.capaian("Jumlah pelarian").capaian, "0%")
        // Default (kosong): a target of 0 cannot be divided by → "-".
        XCTAssertEqual(try report.capaian("Jumlah kerusuhan").capaian, "-")
        // 99 / 90 × 100 = 110%. NILAI SS leaves "-" out: (100 + 0 + 110) / 3 = 70%.
        XCTAssertEqual(try report.capaian("Persentase permohonan yang diselesaikan").capaian, "110%")
        XCTAssertEqual(try report.nilaiSS(), "70%")
    }

    // MARK: - Cap

    func testBatas120CapsAfterTheFormulaAndNilaiSSUsesTheCap() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Persentase narapidana risiko tinggi yang berubah perilaku, target: 17, satuan: "%"}
              - {id: ss1-2, nama: Persentase permohonan yang diselesaikan, target: 90, satuan: "%"}
              - {id: ss1-3, nama: Persentase layanan tanpa batas, target: 17, satuan: "%", capaian: {batas: 0}}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, nilai: 75}
          - {indikator: ss1-2, nilai: 95}
          - {indikator: ss1-3, nilai: 75}
        """)
        let report = try build(["instansi.yaml": Self.instansi(aturan: "{batas: 120}"), "pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        // 75 / 17 × 100 = 441,18, capped at 120 → 120%.
        XCTAssertEqual(try report.capaian("Persentase narapidana risiko tinggi yang berubah perilaku").capaian, "120%")
        // 95 / 90 × 100 = 105,56 → 106% (below the cap).
        XCTAssertEqual(try report.capaian("Persentase permohonan yang diselesaikan").capaian, "106%")
        // batas: 0 on the indicator means no limit: 441,18 → 441%.
        XCTAssertEqual(try report.capaian("Persentase layanan tanpa batas").capaian, "441%")
        // NILAI SS averages the capped value: (120 + 105,56 + 441,18) / 3 = 222,24 → 222%.
        XCTAssertEqual(try report.nilaiSS(), "222%")
    }

    // MARK: - Quarters

    func testTriwulanYearlyRealisasiByEachRule() throws {
        let pk = Self.pelayananPK("""
              - {id: ss1-1, nama: Jumlah layanan konsultasi, target: 90, satuan: Layanan, triwulan: {tw1: 20, tw2: 20, tw3: 25, tw4: 25, agregasi: jumlah}}
              - {id: ss1-2, nama: Persentase permohonan selesai kumulatif, target: 90, satuan: "%", triwulan: {tw1: 25, tw2: 50, tw3: 75, tw4: 90, agregasi: akhir}}
              - {id: ss1-3, nama: Indeks kepuasan layanan, target: 3, triwulan: {tw1: 3, tw2: 3, tw3: 3, tw4: 3, agregasi: rata_rata}}
              - {id: ss1-4, nama: Jumlah penyuluhan, target: 90, satuan: Kegiatan, triwulan: {tw1: 20, tw2: 20, tw3: 25, tw4: 25, agregasi: jumlah}}
        """)
        let realisasi = Self.pelayananRealisasi("""
          - {indikator: ss1-1, triwulan: {tw1: 10, tw2: 20, tw3: 30, tw4: 40}}
          - {indikator: ss1-2, triwulan: {tw1: 30, tw2: 60, tw3: 85, tw4: 99}}
          - {indikator: ss1-3, triwulan: {tw1: 3.01, tw2: 3.02, tw3: 3.03, tw4: 3.04}}
          - {indikator: ss1-4, triwulan: {tw1: 10, tw2: 20}}
        """)
        let report = try build(["pk/pelayanan.yaml": pk, "realisasi/pelayanan.yaml": realisasi])
        // jumlah: 10 + 20 + 30 + 40 = 100; 100 / 90 × 100 = 111,11 → 111%.
        let sum = try report.capaian("Jumlah layanan konsultasi")
        XCTAssertEqual([sum.realisasi, sum.capaian], ["100 Layanan", "111%"])
        // akhir: the last quarter, 99; 99 / 90 × 100 = 110%.
        let last = try report.capaian("Persentase permohonan selesai kumulatif")
        XCTAssertEqual([last.realisasi, last.capaian], ["99%", "110%"])
        // rata_rata: (3,01 + 3,02 + 3,03 + 3,04) / 4 = 12,10 / 4 = 3,025 → "3,03" with two
        // decimals, half up on the decimal value (README "Rounding"); 3,025 / 3 × 100 = 100,83 → 101%.
        let mean = try report.capaian("Indeks kepuasan layanan")
        XCTAssertEqual([mean.realisasi, mean.capaian], ["3,03", "101%"])
        // jumlah of the quarters reported so far: 10 + 20 = 30; 30 / 90 × 100 = 33,33 → 33%.
        let partial = try report.capaian("Jumlah penyuluhan")
        XCTAssertEqual([partial.realisasi, partial.capaian], ["30 Kegiatan", "33%"])

        // BAB III shows the quarterly table: targets and realisasi per TW and the yearly value.
        let quarters = try report.table("Target dan Realisasi Triwulanan Divisi Pelayanan Hukum Tahun 2024")
        let row = try XCTUnwrap(quarters.rows.first { FidelityTests.Normal.label($0[0]) == "Jumlah layanan konsultasi" }, "\(quarters.rows)")
        let target = (1...4).map { quarters.columns.firstIndex(of: "Target TW \(["I", "II", "III", "IV"][$0 - 1])") }
        let real = (1...4).map { quarters.columns.firstIndex(of: "Realisasi TW \(["I", "II", "III", "IV"][$0 - 1])") }
        XCTAssertEqual(target.map { $0.map { row[$0] } }, ["20 Layanan", "20 Layanan", "25 Layanan", "25 Layanan"], "\(quarters.columns)")
        XCTAssertEqual(real.map { $0.map { row[$0] } }, ["10 Layanan", "20 Layanan", "30 Layanan", "40 Layanan"], "\(quarters.columns)")
        XCTAssertEqual(quarters.columns.firstIndex { $0.hasPrefix("Tahunan") }.map { row[$0] }, "100 Layanan")
    }

    // MARK: - Revision

    func testRevisedTargetIsUsedEverywhereAndTheAnnexIsTheRevisiVariant() throws {
        let pk = MiniData.files["pk/pelayanan.yaml"]! + """
        revisi:
          - nomor: 1
            tanggal: "2024-07-01"
            alasan: Penyesuaian target setelah refocusing anggaran
            target:
              - {indikator: ss1-1, target: 95}

        """
        let report = try build(["pk/pelayanan.yaml": pk])
        // Realisasi 95 against the revised target 95: 95 / 95 × 100 = 100% (106% against the signed 90).
        let revised = try report.capaian("Persentase permohonan yang diselesaikan")
        XCTAssertEqual([revised.target, revised.realisasi, revised.capaian], ["95%", "95%", "100%"])
        // BAB II B: the PK table shows the new target, and the change is listed with both values.
        let bab2 = try report.table("Perjanjian Kinerja Divisi Pelayanan Hukum Tahun 2024")
        XCTAssertTrue(bab2.rows.contains { FidelityTests.Normal.label($0[2]) == "Persentase permohonan yang diselesaikan" && $0[3] == "95%" }, "\(bab2.rows)")
        let change = try report.table("Perubahan Target Perjanjian Kinerja Tahun 2024")
        let row = try XCTUnwrap(change.rows.first { $0.contains("Persentase permohonan yang diselesaikan") })
        XCTAssertTrue(row.contains("90%") && row.contains("95%"), "\(row)")
        XCTAssertTrue(row.joined(separator: " ").contains("Revisi I"), "\(row)")
        // LAMPIRAN: the revised PK is titled REVISI I, dated on the revision and shows 95%.
        let lampiran = report.tables.filter { $0.inLampiran && $0.context.contains("KEPALA DIVISI PELAYANAN HUKUM DENGAN") }
        XCTAssertTrue(lampiran.allSatisfy { $0.context.hasPrefix("PERJANJIAN KINERJA TAHUN 2024 — REVISI I ") }, "\(lampiran.map(\.context))")
        XCTAssertTrue(lampiran.contains { table in table.rows.contains { $0.last == "95%" } })
        XCTAssertTrue(lampiran.contains { table in table.rows.contains { $0.contains("Kota Contoh, 1 Juli 2024") } })
        XCTAssertFalse(lampiran.contains { table in table.rows.contains { $0.last == "90%" } }, "the signed 90% is replaced")

        // `lkjip annex` writes the same revised agreement alone.
        let annexFolder = report.output.deletingLastPathComponent().appendingPathComponent("annex")
        let annex = try LKjIPProcess.run(["annex", report.data.path, "-o", annexFolder.path, "--no-layout", "--format", "html", "--pejabat", "kadiv-pelayanan"])
        XCTAssertEqual(annex.status, 0, annex.standardError)
        let annexHTML = try String(contentsOf: annexFolder.appendingPathComponent("PK-Kanwil-Contoh-2024-pelayanan.html"), encoding: .utf8)
        XCTAssertTrue(annexHTML.contains("PERJANJIAN KINERJA TAHUN 2024 — REVISI I"))
        XCTAssertTrue(annexHTML.contains("Kota Contoh, 1 Juli 2024"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: annexFolder.appendingPathComponent("PK-Kanwil-Contoh-2024-administrasi.html").path), "--pejabat writes one agreement")
    }

    // MARK: - Signatories

    /// Signature blocks of the LAMPIRAN PK that follows the title containing `context`.
    func signatures(_ report: Report, _ context: String) -> [[String]] {
        report.tables.filter { $0.inLampiran && $0.context.contains(context) && $0.element["class"] == "signature" }.map { $0.rows.flatMap { $0 } }
    }

    func testActingOfficialsSignAsPltAndPlh() throws {
        var pejabat = MiniData.file("pejabat.yaml", replacing: """
          - id: kadiv-administrasi
            nama: Budi Santoso
        """, with: """
          - id: kadiv-administrasi
            nama: Budi Santoso
            gelar_belakang: S.Kom.
            pangkat: Penata Tingkat I
            golongan: III/d
            status: plt
        """)
        pejabat += """
          - id: plh-kakanwil
            nama: Rudi Hartono
            gelar_depan: Dr.
            gelar_belakang: "S.H., M.Hum."
            nip: "197501012000121001"
            pangkat: Pembina Tingkat I
            golongan: IV/b
            jabatan: Kepala Kantor Wilayah Kementerian Hukum Provinsi Contoh
            jabatan_singkat: Kepala Kantor Wilayah
            status: plh

        """
        let pk = MiniData.file("pk/pelayanan.yaml", replacing: "pihak_kedua: kakanwil", with: "pihak_kedua: plh-kakanwil")
        let report = try build(["pejabat.yaml": pejabat, "pk/pelayanan.yaml": pk])

        // Administrasi: Pihak Pertama is acting (Plt.), with titles, rank and NIP 19800505 200501 1 002.
        let administrasi = signatures(report, "KEPALA DIVISI ADMINISTRASI DENGAN")
        XCTAssertFalse(administrasi.isEmpty)
        for cells in administrasi {
            XCTAssertTrue(cells.contains("Pihak Pertama, Plt. Kepala Divisi Administrasi"), "\(cells)")
            XCTAssertTrue(cells.contains("Budi Santoso, S.Kom."), "\(cells)")
            XCTAssertTrue(cells.contains("Penata Tingkat I (III/d)"), "\(cells)")
            XCTAssertTrue(cells.contains("NIP. 19800505 200501 1 002"), "\(cells)")
            XCTAssertTrue(cells.contains("Pihak Kedua, Kepala Kantor Wilayah"), "the definitive head signs without prefix: \(cells)")
        }
        XCTAssertTrue(report.tables.contains { $0.inLampiran && $0.rows.contains { $0 == ["Jabatan", ":", "Plt. Kepala Divisi Administrasi Kantor Wilayah Kementerian Hukum Provinsi Contoh"] } })

        // Pelayanan: Pihak Kedua is the Plh. head of office, Dr. Rudi Hartono, S.H., M.Hum., NIP 19750101 200012 1 001.
        let pelayanan = signatures(report, "KEPALA DIVISI PELAYANAN HUKUM DENGAN")
        XCTAssertFalse(pelayanan.isEmpty)
        for cells in pelayanan {
            XCTAssertTrue(cells.contains("Pihak Kedua, Plh. Kepala Kantor Wilayah"), "\(cells)")
            XCTAssertTrue(cells.contains("Dr. Rudi Hartono, S.H., M.Hum."), "\(cells)")
            XCTAssertTrue(cells.contains("Pembina Tingkat I (IV/b)"), "\(cells)")
            XCTAssertTrue(cells.contains("NIP. 19750101 200012 1 001"), "\(cells)")
            XCTAssertTrue(cells.contains("Pihak Pertama, Kepala Divisi Pelayanan Hukum"), "\(cells)")
        }
        XCTAssertTrue(report.tables.contains { $0.context.contains("KEPALA DIVISI PELAYANAN HUKUM DENGAN PLH. KEPALA KANTOR WILAYAH") }, "the title names the acting head")
    }

    /// Two PKs for Divisi Administrasi: Budi Santoso (Plt.) January-June, Dr. Dewi Lestari from
    /// July with a new target 3,2.
    func midYearChange() throws -> Report {
        let pejabat = MiniData.file("pejabat.yaml", replacing: """
          - id: kadiv-administrasi
            nama: Budi Santoso
        """, with: """
          - id: kadiv-administrasi
            nama: Budi Santoso
            status: plt
        """) + """
          - id: kadiv-administrasi-baru
            nama: Dewi Lestari
            gelar_depan: Dr.
            gelar_belakang: "S.H., M.Kn."
            nip: "198202142008012004"
            pangkat: Pembina
            golongan: IV/a
            jabatan: Kepala Divisi Administrasi Kantor Wilayah Kementerian Hukum Provinsi Contoh
            jabatan_singkat: Kepala Divisi Administrasi

        """
        let first = MiniData.file("pk/administrasi.yaml", replacing: "tanggal: \"2024-01-05\"\n", with: "tanggal: \"2024-01-05\"\nperiode: {mulai: \"2024-01-01\", selesai: \"2024-06-30\"}\n")
        let second = MiniData.files["pk/administrasi.yaml"]!
            .replacingOccurrences(of: "pihak_pertama: kadiv-administrasi\n", with: "pihak_pertama: kadiv-administrasi-baru\n")
            .replacingOccurrences(of: "tanggal: \"2024-01-05\"\n", with: "tanggal: \"2024-07-01\"\nperiode: {mulai: \"2024-07-01\", selesai: \"2024-12-31\"}\n")
            .replacingOccurrences(of: "target: 3.1", with: "target: 3.2")
        return try build(["pejabat.yaml": pejabat, "pk/administrasi.yaml": first, "pk/administrasi-juli.yaml": second], name: "midYearChange")
    }

    func testMidYearChangeOfHeadGivesTwoSignedAgreements() throws {
        let report = try midYearChange()
        // BAB III measures the agreement in force at the end of the year: 3,8 / 3,2 × 100 = 118,75 → 119%.
        let capaian = try report.capaian("Indeks kepuasan layanan internal", divisi: "Divisi Administrasi")
        XCTAssertEqual([capaian.target, capaian.capaian], ["3,2 Indeks", "119%"])

        // The LAMPIRAN holds both, in order, each with its period and its own signatory.
        let titles = report.root.all("p").map { FidelityTests.Normal.space($0.text) }
        let periods = titles.filter { $0.hasPrefix("Periode ") }
        XCTAssertEqual(periods, ["Periode 1 Januari 2024 s.d. 30 Juni 2024", "Periode 1 Juli 2024 s.d. 31 Desember 2024"])
        let first = signatures(report, "PLT. KEPALA DIVISI ADMINISTRASI DENGAN")
        let second = report.tables.filter { $0.inLampiran && $0.context.contains("TAHUN 2024 KEPALA DIVISI ADMINISTRASI DENGAN KEPALA KANTOR WILAYAH") && $0.element["class"] == "signature" }.map { $0.rows.flatMap { $0 } }
        XCTAssertFalse(first.isEmpty)
        XCTAssertFalse(second.isEmpty)
        for cells in first {
            XCTAssertTrue(cells.contains("Budi Santoso") && cells.contains("NIP. 19800505 200501 1 002") && cells.contains("Kota Contoh, 5 Januari 2024"), "\(cells)")
            XCTAssertTrue(cells.contains("Pihak Pertama, Plt. Kepala Divisi Administrasi"), "\(cells)")
        }
        for cells in second {
            XCTAssertTrue(cells.contains("Dr. Dewi Lestari, S.H., M.Kn.") && cells.contains("Pembina (IV/a)") && cells.contains("NIP. 19820214 200801 2 004"), "\(cells)")
            XCTAssertTrue(cells.contains("Kota Contoh, 1 Juli 2024") && cells.contains("Pihak Pertama, Kepala Divisi Administrasi"), "\(cells)")
            XCTAssertFalse(cells.contains("Budi Santoso"))
        }
        // Each agreement's lampiran shows its own target: 3,1 (signed in January) and 3,2 (July).
        let targets = report.tables.filter { $0.inLampiran && $0.context.contains("KEPALA DIVISI ADMINISTRASI DENGAN") && $0.columns.contains("Target") }.flatMap { $0.rows.map { $0.last ?? "" } }
        XCTAssertEqual(targets, ["3,1 Indeks", "3,2 Indeks"])

        // `lkjip annex` writes one file per agreement (README: a second agreement of a division gets -2).
        let folder = report.output.deletingLastPathComponent().appendingPathComponent("annex")
        let annex = try LKjIPProcess.run(["annex", report.data.path, "-o", folder.path, "--no-layout", "--format", "html"])
        XCTAssertEqual(annex.status, 0, annex.standardError)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(files, ["PK-Kanwil-Contoh-2024-administrasi-2.html", "PK-Kanwil-Contoh-2024-administrasi.html", "PK-Kanwil-Contoh-2024-pelayanan.html"])
    }

    /// Issue 16: "a change of official mid-year gives a second PK for the division, with its
    /// period. Both appear wherever the PKs are listed." BAB II B lists the PKs.
    func testMidYearChangeBothAgreementsListedInBabII() throws {
        let report = try midYearChange()
        let nodes = report.root.descendants
        let start = try XCTUnwrap(nodes.firstIndex { $0["id"] == "perjanjian-kinerja" })
        let end = try XCTUnwrap(nodes.firstIndex { $0["id"] == "bab-3" })
        let text = FidelityTests.Normal.space(nodes[start..<end].filter { $0.name == "p" || $0.name == "caption" || $0.name == "td" || $0.name == "h3" }.map(\.text).joined(separator: " "))
        XCTAssertTrue(text.contains("3,1 Indeks") || text.contains("30 Juni 2024"), "BAB II B shows only the July agreement; the January-June one (Plt., target 3,1) is not listed: \(text.prefix(600))")
    }
}
