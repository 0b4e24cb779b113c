import Foundation
import LKjIPCompute
import LKjIPDocument
@testable import LKjIPReport
import LKjIPTemplates
import XCTest

/// The typed view of the report: finished Indonesian text and refs to typed blocks, one name
/// per figure.
final class ReportViewTests: XCTestCase {
    func view() throws -> (view: ReportView, registry: BlockRegistry) {
        let registry = BlockRegistry()
        let view = try ReportView(try SmallReport.report, wording: try SmallReport.wording, registry: registry, narasiNames: ["latar_belakang", "saran"])
        return (view, registry)
    }

    /// Instansi texts: dates in Indonesian ("10 Januari 2024"), the upper-case form of any
    /// text, no logo ref when the data has none.
    func testInstansi() throws {
        let view = try view().view
        XCTAssertEqual(viewText(view, "instansi.tanggal_laporan"), "10 Januari 2024")
        XCTAssertEqual(viewText(view, "instansi.tempat_tanggal"), "Padang, 10 Januari 2024")
        XCTAssertEqual(viewText(view, "tahun"), "2023")
        XCTAssertEqual(viewText(view, "instansi.nama.upper"), "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM UJI")
        XCTAssertEqual(viewText(view, "instansi.logo"), "")
    }

    /// The cover lines of a Kantor Wilayah: KANTOR WILAYAH and the ministry, then the province.
    func testCoverLines() throws {
        let view = try view().view
        let paragraphs = viewList(view, "instansi.sampul").map { viewList($0, "baris").compactMap { viewText($0, "teks") } }
        XCTAssertEqual(paragraphs, [["Kantor Wilayah", "Kementerian Hukum dan Hak Asasi Manusia"], ["Sumatera Barat"]])
    }

    /// Every narasi name the templates use is present (empty when there is no file), so a
    /// typo is still caught; files become names with underscores.
    func testNarasiAlwaysPresent() throws {
        let view = try view().view
        XCTAssertEqual(viewText(view, "narasi.saran"), "")
        XCTAssertEqual(viewText(view, "narasi.latar_belakang")?.hasPrefix("Latar belakang"), true)
        XCTAssertEqual(viewText(view, "narasi.kata_pengantar"), "Puji syukur.")
        XCTAssertNil(viewValue(view, "narasi.sarann"))
    }

    /// Counts in words, UPT kinds by their id, refs that resolve to the typed blocks.
    func testOrganisasi() throws {
        let (view, registry) = try view()
        XCTAssertEqual(viewText(view, "jumlah_divisi.terbilang"), "2 (dua)")
        XCTAssertEqual(viewText(view, "jumlah_upt.terbilang"), "3 (tiga)")
        XCTAssertEqual(viewText(view, "upt.lapas.jumlah.terbilang"), "2 (dua)")
        XCTAssertEqual(viewText(view, "upt.rutan.jumlah"), "1")
        let pegawai = try XCTUnwrap(viewText(view, "pegawai.tabel"))
        let sections = try MarkupReader(template: "x.mustache", registry: registry, assets: []).parse("<chapter><section><insert ref=\"\(pegawai)\"/></section></chapter>")
        guard case .table(let table)? = sections.first?.blocks.first else { return XCTFail("the ref should give the pegawai table") }
        XCTAssertEqual(table.rows.count, 2 + 4 + 1)
    }

    /// Each division: its name, its head as a signatory ref, its units, and each sasaran and
    /// indicator by id straight under it.
    func testDivisi() throws {
        let (view, registry) = try view()
        XCTAssertEqual(viewList(view, "divisi").compactMap { viewText($0, "nama") }, ["Divisi Administrasi", "Divisi Pemasyarakatan"])
        XCTAssertEqual(viewText(view, "divisi.administrasi.kepala.nama"), "Ramelan Suprihadi")
        XCTAssertEqual(viewText(view, "divisi.administrasi.kepala.jabatan_singkat"), "Plt. Kepala Divisi Administrasi")
        XCTAssertEqual(viewText(view, "divisi.administrasi.kepala.nip"), "NIP. 19681209 199403 1 001")
        XCTAssertEqual(viewText(view, "divisi.administrasi.kepala.pangkat"), "Pembina (IV/a)")
        let unit = try XCTUnwrap(viewList(view, "divisi.administrasi.units").first)
        XCTAssertEqual(viewText(unit, "nomor"), "I")
        XCTAssertNotEqual(viewText(unit, "tabel_efisiensi"), "")
        XCTAssertEqual(viewText(unit, "tahun_anggaran"), "2022 dan 2023")
        XCTAssertEqual(viewText(view, "divisi.administrasi.unit1.anggaran.2023.persen"), viewText(unit, "anggaran.2023.persen"))
        let ttd = try XCTUnwrap(viewText(view, "divisi.administrasi.kepala.ttd"))
        let sections = try MarkupReader(template: "x.mustache", registry: registry, assets: []).parse("<chapter><section><signature><right ref=\"\(ttd)\"/></signature></section></chapter>")
        guard case .signature(let signature)? = sections.first?.blocks.first else { return XCTFail() }
        XCTAssertEqual(signature.right?.identifier, "NIP. 19681209 199403 1 001")
    }

    /// Perjanjian Kinerja: place and date of signing, the period of a second agreement, the
    /// tables it has.
    func testPerjanjian() throws {
        let view = try view().view
        let perjanjian = viewList(view, "perjanjian")
        XCTAssertEqual(perjanjian.count, 3)
        XCTAssertEqual(viewText(perjanjian[0], "tempat_tanggal"), "Padang, 5 Januari 2023")
        XCTAssertEqual(viewText(perjanjian[2], "periode"), "Periode 1 Juli 2023 s.d. 31 Desember 2023")
        XCTAssertNotEqual(viewText(perjanjian[0], "tabel_iku"), "")
        XCTAssertEqual(viewText(perjanjian[0], "tabel_ikp"), "")
        if case .absent? = viewValue(perjanjian[0], "revisi") {} else { XCTFail("an agreement never revised has no REVISI line") }
    }

    /// The figures a narrative cites are the view's names: the same path gives the same text
    /// in a template and in a citation.
    func testFiguresAreTheViewsNames() throws {
        let report = try SmallReport.report
        let catalog = ReportFigures.catalog(report, wording: try SmallReport.wording, narasiNames: [])
        let view = try view().view
        for name in ["tahun", "jumlah_upt.terbilang", "anggaran.2023.persen", "divisi.administrasi.total_anggaran", "kata.kolom_target", "upt.lapas.jumlah"] {
            XCTAssertEqual(catalog[name], viewText(view, name), name)
            XCTAssertTrue(catalog.names.contains(name), name)
        }
        XCTAssertFalse(catalog.names.contains { $0.hasPrefix("narasi.") }, "prose is placed, never cited")
        XCTAssertFalse(catalog.names.contains { $0.hasSuffix(".ttd") }, "refs are placed, never cited")
        XCTAssertEqual(catalog["instansi.nama.upper"], "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM UJI", "the upper form is read but not listed")
        XCTAssertFalse(catalog.names.contains("instansi.nama.upper"))
    }
}
