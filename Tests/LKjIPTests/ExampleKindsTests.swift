import Foundation
import LKjIP
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPReport
import LKjIPTemplates
import XCTest

/// The two bundled examples of other kinds of office: a perangkat daerah of a kabupaten and a
/// Kantor Wilayah of the Kementerian Hukum after the split. Built in-process from the bundled
/// templates; the LibreOffice tests lint them with the others.
final class ExampleKindsTests: XCTestCase {
    func renderer() throws -> TemplateRenderer {
        try TemplateRenderer(directory: Fixtures.templates, assets: [Fixtures.assets])
    }

    func report(_ example: URL) throws -> ComputedReport {
        let result = Pipeline.run(dataDirectory: example, templates: try renderer(), assets: Fixtures.assets)
        XCTAssertEqual(result.errors.map(\.description), [])
        return try XCTUnwrap(result.report)
    }

    /// Every paragraph, heading, caption and cell of a document, in order.
    func texts(_ document: Document) -> [String] {
        var result: [String] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): result.append(paragraph.content.plainText)
                case .heading(let heading): result.append(heading.content.plainText)
                case .keepTogether(let inner): walk(inner)
                case .table(let table):
                    if let caption = table.caption { result.append(caption.text) }
                    table.rows.forEach { $0.cells.forEach { walk($0.blocks) } }
                case .chart(let chart): result.append(chart.caption.text); result += chart.key + chart.series.map(\.name)
                case .signature(let signature):
                    for signatory in [signature.left, signature.right].compactMap({ $0 }) {
                        result += signatory.roleLines + [signatory.name] + [signatory.rank, signatory.identifier].compactMap { $0 }
                    }
                default: break
                }
            }
        }
        document.sections.forEach { walk($0.blocks) }
        return result
    }

    /// Check: no error; the only warning is the default logo.
    func testBothPassCheck() throws {
        for example in [Fixtures.dinkes, Fixtures.kemenkum] {
            let result = Pipeline.run(dataDirectory: example, templates: try renderer(), assets: Fixtures.assets)
            XCTAssertEqual(result.errors.map(\.description), [], example.lastPathComponent)
            XCTAssertEqual(result.warnings.map(\.message).filter { !$0.contains("logo") }, [], example.lastPathComponent)
        }
    }

    /// None of the words of another kind of office: a perangkat daerah prints no Kemenkumham,
    /// Divisi, SMART DJA, IKPA, e-Performance or satker; the Kantor Wilayah after the split no
    /// Kemenkumham, SMART DJA, IKPA or e-Performance.
    func testNoWordOfAnotherKind() throws {
        let dinkes = texts(try ReportDocuments.report(try report(Fixtures.dinkes), renderer: renderer())).joined(separator: "\n")
        for word in ["Kemenkumham", "Divisi", "SMART DJA", "IKPA", "e-Performance", "satker", "Satker", "Kantor Wilayah"] {
            XCTAssertFalse(dinkes.contains(word), "the perangkat daerah prints \(word)")
        }
        let kanwil = texts(try ReportDocuments.report(try report(Fixtures.kemenkum), renderer: renderer())).joined(separator: "\n")
        for word in ["Kemenkumham", "SMART DJA", "IKPA", "e-Performance", "e-Monev"] {
            XCTAssertFalse(kanwil.contains(word), "the Kantor Wilayah prints \(word)")
        }
    }

    /// The covers print each office's hierarchy in its kind's order: the regional government
    /// above the dinas; the Kantor Wilayah with its ministry, then the province.
    func testCoversInTheirKindsOrder() throws {
        let dinkes = texts(try ReportDocuments.report(try report(Fixtures.dinkes), renderer: renderer()))
        let kemenkum = texts(try ReportDocuments.report(try report(Fixtures.kemenkum), renderer: renderer()))
        XCTAssertTrue(dinkes.prefix(8).contains("PEMERINTAH KABUPATEN LEMBAH SARI\nDINAS KESEHATAN"), "\(dinkes.prefix(8))")
        XCTAssertTrue(kemenkum.prefix(8).contains("KANTOR WILAYAH\nKEMENTERIAN HUKUM"), "\(kemenkum.prefix(8))")
        XCTAssertTrue(kemenkum.prefix(8).contains("BENGKULU"), "\(kemenkum.prefix(8))")
    }

    /// The Kepala Dinas's PK with the Bupati: the Bupati signs with name and position, no NIP
    /// and no rank; the Kepala Dinas with both. Its budget lists the four programmes named by
    /// code, which add up to the whole budget.
    func testPKSignedByABupatiWithoutNIP() throws {
        let computed = try report(Fixtures.dinkes)
        let annex = try XCTUnwrap(try ReportDocuments.annexes(computed, renderer: renderer(), pejabat: "kepala", combined: false).first)
        XCTAssertEqual(annex.baseName, "PK-Dinkes-Lembah-Sari-2025-kepala")
        var signatures: [SignatureBlock] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                if case .signature(let signature) = block { signatures.append(signature) }
                if case .keepTogether(let inner) = block { walk(inner) }
            }
        }
        annex.document.sections.forEach { walk($0.blocks) }
        let bupati = try XCTUnwrap(signatures.first?.left)
        XCTAssertEqual(bupati.name, "H. Arman Syahputra, S.E., M.M.")
        XCTAssertEqual(bupati.roleLines, ["Pihak Kedua,", "Bupati Lembah Sari"])
        XCTAssertNil(bupati.identifier, "a Bupati has no NIP")
        XCTAssertNil(bupati.rank)
        XCTAssertEqual(signatures.first?.right?.identifier, "NIP. 19780512 200604 2 011")
        let pk = try XCTUnwrap(computed.kantor?.perjanjian)
        XCTAssertEqual(pk.kegiatan.compactMap(\.kegiatan.kode), ["1.02.01", "1.02.02", "1.02.03", "1.02.05"])
        // 60.407.500.000 + 7.225.000.000 + 160.000.000 + 135.000.000, the sums of anggaran.yaml.
        XCTAssertEqual(pk.totalAnggaran, 67_927_500_000)
        XCTAssertEqual(pk.totalAnggaran, computed.program.totalPagu)
    }

    /// The Dinas's IKU are measured in BAB III A before the bidang: AKI by the selisih rule,
    /// (2 × 145 − 132) / 145 × 100 = 108,97% → 109%; the quarterly imunisasi of the Bidang P2P
    /// takes its last quarter, 93,1 / 95 × 100 = 98,0%.
    func testOfficeIKUMeasuredInBabIII() throws {
        let computed = try report(Fixtures.dinkes)
        let kantor = try XCTUnwrap(computed.kantor)
        let aki = try XCTUnwrap(kantor.sasaran.first?.indikator.first)
        XCTAssertEqual(aki.indikator.id, "iku-aki")
        XCTAssertEqual(IndonesianFormat.capaian(aki.capaian), "109%")
        let text = texts(try ReportDocuments.report(computed, renderer: renderer()))
        let heading = try XCTUnwrap(text.firstIndex(of: "CAPAIAN IKU DINAS KESEHATAN KABUPATEN LEMBAH SARI"))
        let firstDivision = try XCTUnwrap(text.firstIndex(of: "CAPAIAN KINERJA SEKRETARIAT"))
        XCTAssertLessThan(heading, firstDivision)
        XCTAssertTrue(text[heading..<firstDivision].contains("Sasaran Strategis"))
        XCTAssertTrue(text[heading..<firstDivision].contains("109%"))
        let imunisasi = try XCTUnwrap(computed.divisi.first { $0.divisi.id == "p2p" }?.sasaran.first?.indikator.first { $0.indikator.id == "sp1-imunisasi" })
        XCTAssertEqual(IndonesianFormat.capaian(imunisasi.capaian), "98%")
    }

    /// Each PK's budget at its signatory's level: programmes for the Kepala Dinas, kegiatan for
    /// a Kepala Bidang (its part of a shared kegiatan), sub kegiatan for the Kepala UPTD.
    func testBudgetAtEachSignatorysLevel() throws {
        let computed = try report(Fixtures.dinkes)
        func levels(_ divisi: String) -> Set<Int> { Set(computed.perjanjian.first { $0.perjanjian.divisi == divisi }?.kegiatan.compactMap(\.tingkat) ?? []) }
        XCTAssertEqual(levels(""), [0])
        XCTAssertEqual(levels("kesmas"), [1])
        XCTAssertEqual(levels("uptd-farmasi"), [2])
        // Kesmas answers for four sub kegiatan of 1.02.02.2.02: 520 + 310 + 285 + 1.180 juta.
        XCTAssertEqual(computed.perjanjian.first { $0.perjanjian.divisi == "kesmas" }?.kegiatan.first?.anggaran, 2_295_000_000)
        // The bidang and the UPTD together list the whole budget, once.
        XCTAssertEqual(computed.divisi.map(\.perjanjian.totalAnggaran).reduce(0, +), 67_927_500_000)
    }

    /// `lkjip init --jenis <kind>` writes a skeleton of every bundled kind that passes check with
    /// no error: the head of office's PK with the superior, one part at the kind's level, the
    /// budget as three levels of codes; an unknown kind is refused with the nearest one.
    func testInitOfEveryKindPassesCheck() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for kind in WordingLoader.kinds(in: Fixtures.templates) {
            let target = folder.appendingPathComponent(kind)
            let created = try LKjIPProcess.run(["init", target.path, "--jenis", kind, "--tahun", "2025"])
            XCTAssertEqual(created.status, 0, created.standardError)
            let check = try LKjIPProcess.run(["check", target.path])
            XCTAssertEqual(check.status, 0, "\(kind): \(check.standardOutput)")
            XCTAssertTrue(check.standardOutput.contains("0 errors"), "\(kind): \(check.standardOutput)")
            let instansi = try String(contentsOf: target.appendingPathComponent("instansi.yaml"), encoding: .utf8)
            XCTAssertTrue(instansi.contains("jenis_instansi: \(kind)"), kind)
            XCTAssertTrue(FileManager.default.fileExists(atPath: target.appendingPathComponent("pk/kepala.yaml").path), kind)
        }
        let unknown = try LKjIPProcess.run(["init", folder.appendingPathComponent("x").path, "--jenis", "perangkat-dearah"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.standardError.contains("did you mean `perangkat-daerah`?"), unknown.standardError)
    }
}
