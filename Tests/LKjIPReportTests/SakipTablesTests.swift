import Foundation
import LKjIPCompute
import LKjIPDocument
@testable import LKjIPReport
import XCTest

/// The tables of the IKU document, the Rencana Aksi and the quarterly measurement, built from
/// `examples/kanwil-kemenkum-bengkulu-2025` and checked against values worked by hand from
/// its files (pk/kakanwil.yaml, realisasi/kakanwil.yaml, anggaran.yaml).
final class SakipTablesTests: XCTestCase {
    nonisolated(unsafe) static var cached: ComputedReport?
    static var report: ComputedReport {
        get throws {
            if let cached { return cached }
            let report = try ExampleReport.load("kanwil-kemenkum-bengkulu-2025")
            cached = report
            return report
        }
    }

    func row(_ table: Table, containing text: String) throws -> [String] {
        try XCTUnwrap(table.rows.map(texts).first { $0.contains { $0.contains(text) } }, "no row with \(text)")
    }

    /// The office's own PK holds its IKU (no divisions in the form, no group heading). The
    /// targets are those of the Renstra rows' years, 2025–2029, one line each in one cell; a
    /// target prints without its unit, which has its own column; the report year falls back
    /// to the PK's target where no Renstra row is linked, and other years are left out.
    func testIkuStandardForm() throws {
        let report = try Self.report
        let wording = try ExampleReport.wording(report)
        let table = try XCTUnwrap(IkuTable.standar(report, wording: wording, images: [:]))
        assertGrid(table)
        XCTAssertEqual(texts(table.rows[0]), ["No", "Sasaran Kegiatan", "Indikator Kinerja Utama", "Definisi Operasional", "Formula", "Satuan", "Target", "Sumber Data", "Penanggung Jawab"])
        XCTAssertEqual(table.rows.count, 1 + 4, "the header and one row per IKU")
        let harmonisasi = try row(table, containing: "diharmonisasi tepat waktu")
        XCTAssertEqual(harmonisasi[0], "1.")
        XCTAssertEqual(Array(harmonisasi[5...6]), ["%", "2025: 100"])
        XCTAssertEqual(harmonisasi[4], "(jumlah rancangan selesai diharmonisasi tepat waktu / jumlah rancangan diajukan) × 100%")
        XCTAssertEqual(harmonisasi.last, "Divisi Peraturan Perundang-undangan dan Pembinaan Hukum")
        // ss2-ikm: the sasaran spans its two indicators; desimal 2 prints 3,60.
        let ikm = try row(table, containing: "Indeks Kepuasan Masyarakat")
        XCTAssertEqual(ikm[0], "2.")
        XCTAssertEqual(Array(ikm[5...6]), ["Indeks", "2025: 3,60\n2026: 3,65\n2027: 3,70\n2028: 3,75\n2029: 3,80"])
        XCTAssertEqual(ikm[7], "Survei Kepuasan Masyarakat per triwulan")
        let ki = try row(table, containing: "kekayaan intelektual yang ditindaklanjuti")
        XCTAssertEqual(ki.count, 7, "the row under a spanning sasaran has no No and Sasaran cells")
        XCTAssertEqual(Array(ki[3...4]), ["%", "2025: 95\n2026: 95\n2027: 96\n2028: 97\n2029: 98"])
        // A word target: no unit, the word in the report year.
        let sakip = try row(table, containing: "Predikat evaluasi SAKIP")
        XCTAssertEqual(Array(sakip[5...6]), ["-", "2025: BB"])
        XCTAssertEqual(sakip.last, "Bagian Tata Usaha dan Umum")
    }

    /// Without the manual keys the cells print "-", and penanggung jawab defaults to the
    /// division (the head's position for the office's own IKU).
    func testIkuDefaults() throws {
        let report = try ExampleReport.load("sulbar-2022")
        let table = try XCTUnwrap(IkuTable.standar(report, wording: try ExampleReport.wording(report), images: [:]))
        XCTAssertEqual(texts(table.rows[1]), ["Divisi Administrasi"])
        let first = try row(table, containing: "Indeks kepuasan layanan internal")
        XCTAssertEqual(first, ["1.", "Terwujudnya layanan administratif dan fasilitatif Kantor Wilayah yang efektif dan efisien", "Indeks kepuasan layanan internal di lingkungan Kantor Wilayah", "-", "-", "Indeks", "2022: 3,1", "-", "Divisi Administrasi"])
    }

