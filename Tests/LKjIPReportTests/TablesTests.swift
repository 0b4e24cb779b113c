import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
@testable import LKjIPReport
import TestSupport
import XCTest

/// The typed tables built from the small computed report (see `SmallReport` for the
/// figures worked by hand).
final class TablesTests: XCTestCase {
    var administrasi: DivisiKinerja {
        get throws { try XCTUnwrap(try SmallReport.report.divisi.first { $0.divisi.id == "administrasi" }) }
    }

    var unit: UnitKinerjaHasil {
        get throws { try XCTUnwrap(try administrasi.units.first) }
    }

    func testLoadsCleanly() throws {
        let report = try SmallReport.report
        XCTAssertEqual(report.divisi.map(\.divisi.id), ["administrasi", "pemasyarakatan"])
        XCTAssertEqual(report.perjanjian.count, 3)
    }

    // MARK: CapaianTable (BAB III A table a)

    /// Each sasaran cell spans as many rows as it has indicators (3 and 1); multi-indicator
    /// sasaran number their indicators "1.", "2.", "3."; the grid is whole.
    func testCapaianTableSpans() throws {
        let table = CapaianTable.make(try administrasi.sasaran, tingkat: try SmallReport.tingkat, wording: try SmallReport.wording)
        XCTAssertEqual(table.headerRowCount, 2)
        XCTAssertEqual(texts(table.rows[1]), ["1", "2", "3", "4", "5"], "the column-number row")
        let body = Array(table.rows.dropFirst(2))
        XCTAssertEqual(body.count, 4)
        XCTAssertEqual(body[0].cells[0].rowSpan, 3)
        XCTAssertEqual(text(body[0].cells[0]), "Terwujudnya layanan administratif yang efektif dan efisien")
        XCTAssertEqual(body[1].cells.count, 4, "the sasaran column is covered")
        XCTAssertEqual(body[3].cells[0].rowSpan, 1)
        XCTAssertEqual(text(body[0].cells[1]), "1. Indeks kepuasan layanan internal")
        XCTAssertEqual(text(body[2].cells[0]), "3. Persentase pegawai terlatih")
        XCTAssertEqual(text(body[3].cells[1]), "Nilai kinerja anggaran", "a single indicator is not numbered")
        assertGrid(table)
    }

    /// Capaian cells print the whole percent and are filled by status: 125% dark blue,
    /// 100% green, 50% amber.
    func testCapaianFillsByStatus() throws {
        let table = CapaianTable.make(try administrasi.sasaran, tingkat: try SmallReport.tingkat, wording: try SmallReport.wording)
        let capaian = table.rows.dropFirst(2).map { $0.cells.last! }
        XCTAssertEqual(capaian.map(text), ["125%", "100%", "50%", "100%"])
        XCTAssertEqual(capaian.map(\.shading), ["1F4E79", "00B050", "FFC000", "00B050"])
        let targets = table.rows.dropFirst(2).map { text($0.cells[$0.cells.count - 3]) }
        XCTAssertEqual(targets, ["3,1 Indeks", "80%", "90%", "90"])
    }

    // MARK: NilaiSasaranTable

    /// One row per sasaran: code, name, number of indicators, NILAI SS rounded to a whole
    /// percent and its status (91,67 → "92%" belum tercapai; 100% tercapai).
    func testNilaiSasaranTable() throws {
        let table = NilaiSasaranTable.make(try administrasi.sasaran, tingkat: try SmallReport.tingkat, wording: try SmallReport.wording)
        XCTAssertEqual(texts(table.rows[0]), ["KODE SS", "NAMA SS", "JUMLAH IKK", "NILAI SS", "STATUS SS"])
        XCTAssertEqual(texts(table.rows[1]), ["SS1", "Terwujudnya layanan administratif yang efektif dan efisien", "3", "92%", "Belum tercapai"])
        XCTAssertEqual(texts(table.rows[2]), ["SS2", "Terwujudnya pengelolaan keuangan yang akuntabel", "1", "100%", "Tercapai"])
        XCTAssertEqual(table.rows[1].cells.last?.shading, "FFC000")
        XCTAssertEqual(table.rows[2].cells.last?.shading, "00B050")
    }

    // MARK: RiwayatTable (table b)

