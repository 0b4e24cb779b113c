import Foundation
import LKjIP
import LKjIPDocument
import TestSupport
import XCTest

/// The bundled example must stand in for the seed report: same chapters, same tables,
/// all four Perjanjian Kinerja annexes with both signatories.
final class ExampleBuildTests: XCTestCase {
    /// Headings of the seed's DAFTAR ISI (../shared/seeds/000_5c8fa75ccd183109.txt).
    static let seedTableOfContents = [
        "KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI",
        "BAB I PENDAHULUAN", "A. LATAR BELAKANG", "B. TUGAS, FUNGSI DAN STRUKTUR ORGANISASI", "C. MAKSUD DAN TUJUAN",
        "D. ASPEK STRATEGIS", "E. ISU STRATEGIS", "F. SISTEMATIKA LAPORAN",
        "BAB II PERENCANAAN KINERJA", "A. RENCANA STRATEGIS", "B. PERJANJIAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA", "A. CAPAIAN KINERJA ORGANISASI", "B. REALISASI ANGGARAN",
        "C. CAPAIAN KINERJA ANGGARAN", "D. CAPAIAN KINERJA LAINNYA",
        "BAB IV PENUTUP", "A. KESIMPULAN", "B. SARAN",
    ]

    /// Tables in the seed: runs of TAB-separated lines, 66, less the DAFTAR ISI's dotted lines.
    static let seedTableCount = 65

    static var built: (document: Document, docx: Data, html: String)?

    func buildExample() throws -> (document: Document, docx: Data, html: String) {
        if let built = Self.built { return built }
        let report = try ReportBuilder.compute(dataDirectory: Fixtures.sumbar)
        let document = try ReportBuilder.document(for: report, templates: Fixtures.templates, assets: Fixtures.assets)
        let output = try Fixtures.temporaryDirectory()
        let files = try ReportBuilder.build(Fixtures.request(data: Fixtures.sumbar, output: output))
        XCTAssertEqual(files.map(\.lastPathComponent), ["LKjIP-Kanwil-Sumbar-2023.docx", "LKjIP-Kanwil-Sumbar-2023.html"])
        let docx = try Data(contentsOf: files[0])
        let html = try String(contentsOf: files[1], encoding: .utf8)
        Self.built = (document, docx, html)
        return (document, docx, html)
    }

    func testEveryHeadingOfTheSeedTableOfContentsIsPresent() throws {
        let (_, docx, html) = try buildExample()
        let paragraphs = Set(DocxText.paragraphs(try DocxText.documentXML(docx)))
        for heading in Self.seedTableOfContents {
            XCTAssertTrue(paragraphs.contains(heading), "missing heading in .docx: \(heading)")
            XCTAssertTrue(html.contains(">\(heading)<"), "missing heading in .html: \(heading)")
        }
    }

    func testAtLeastAsManyTablesAsTheSeed() throws {
        let (document, docx, html) = try buildExample()
        let dataTables = document.sections.flatMap(\.blocks).filter {
            if case .table(let table) = $0 { return table.borders }
            return false
        }
        XCTAssertGreaterThanOrEqual(dataTables.count, Self.seedTableCount)
        let xml = try DocxText.documentXML(docx)
        XCTAssertGreaterThanOrEqual(xml.components(separatedBy: "<w:tbl>").count - 1, Self.seedTableCount)
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: "<table").count - 1, Self.seedTableCount)
    }

    func testAllFourPerjanjianKinerjaAnnexesWithBothSignatories() throws {
        let (_, docx, html) = try buildExample()
        let text = DocxText.paragraphs(try DocxText.documentXML(docx)).joined(separator: "\n")
        let signatories = [
            ("Haris Sukamto", "NIP. 19660605 198911 1 001"),
            ("Ramelan Suprihadi", "NIP. 19681209 199403 1 001"),
            ("Muhammad Ali Syeh Banna", "NIP. 19671219 199203 1 002"),
        ]
        for (name, nip) in signatories {
            XCTAssertTrue(text.contains(name), "missing signatory \(name)")
            XCTAssertTrue(text.contains(nip), "missing NIP \(nip)")
            XCTAssertTrue(html.contains(nip))
        }
        for jabatan in ["KEPALA DIVISI ADMINISTRASI", "KEPALA DIVISI PEMASYARAKATAN", "KEPALA DIVISI KEIMIGRASIAN", "KEPALA DIVISI PELAYANAN HUKUM"] {
            XCTAssertTrue(text.contains(jabatan), "missing PK annex of \(jabatan)")
        }
        XCTAssertEqual(text.components(separatedBy: "Selanjutnya disebut").count - 1, 4, "four agreement pages")
        XCTAssertFalse(text.contains("Haris Sukanto"))
        XCTAssertFalse(text.contains("Hari Sukamto"))
    }

    func testComputedFiguresOfTheSeedAppear() throws {
        let (_, docx, _) = try buildExample()
        let text = DocxText.paragraphs(try DocxText.documentXML(docx))
        XCTAssertTrue(text.contains("1.643"), "employee total")
        XCTAssertTrue(text.contains("441%"), "capaian of the high-risk inmates indicator")
        XCTAssertTrue(text.contains("163%"), "NILAI SS of Pemasyarakatan SS3")
        XCTAssertTrue(text.contains("99,56%"), "budget realisation of Divisi Administrasi 2023")
        XCTAssertTrue(text.contains("-14%"), "PNBP capaian")
    }

    func testEveryPartParsesWithLibxml2AndHTMLIsWellFormed() throws {
        let (_, docx, html) = try buildExample()
        for (path, data) in try ZipParts.read(docx) where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            XCTAssertNoThrow(try XMLCheck.parse(data, name: path))
        }
        XCTAssertNoThrow(try XMLCheck.parseHTML(html))
    }

    func testBuildingTwiceGivesIdenticalBytes() throws {
        let first = try Fixtures.temporaryDirectory()
        let second = try Fixtures.temporaryDirectory()
        let a = try ReportBuilder.build(Fixtures.request(data: Fixtures.sumbar, output: first))
        let b = try ReportBuilder.build(Fixtures.request(data: Fixtures.sumbar, output: second))
        for (x, y) in zip(a, b) {
            XCTAssertEqual(try Data(contentsOf: x), try Data(contentsOf: y), x.lastPathComponent)
        }
    }

    func testSecondExampleFromAnotherOfficeBuilds() throws {
        let output = try Fixtures.temporaryDirectory()
        let files = try ReportBuilder.build(Fixtures.request(data: Fixtures.sulbar, output: output))
        XCTAssertEqual(files.map(\.lastPathComponent), ["LKjIP-Kanwil-Sulbar-2022.docx", "LKjIP-Kanwil-Sulbar-2022.html"])
        let text = DocxText.paragraphs(try DocxText.documentXML(try Data(contentsOf: files[0]))).joined(separator: "\n")
        XCTAssertTrue(text.contains("SULAWESI BARAT"))
        XCTAssertTrue(text.contains("Indeks kepuasan layanan internal di lingkungan Kantor Wilayah"))
    }
}
