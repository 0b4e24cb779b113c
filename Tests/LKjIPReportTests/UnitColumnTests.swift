import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
@testable import LKjIPReport
import XCTest

/// The "Satuan" column of table d (`UnitColumn`, used by `RenstraTable`): a unit shared by a
/// row's figures is printed once; a bare number can never be read in another figure's unit.
/// Every expected cell is written out by hand from the data typed below.
final class UnitColumnTests: XCTestCase {
    // MARK: UnitColumn alone

    private func number(_ value: Double, _ unit: String? = nil, decimals: Int? = nil) -> TableValue {
        TableValue(number: Nilai(value, decimals: decimals), unit: unit)
    }

    /// Every figure in "%" (three through the row's fallback, one typed with it): the label is
    /// "%" and every cell prints the number alone.
    func testSharedUnitGoesToTheSatuanColumn() {
        let cells: [(value: TableValue?, fallback: String?)] = [(number(90), "%"), (number(95), "%"), (number(97, "%"), "%"), (number(92.5, decimals: 1), "%")]
        let column = UnitColumn(cells)
        XCTAssertEqual(column.label, "%")
        XCTAssertEqual(cells.map { column.text($0.value, fallback: $0.fallback, decimals: nil) }, ["90", "95", "97", "92,5"])
    }

    /// Units that differ only in letter case are one unit; the label keeps the spelling met first.
    func testUnitLetterCaseIsIgnored() {
        let cells: [(value: TableValue?, fallback: String?)] = [(number(5, "Raperda"), nil), (number(6, "raperda"), nil)]
        let column = UnitColumn(cells)
        XCTAssertEqual(column.label, "Raperda")
        XCTAssertEqual(cells.map { column.text($0.value, fallback: $0.fallback, decimals: nil) }, ["5", "6"])
    }

    /// The seed's Pemasyarakatan row (line 657): targets "90%" … "97%" and a realisasi "7,0"
    /// without any unit. "7,0" beside a Satuan "%" would read 7,0 %: no label, every cell
    /// keeps its own unit and the unitless figure stays bare.
    func testUnitlessFigureKeepsEveryUnitInItsCell() {
        let cells: [(value: TableValue?, fallback: String?)] = [(number(90), "%"), (number(97), "%"), (number(7, decimals: 1), nil)]
        let column = UnitColumn(cells)
        XCTAssertEqual(column.label, "")
        XCTAssertEqual(cells.map { column.text($0.value, fallback: $0.fallback, decimals: nil) }, ["90%", "97%", "7,0"])
    }

    /// Three figures in "Instansi Pemerintah" and one in "kab/kota": the most common unit is
    /// hoisted, the other stays in its cell.
    func testMostCommonUnitIsHoistedAndTheOtherKeptInline() {
        let cells: [(value: TableValue?, fallback: String?)] = [
            (number(15, "Instansi Pemerintah"), nil), (number(19, "kab/kota"), nil), (number(17, "Instansi Pemerintah"), nil), (number(20, "Instansi Pemerintah"), nil),
        ]
        let column = UnitColumn(cells)
        XCTAssertEqual(column.label, "Instansi Pemerintah")
        XCTAssertEqual(cells.map { column.text($0.value, fallback: $0.fallback, decimals: nil) }, ["15", "19 kab/kota", "17", "20"])
    }

    /// Words and empty years do not count as unitless figures: "WTP" and "-" beside "%"
    /// figures leave the row its Satuan.
    func testWordsAndGapsDoNotCount() {
        let cells: [(value: TableValue?, fallback: String?)] = [(number(90), "%"), (TableValue(word: "WTP"), "%"), (nil, "%")]
        let column = UnitColumn(cells)
        XCTAssertEqual(column.label, "%")
        XCTAssertEqual(cells.map { column.text($0.value, fallback: $0.fallback, decimals: nil) }, ["90", "WTP", "-"])
    }

    // MARK: through RenstraTable (table d) of the small report