    /// The year columns are exactly the years the data has values for (2020, 2022 and the
    /// report year 2023, filled from the realisasi): no empty 2021 column.
    func testRiwayatYearsAreThoseOfTheData() throws {
        let table = RiwayatTable.make(try unit, tingkat: try SmallReport.tingkat, wording: try SmallReport.wording)
        let header = texts(table.rows[0])
        let years = header.filter { Int($0) != nil }
        XCTAssertEqual(years, ["2020", "2022", "2023"])
        for column in header.indices where Int(header[column]) != nil {
            let values = table.rows.dropFirst(2).map { text($0.cells[column]) }
            XCTAssertFalse(values.allSatisfy { $0 == "-" || $0.isEmpty }, "year column \(header[column]) is empty")
        }
    }

    /// The linked row carries the report year's realisasi and a trend; the column numbers
    /// row matches the columns.
    func testRiwayatLinkedRow() throws {
        let table = RiwayatTable.make(try unit, tingkat: try SmallReport.tingkat, wording: try SmallReport.wording)
        XCTAssertEqual(table.headerRowCount, 2)
        XCTAssertEqual(texts(table.rows[1]), (1...table.columnCount).map(String.init))
        let linked = texts(table.rows[2])
        XCTAssertEqual(linked.first, "1. Indeks kepuasan layanan internal")
        XCTAssertTrue(linked.contains("3,875 Indeks"), "the realisasi as typed: \(linked)")
        XCTAssertTrue(linked.contains("3,2 Indeks"))
        XCTAssertTrue(texts(table.rows[0]).contains("Tren"))
        assertGrid(table)
    }

    // MARK: RenstraTable (table d)

    /// Target years 2020-2024 and realisasi years under two spanning headers; the row's
    /// unit stands once in a "Satuan" column; the linked row shows its progress toward the
    /// 2024 target (3,875 / 3,2 = 121%).
    func testRenstraTable() throws {
        let table = RenstraTable.make(try unit, tahun: 2023, tingkat: try SmallReport.tingkat, wording: try SmallReport.wording)
        XCTAssertEqual(table.headerRowCount, 3)
        let first = table.rows[0].cells
        XCTAssertEqual(first[0].rowSpan, 2)
        let targets = try XCTUnwrap(first.first { text($0) == "Target Jangka Menengah" })
        XCTAssertEqual(targets.colSpan, 5)
        // The realisasi years of the data: 2020 and 2022 typed, 2023 from the linked IKK (no 2021).
        XCTAssertEqual(first.first { text($0) == "Realisasi Kinerja" }?.colSpan, 3, "realisasi 2020, 2022, 2023")
        XCTAssertEqual(text(first.last!), "Capaian thd Target 2024")
        XCTAssertEqual(Array(texts(table.rows[1]).prefix(5)), ["2020", "2021", "2022", "2023", "2024"])
        let header = first.map(text)
        let row = texts(table.rows[3])
        XCTAssertEqual(row.last, "121%")
        XCTAssertEqual(row.count, table.columnCount)
        if let satuan = header.firstIndex(of: "Satuan") {
            XCTAssertEqual(row[satuan], "Indeks")
            XCTAssertEqual(Array(row[(satuan + 1)...(satuan + 5)]), ["3,0", "3,0", "3,1", "3,1", "3,2"], "targets with the decimals typed")
        } else {
            XCTAssertEqual(Array(row[1...5]), ["3,0 Indeks", "3,0 Indeks", "3,1 Indeks", "3,1 Indeks", "3,2 Indeks"], "targets with the decimals typed")
        }
        assertGrid(table)
    }

    // MARK: AnggaranTable (table c and BAB III B)

    /// One column per year; PAGU and REALISASI in Indonesian thousands (the unit "(Rp)" in
    /// the label), CAPAIAN with two decimals: 1.700.000.000 / 2.000.000.000 = 85,00%.
    func testAnggaranTable() throws {
        let table = AnggaranTable.make(try unit.anggaran, wording: try SmallReport.wording)
        XCTAssertEqual(texts(table.rows[0]), ["Kinerja Keuangan Satker", "Tahun 2022", "Tahun 2023"])
        XCTAssertEqual(text(table.rows[1].cells[0]).hasPrefix("PAGU"), true)
        XCTAssertEqual(Array(texts(table.rows[1]).dropFirst()).map { $0.replacingOccurrences(of: "Rp\u{00A0}", with: "") }, ["1.800.000.000", "2.000.000.000"])
        XCTAssertEqual(Array(texts(table.rows[3]).dropFirst()), ["94,44%", "85,00%"])
        XCTAssertTrue(table.rows[1].cells[0].rowHeader)
        XCTAssertEqual(table.rows[1].cells[1].alignment, .right)
        // Wherever "Rp" is printed it is joined to the amount by a no-break space.
        for row in table.rows { for cell in row.cells where text(cell).contains("Rp") { XCTAssertTrue(text(cell).contains("Rp\u{00A0}") || text(cell).hasSuffix("(Rp)")) } }
    }