    /// The Rencana Aksi of the head of office: per indicator the yearly target, TW I–IV (the
    /// indicator's `triwulan`, "-" without), the actions with their steps lettered a, b, c,
    /// who carries them out and their budget. A budget line named by code prints its amount:
    /// PR.6388 is its one output PR.6388.QDB, Rp 742.000.000; PL.6390 is QAH 488.000.000 + QAF
    /// 352.000.000 = Rp 840.000.000; WA.6387 is 9.850.000.000 + 1.420.000.000 + 186.000.000 =
    /// Rp 11.456.000.000.
    func testRencanaAksi() throws {
        let report = try Self.report
        let wording = try ExampleReport.wording(report)
        let pk = try XCTUnwrap(report.perjanjian.first { $0.perjanjian.isKantor })
        let table = RencanaAksiTable.make(pk, tingkat: wording.tingkatKantor, wording: wording)
        assertGrid(table)
        XCTAssertEqual(texts(table.rows[0]), ["No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target (1 Tahun)", "Target Triwulan", "Rencana Aksi", "Penanggung Jawab", "Anggaran"])
        XCTAssertEqual(texts(table.rows[1]), ["TW I", "TW II", "TW III", "TW IV"])
        let harmonisasi = try row(table, containing: "Harmonisasi rancangan produk hukum daerah")
        XCTAssertEqual(Array(harmonisasi[3...7]), ["100%", "-", "-", "-", "-"])
        XCTAssertEqual(harmonisasi[8], "Harmonisasi rancangan produk hukum daerah\na. Inventarisasi rancangan yang diajukan pemerintah daerah\nb. Rapat harmonisasi bersama perangkat daerah pemrakarsa\nc. Penyampaian hasil harmonisasi dalam batas waktu layanan")
        XCTAssertEqual(harmonisasi[9], "Divisi Peraturan Perundang-undangan dan Pembinaan Hukum", "the indicator's penanggung_jawab")
        XCTAssertEqual(harmonisasi[10], "Rp\u{00A0}742.000.000")
        // Two actions: the indicator's cells span both rows; an action's own responsible
        // and amount; an action without a budget prints "-".
        let survei = try row(table, containing: "Survei Kepuasan Masyarakat atas layanan hukum setiap triwulan")
        XCTAssertEqual(survei[2], "Indeks Kepuasan Masyarakat atas layanan hukum\nTarget triwulan kumulatif")
        XCTAssertEqual(Array(survei[3...7]), ["3,60 Indeks", "3,50 Indeks", "3,55 Indeks", "3,58 Indeks", "3,60 Indeks"])
        XCTAssertEqual(Array(survei[9...10]), ["Subbagian Umum dan Humas", "Rp\u{00A0}45.000.000"])
        XCTAssertEqual(try row(table, containing: "Tindak lanjut saran"), ["Tindak lanjut saran dan pengaduan hasil survei", "Divisi Pelayanan Hukum", "-"])
        XCTAssertEqual(try row(table, containing: "Pelayanan dan fasilitasi").last, "Rp\u{00A0}840.000.000")
        XCTAssertEqual(try row(table, containing: "Penyusunan dokumen SAKIP").last, "Rp\u{00A0}11.456.000.000")
    }

    /// An agreement without `rencana_aksi` still lists its indicators, one row each, "-" for
    /// the action and its budget, its division as responsible.
    func testRencanaAksiWithoutPlan() throws {
        let report = try Self.report
        let wording = try ExampleReport.wording(report)
        let pk = try XCTUnwrap(report.perjanjian.first { $0.perjanjian.divisi == "yankum" })
        let table = RencanaAksiTable.make(pk, tingkat: wording.tingkat(pk.divisi), wording: wording)
        XCTAssertEqual(table.rows.count, 2 + 2)
        XCTAssertEqual(Array(texts(table.rows[2]).suffix(3)), ["-", "Divisi Pelayanan Hukum", "-"])
    }