    /// Table d of Divisi Administrasi with four extra rows (besides the linked ss1-1 row of
    /// `SmallReport`). Target years 2020-2024 (from the ss1-1 row); realisasi years 2020 and
    /// 2022 (typed) and 2023 (the linked IKK's realisasi).
    static let realisasi = SmallReport.files["realisasi/administrasi.yaml"]!.replacingOccurrences(of: "        realisasi: {\"2020\": 3.2, \"2022\": 3.5}", with: """
                realisasi: {"2020": 3.2, "2022": 3.5}
              - nama: Persentase layanan tepat waktu
                satuan: "%"
                target: {"2020": 80, "2021": 85}
                realisasi: {"2020": 82}
              - nama: Persentase warga binaan yang mengikuti pembinaan
                satuan_target: "%"
                target: {"2020": 90, "2024": 97}
                realisasi: {"2020": 7.0}
              - nama: Jumlah instansi pemerintah yang dibina
                target: {"2020": "15 Instansi Pemerintah", "2021": "17 Instansi Pemerintah", "2022": "19 kab/kota", "2023": "20 Instansi Pemerintah"}
                realisasi: {"2020": "16 Instansi Pemerintah"}
              - nama: Jumlah rancangan peraturan daerah yang diharmonisasi
                target: {"2020": "5 Raperda", "2021": "6 raperda"}
                realisasi: {}
        """)

    /// The body rows of table d by label, each as [column header: cell text] where target
    /// columns are "T2020" … and realisasi columns "R2020" ….
    private func renstraRows() throws -> [String: [String: String]] {
        XCTAssertNotEqual(Self.realisasi, SmallReport.files["realisasi/administrasi.yaml"]!, "the extra rows were inserted")
        let report = try SmallReport.make(changing: ["realisasi/administrasi.yaml": Self.realisasi])
        let unit = try XCTUnwrap(report.divisi.first { $0.divisi.id == "administrasi" }?.units.first)
        let table = RenstraTable.make(unit, tahun: 2023)
        assertGrid(table)
        let first = table.rows[0].cells.map(text)
        XCTAssertEqual(Array(first.prefix(2)), ["Indikator Kinerja Kegiatan", "Satuan"])
        let targets = try XCTUnwrap(table.rows[0].cells.first { text($0) == "Target Jangka Menengah" }).colSpan
        let years = texts(table.rows[1])
        XCTAssertEqual(years, ["2020", "2021", "2022", "2023", "2024", "2020", "2022", "2023"])
        let names = ["label", "satuan"] + years.enumerated().map { ($0.offset < targets ? "T" : "R") + $0.element } + ["progres"]
        var result: [String: [String: String]] = [:]
        for row in table.rows.dropFirst(3) {
            let cells = texts(row)
            XCTAssertEqual(cells.count, names.count)
            result[cells[0]] = Dictionary(uniqueKeysWithValues: zip(names, cells))
        }
        return result
    }

    func testRenstraRowWithOneUnit() throws {
        let row = try XCTUnwrap(try renstraRows()["Persentase layanan tepat waktu"])
        XCTAssertEqual(row["satuan"], "%")
        XCTAssertEqual([row["T2020"], row["T2021"], row["T2022"], row["R2020"]], ["80", "85", "-", "82"])
        let raperda = try XCTUnwrap(try renstraRows()["Jumlah rancangan peraturan daerah yang diharmonisasi"])
        XCTAssertEqual(raperda["satuan"], "Raperda")
        XCTAssertEqual([raperda["T2020"], raperda["T2021"]], ["5", "6"])
    }

    /// Targets in "%" (satuan_target) and a realisasi 7,0 with no unit: Satuan "-", the
    /// targets keep "%", the realisasi stays bare.
    func testRenstraRowWithAUnitlessFigure() throws {
        let row = try XCTUnwrap(try renstraRows()["Persentase warga binaan yang mengikuti pembinaan"])
        XCTAssertEqual(row["satuan"], "-")
        XCTAssertEqual([row["T2020"], row["T2021"], row["T2024"], row["R2020"]], ["90%", "-", "97%", "7,0"])
    }

    /// 15, 17 and 20 "Instansi Pemerintah" plus the realisasi 16 of the same unit (4 figures)
    /// against one "19 kab/kota": Satuan "Instansi Pemerintah", "19 kab/kota" kept inline.
    func testRenstraRowOfMixedUnits() throws {
        let row = try XCTUnwrap(try renstraRows()["Jumlah instansi pemerintah yang dibina"])
        XCTAssertEqual(row["satuan"], "Instansi Pemerintah")
        XCTAssertEqual([row["T2020"], row["T2021"], row["T2022"], row["T2023"], row["T2024"], row["R2020"]], ["15", "17", "19 kab/kota", "20", "-", "16"])
    }
}
