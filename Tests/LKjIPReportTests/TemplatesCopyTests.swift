import Foundation
import LKjIPCompute
import LKjIPDocument
@testable import LKjIPModel
@testable import LKjIPReport
import LKjIPTemplates
import XCTest

/// Every printed word is in the templates folder: a copy changes a table header, a chart
/// caption and the PK title without Swift, and an unknown name in a copy is reported with the
/// nearest one.
final class TemplatesCopyTests: XCTestCase {
    var copy: URL!

    override func setUpWithError() throws {
        copy = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-templates-copy-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SmallReport.templates, to: copy)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: copy)
    }

    func edit(_ file: String, _ old: String, _ new: String, line: UInt = #line) throws {
        let url = copy.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(file) lacks \(old)", line: line)
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    func renderer() throws -> TemplateRenderer {
        try TemplateRenderer(directory: copy, assets: [SmallReport.templates.deletingLastPathComponent().appendingPathComponent("assets")])
    }

    /// Every caption and every cell and paragraph text of a document.
    func texts(_ document: Document) -> [String] {
        var result: [String] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): result.append(paragraph.content.plainText)
                case .keepTogether(let inner): walk(inner)
                case .table(let table):
                    if let caption = table.caption { result.append(caption.text) }
                    table.rows.forEach { $0.cells.forEach { walk($0.blocks) } }
                case .chart(let chart): result.append(chart.caption.text)
                default: break
                }
            }
        }
        document.sections.forEach { walk($0.blocks) }
        return result
    }

    /// The header "Target" of every computed table comes from `kata.yaml`: a copy that says
    /// "Sasaran Angka" prints that in table a, and the bundled one still says "Target".
    func testTableHeaderFromTheWordsFile() throws {
        try edit("kata.yaml", "  kolom_target: Target\n", "  kolom_target: Sasaran Angka\n")
        let document = try ReportDocuments.report(try SmallReport.report, renderer: renderer())
        let printed = texts(document)
        XCTAssertTrue(printed.contains("Sasaran Angka"))
        XCTAssertFalse(printed.contains("Target"), "no table prints the old header")
    }

    /// The caption of the capaian chart is the template's.
    func testChartCaptionFromTheTemplate() throws {
        try edit("bab3-unit.mustache", "caption=\"Capaian {{kata_indikator}} {{subjek}} Tahun {{tahun}}\"", "caption=\"Diagram Capaian {{subjek}}\"")
        let document = try ReportDocuments.report(try SmallReport.report, renderer: renderer())
        XCTAssertTrue(texts(document).contains("Diagram Capaian Divisi Administrasi"), "\(texts(document).filter { $0.contains("Capaian") })")
    }

    /// The word before a caption's number is `kata.yaml`'s: a copy that says "Tab." numbers
    /// "Tab. 2.1" in the captions and in DAFTAR TABEL; the bundled one says "Tabel".
    func testCaptionWordFromTheWordsFile() throws {
        let bundled = try ReportDocuments.report(try SmallReport.report, renderer: TemplateRenderer(directory: SmallReport.templates, assets: [SmallReport.templates.deletingLastPathComponent().appendingPathComponent("assets")]))
        let firstTable = try XCTUnwrap(bundled.contents.first { $0.kind == .caption(.table) })
        XCTAssertTrue(firstTable.text.hasPrefix("Tabel "), firstTable.text)
        try edit("kata.yaml", "  label_tabel: Tabel\n", "  label_tabel: Tab.\n")
        let document = try ReportDocuments.report(try SmallReport.report, renderer: renderer())
        let tables = document.contents.filter { $0.kind == .caption(.table) }
        XCTAssertFalse(tables.isEmpty)
        XCTAssertTrue(tables.allSatisfy { $0.text.hasPrefix("Tab. ") }, "\(tables.map(\.text).prefix(3))")
        XCTAssertEqual(tables[0].text, "Tab." + firstTable.text.dropFirst("Tabel".count))
        XCTAssertTrue(document.contents.contains { $0.kind == .caption(.chart) && $0.text.hasPrefix("Grafik ") })
    }

    /// The PK title and its REVISI line are the template's.
    func testPKTitleFromTheTemplate() throws {
        try edit("perjanjian-kinerja.mustache", "PERJANJIAN KINERJA TAHUN {{tahun}}{{#revisi}} — REVISI {{nomor}}{{/revisi}}<br/>{{pihak_pertama.jabatan_singkat.upper}}<br/>", "PENETAPAN KINERJA {{tahun}}{{#revisi}} (PERUBAHAN {{nomor}}){{/revisi}}<br/>{{pihak_pertama.jabatan_singkat.upper}}<br/>")
        let annex = try XCTUnwrap(try ReportDocuments.annexes(try SmallReport.report, renderer: renderer(), pejabat: "kadiv-administrasi", combined: false).first)
        XCTAssertTrue(texts(annex.document).contains { $0.hasPrefix("PENETAPAN KINERJA 2023") }, "\(texts(annex.document).prefix(3))")
    }

    /// A kind's own words override `kata.yaml`: the perubahan table's "Divisi" is "Bidang" for a
    /// perangkat daerah.
    func testKindWordsOverride() throws {
        let wording = try XCTUnwrap(WordingLoader.load(directory: copy, jenis: "perangkat-daerah").wording)
        XCTAssertEqual(wording[.perubahanBagian], "Bidang")
        XCTAssertEqual(wording[.kolomTarget], "Target")
        XCTAssertEqual(try SmallReport.wording[.perubahanBagian], "Divisi")
    }

    /// A misspelt name in a template copy: the template, its line, and the nearest name of the
    /// place it is used in; also across naming conventions (camelCase of the first releases).
    func testUnknownTemplateNameWithItsSuggestion() throws {
        try edit("bab3-unit.mustache", "<insert ref=\"{{tabel_capaian}}\"", "<insert ref=\"{{tabel_capaiann}}\"")
        XCTAssertThrowsError(try ReportDocuments.report(try SmallReport.report, renderer: renderer())) { error in
            let problem = error as? TemplateError
            XCTAssertEqual(problem?.template, "bab3-unit.mustache")
            XCTAssertEqual(problem?.line, 6)
            XCTAssertEqual(problem?.message, "unknown variable `tabel_capaiann`; did you mean `tabel_capaian`?")
        }
        try edit("bab3-unit.mustache", "{{tabel_capaiann}}", "{{tabelCapaian}}")
        XCTAssertThrowsError(try ReportDocuments.report(try SmallReport.report, renderer: renderer())) { error in
            XCTAssertEqual((error as? TemplateError)?.message, "unknown variable `tabelCapaian`; did you mean `tabel_capaian`?")
        }
    }

    /// A word the file does not know, with the nearest one; a word missing from `kata.yaml`.
    func testUnknownAndMissingWords() throws {
        try edit("kata.yaml", "  kolom_target: Target\n", "  kolom_targt: Target\n")
        let (wording, diagnostics) = WordingLoader.load(directory: copy)
        XCTAssertNil(wording)
        XCTAssertTrue(diagnostics.contains { $0.location.file == "templates/kata.yaml" && $0.message == "unknown word `kolom_targt`; did you mean `kolom_target`?" && $0.location.line != nil }, diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(diagnostics.contains { $0.message.hasPrefix("missing words: kolom_target") })
    }

    /// An unknown kind of office, with the nearest one and the list.
    func testUnknownKind() throws {
        let (wording, diagnostics) = WordingLoader.load(directory: copy, jenis: "perangkat-dearah")
        XCTAssertNil(wording)
        XCTAssertEqual(diagnostics.first?.message, "unknown kind of office `perangkat-dearah`; did you mean `perangkat-daerah`? the kinds are: eselon1, kanwil, kementerian, perangkat-daerah, upt (files templates/jenis/<kind>.yaml)")
    }
}