    /// TW II of the office's IKU, every rule `akhir` (cumulative): the target up to TW II is
    /// TW II's target, the realisasi TW II's. ss2-ikm: 3,66 / 3,55 × 100 = 103,10 → 103%
    /// (melebihi); ss2-ki: 90,5 / 92 × 100 = 98,37 → 98% (belum tercapai), with its quarter's
    /// causes and follow-up. Indicators without quarters print "-". Mean of the computable
    /// capaian: (103,098… + 98,369…) / 2 = 100,73 → 101%.
    func testPengukuranTriwulanII() throws {
        let report = try Self.report
        let wording = try ExampleReport.wording(report)
        let measured = PengukuranTriwulan.measure(report, triwulan: 2)
        let kantor = try XCTUnwrap(measured.first)
        XCTAssertTrue(kantor.kinerja.divisi.id.isEmpty, "the office's own IKU first")
        XCTAssertEqual(IndonesianFormat.capaian(kantor.nilai), "101%")
        let table = try XCTUnwrap(PengukuranTable.make(kantor, triwulan: "TW II", tingkat: wording.tingkatKantor, wording: wording, images: [:]))
        assertGrid(table)
        XCTAssertEqual(texts(table.rows[0]), ["No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target s.d. TW II", "Realisasi s.d. TW II", "Capaian", "Target (1 Tahun)", "Penyebab", "Tindak Lanjut"])
        let ikm = try row(table, containing: "Indeks Kepuasan")
        XCTAssertEqual(Array(ikm[3...8]), ["3,55 Indeks", "3,66 Indeks", "103%", "3,60 Indeks", "-", "-"])
        let ki = try row(table, containing: "kekayaan intelektual")
        XCTAssertEqual(Array(ki[1...5]), ["92%", "90,5%", "98%", "95%", "Permohonan meningkat tajam setelah klinik kekayaan intelektual keliling, sementara verifikasi berkas dikerjakan dua petugas."])
        let harmonisasi = try row(table, containing: "diharmonisasi")
        XCTAssertEqual(Array(harmonisasi[3...6]), ["-", "-", "-", "100%"])
        // The capaian cells are shaded by status as in BAB III.
        let ikmRow = try XCTUnwrap(table.rows.first { texts($0).contains { $0.contains("Indeks Kepuasan") } })
        XCTAssertEqual(ikmRow.cells.first { text($0) == "103%" }?.shading, CapaianStatus.melebihi.shading)
    }

    /// `--tte`: every signature block of a document, also inside a kept group, loses its scan
    /// and gains the stamp's area and the note; nothing else changes.
    func testElectronicSigning() throws {
        let scan = Image(data: Data([0x89]), format: .png, widthPoints: 110, heightPoints: 55, description: "ttd")
        let block = SignatureBlock(placeAndDate: "Bengkulu, 3 Februari 2025", right: Signatory(roleLines: ["Kepala"], name: "Mulyadi Hasan", image: scan))
        var document = Document(metadata: Metadata(title: "Uji", subject: "", author: "", date: "2025-02-03"), sections: [
            Section(blocks: [.paragraph(Paragraph(content: [.text("Isi")])), .signature(block), .keepTogether([.paragraph(Paragraph(content: [.text("Lagi")])), .signature(block)])]),
        ])
        let wording = try SmallReport.wording
        ElectronicSigning.apply(&document, wording: wording)
        var signatures: [SignatureBlock] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                if case .signature(let signature) = block { signatures.append(signature) }
                if case .keepTogether(let inner) = block { walk(inner) }
            }
        }
        walk(document.sections[0].blocks)
        XCTAssertEqual(signatures.count, 2)
        for signature in signatures {
            XCTAssertNil(signature.right?.image)
            XCTAssertEqual(signature.electronic?.note, "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN")
            XCTAssertEqual(signature.electronic?.width, 142)
            XCTAssertEqual(signature.electronic?.height, 71)
        }
    }
}