    // MARK: TargetTable and KegiatanTable (Perjanjian Kinerja)

    /// The IKK target table of a PK: sasaran numbered "1.", "2." spanning their indicators,
    /// indicators of a multi-indicator sasaran numbered "1.", "2.", "3.", the "(1)".."(4)"
    /// column-number row.
    func testTargetTableNumbering() throws {
        let pk = try XCTUnwrap(try SmallReport.report.perjanjian.first { $0.divisi.id == "administrasi" })
        let table = TargetTable.measured(pk.perjanjian.sasaranKegiatan, tingkat: try SmallReport.tingkat, numberRow: true, wording: try SmallReport.wording)
        XCTAssertEqual(texts(table.rows[0]), ["No.", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target"])
        XCTAssertEqual(texts(table.rows[1]), ["(1)", "(2)", "(3)", "(4)"])
        XCTAssertEqual(table.headerRowCount, 2)
        let body = Array(table.rows.dropFirst(2))
        XCTAssertEqual(text(body[0].cells[0]), "1.")
        XCTAssertEqual(body[0].cells[0].rowSpan, 3)
        XCTAssertEqual(body[0].cells[1].rowSpan, 3)
        XCTAssertEqual(body.map { text($0.cells[$0.cells.count - 2]) }, [
            "1. Indeks kepuasan layanan internal", "2. Persentase layanan tepat waktu", "3. Persentase pegawai terlatih", "Nilai kinerja anggaran",
        ])
        XCTAssertEqual(text(body[3].cells[0]), "2.")
        XCTAssertEqual(body.map { text($0.cells.last!) }, ["3,1 Indeks", "80%", "90%", "90"])
        assertGrid(table)
    }

    /// IKU rows: a word target stands as written (WTP); a number with its decimals (87,0).
    func testIkuTableTargets() throws {
        let pk = try XCTUnwrap(try SmallReport.report.perjanjian.first { $0.divisi.id == "administrasi" })
        let table = TargetTable.iku(pk.perjanjian.sasaranStrategis, header: "Sasaran Strategis", indikatorHeader: "Indikator Kinerja Utama", wording: try SmallReport.wording)
        XCTAssertEqual(table.rows.dropFirst(2).map { text($0.cells.last!) }, ["87,0", "WTP"])
    }

    /// The budget table: the programme line bold with its computed sum, kegiatan plain,
    /// and the bold total, all in Rupiah with a no-break space and ",-".
    func testKegiatanTable() throws {
        let pk = try XCTUnwrap(try SmallReport.report.perjanjian.first { $0.divisi.id == "administrasi" })
        let table = KegiatanTable.make(pk, wording: try SmallReport.wording)
        let rows = table.rows.map(texts)
        XCTAssertEqual(rows, [
            ["Program / Kegiatan", "Anggaran"],
            ["Program Dukungan Manajemen", "Rp\u{00A0}2.000.000.000,-"],
            ["Layanan Umum", "Rp\u{00A0}1.500.000.000,-"],
            ["Layanan Keuangan", "Rp\u{00A0}500.000.000,-"],
            ["Jumlah", "Rp\u{00A0}2.000.000.000,-"],
        ])
        XCTAssertTrue(isBold(table.rows[1].cells[0]) && isBold(table.rows[1].cells[1]))
        XCTAssertFalse(isBold(table.rows[2].cells[0]))
        XCTAssertTrue(isBold(table.rows[4].cells[1]))
        XCTAssertEqual(table.rows[2].cells[1].alignment, .right)
    }

    // MARK: PegawaiTable (BAB I B)

    /// Employees per satker with computed row totals and column totals (293, 135, 428).
    func testPegawaiTotals() throws {
        let table = PegawaiTable.make(try SmallReport.report.pegawai, wording: try SmallReport.wording)
        XCTAssertEqual(table.headerRowCount, 2)
        XCTAssertEqual(table.rows[0].cells[2].colSpan, 2)
        let body = table.rows.dropFirst(2).map(texts)
        XCTAssertEqual(body.count, 5)
        XCTAssertEqual(body[0], ["1", "KANWIL UJI", "93", "91", "184"])
        XCTAssertEqual(body[3], ["4", "RUTAN KELAS IIB PAINAN", "31", "5", "36"])
        XCTAssertEqual(body[4], ["TOTAL", "293", "135", "428"])
        XCTAssertEqual(table.rows.last?.cells.first?.colSpan, 2)
        XCTAssertTrue(table.rows.last!.cells.allSatisfy(isBold))
        assertGrid(table)
    }

    // MARK: analyses

    /// Analyses 2-4 side by side: realisasi, trend, the share of the Renstra end target and
    /// the national standard (3,875 against 3,0: memenuhi).
    func testPerbandinganTable() throws {
        let table = try XCTUnwrap(try SmallReport.analyses.perbandingan(try administrasi.sasaran, tahun: 2023))
        XCTAssertEqual(texts(table.rows[0]), ["Indikator Kinerja Kegiatan", "Realisasi 2023", "Dibanding Tahun Sebelumnya", "Target Renstra 2024", "Capaian thd Target Renstra", "Standar Nasional"])
        XCTAssertEqual(table.rows.count, 1 + 4)
        let first = texts(table.rows[1])
        XCTAssertEqual(first[0], "1. Indeks kepuasan layanan internal")
        XCTAssertEqual(first[3], "3,2 Indeks")
        XCTAssertEqual(first[4], "121%")
        XCTAssertTrue(first[5].hasSuffix("(memenuhi)"), first[5])
        XCTAssertEqual(texts(table.rows[3])[5], "-", "no standard for ss1-3")
        XCTAssertTrue(table.rows[1].cells[0].rowHeader)
    }

    /// Analysis 6: NILAI SS 91,67%, printed "92%" as everywhere, against 85,00% spent: the
    /// selisih of the printed figures is 92 − 85,00 = 7,00, Efisien. Only the sasaran with
    /// linked kegiatan (or a unit budget) is measured.
    func testEfisiensiTable() throws {
        let table = try XCTUnwrap(try SmallReport.analyses.efisiensi(try administrasi.sasaran))
        XCTAssertEqual(texts(table.rows[1]), ["Terwujudnya layanan administratif yang efektif dan efisien", "92%", "85,00%", "7,00 poin", "Efisien"])
    }

    /// Analysis 7: the kegiatan of each sasaran with anggaran, realisasi and serapan; the
    /// sasaran cell spans its kegiatan.
    func testKegiatanAnalysisTable() throws {
        let table = try XCTUnwrap(try SmallReport.analyses.kegiatan(try administrasi.sasaran))
        XCTAssertEqual(table.rows[1].cells[0].rowSpan, 2)
        XCTAssertEqual(Array(texts(table.rows[1]).dropFirst()), ["Layanan Umum", "Rp\u{00A0}1.500.000.000", "Rp\u{00A0}1.200.000.000", "80,00%"])
        XCTAssertEqual(texts(table.rows[2]), ["Layanan Keuangan", "Rp\u{00A0}500.000.000", "Rp\u{00A0}500.000.000", "100,00%"])
        assertGrid(table)
    }

    /// Quarterly targets and realisasi of the indicator that has them (TW I-IV of 20, 40,
    /// 60, 80%) and the yearly value taken at the last quarter.
    func testTriwulanTable() throws {
        let table = try XCTUnwrap(try SmallReport.analyses.triwulan(try administrasi.sasaran))
        XCTAssertEqual(table.headerRowCount, 2)
        XCTAssertEqual(texts(table.rows[1]), ["TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV"])
        XCTAssertEqual(texts(table.rows[2]), ["Persentase layanan tepat waktu", "20%", "40%", "60%", "80%", "20%", "40%", "60%", "80%", "80%"])
        assertGrid(table)
    }

    /// Without any linked data the analyses are absent, not empty tables.
    func testAnalysesAbsentWithoutData() throws {
        let pas = try XCTUnwrap(try SmallReport.report.divisi.first { $0.divisi.id == "pemasyarakatan" })
        XCTAssertNil(try SmallReport.analyses.efisiensi(pas.sasaran))
        XCTAssertNil(try SmallReport.analyses.kegiatan(pas.sasaran))
        XCTAssertNil(try SmallReport.analyses.triwulan(pas.sasaran))
        XCTAssertNil(try SmallReport.analyses.perbandingan(pas.sasaran, tahun: 2023))
    }

    /// The legend: one row per shaded status, with its colour and its words.
    func testLegend() throws {
        let table = LegendTable.make(wording: try SmallReport.wording)
        XCTAssertEqual(table.rows.map { $0.cells[0].shading }, ["1F4E79", "00B050", "FFC000", "A6A6A6"])
        XCTAssertEqual(table.rows.map { text($0.cells[1]) }, ["Melebihi target", "Tercapai", "Belum tercapai", "Minus dari target"])
        XCTAssertTrue(table.keepTogether)
    }
}