/// Parts tied to one system appear only with their data.
final class SystemSectionsTests: XCTestCase {
    func renderer() throws -> TemplateRenderer {
        try TemplateRenderer(directory: SmallReport.templates, assets: [SmallReport.templates.deletingLastPathComponent().appendingPathComponent("assets")])
    }

    func headings(_ report: ComputedReport) throws -> [String] {
        try ReportDocuments.report(report, renderer: renderer()).sections.flatMap(\.blocks).compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.content.plainText }
            return nil
        }
    }

    /// With SMART DJA scores and an e-Performance narasi, their headings are printed; the
    /// small report has neither, and neither heading is.
    func testSectionAbsentWhenItsDataIsAbsent() throws {
        let report = try SmallReport.report
        let without = try headings(report)
        XCTAssertFalse(without.contains("Nilai Kinerja pada Aplikasi SMART DJA"), "\(without)")
        XCTAssertFalse(without.contains { $0.hasPrefix("e-Performance") }, "\(without)")
        XCTAssertFalse(without.contains { $0.contains("IKPA") }, "\(without)")
        var data = report.data
        data.anggaran.smartDja = [NilaiSmart(satker: "Kanwil", kode: "408798", nilai: Nilai(99.6), keterangan: nil)]
        data.narasi["eperformance"] = "Aplikasi e-Performance."
        let with = try headings(ReportComputer.compute(data).report)
        XCTAssertTrue(with.contains("Nilai Kinerja pada Aplikasi SMART DJA"), "\(with)")
        XCTAssertTrue(with.contains { $0.hasPrefix("e-Performance") }, "\(with)")
        XCTAssertFalse(with.contains { $0.contains("IKPA") }, "IKPA still has no data")
    }
}
