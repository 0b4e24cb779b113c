import Foundation
import LKjIP
import XCTest

/// Opens the generated .docx in LibreOffice for real: if LibreOffice cannot import it, or the
/// layout loses headings, table cells or pages, these tests fail. CI installs LibreOffice.
final class LibreOfficeTests: XCTestCase {
    static var pdfText: (text: String, pages: Int)?

    func examplePDF() throws -> (text: String, pages: Int) {
        guard PDFConverter.sofficePath() != nil else {
            throw XCTSkip("LibreOffice (soffice) is not installed; CI installs it")
        }
        if let cached = Self.pdfText { return cached }
        let output = try Fixtures.temporaryDirectory()
        let files = try ReportBuilder.build(Fixtures.request(data: Fixtures.sumbar, output: output, formats: [.pdf]))
        XCTAssertEqual(files.map(\.lastPathComponent), ["LKjIP-Kanwil-Sumbar-2023.pdf"])
        let text = try Poppler.text(files[0]).replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            .replacingOccurrences(of: "\u{0C} ", with: "\u{0C}")
        let pages = try Poppler.pageCount(files[0])
        Self.pdfText = (text, pages)
        return (text, pages)
    }

    func testExampleRendersWithHeadingsTablesAndAPlausiblePageCount() throws {
        let (text, pages) = try examplePDF()
        for heading in ["KATA PENGANTAR", "BAB I PENDAHULUAN", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN"] {
            XCTAssertTrue(text.contains(heading), "PDF lacks \(heading)")
        }
        XCTAssertTrue(text.contains("Rp 22.090.007.028"), "a budget figure")
        XCTAssertTrue(text.contains("Indeks kepuasan layanan internal di lingkungan Kantor Wilayah"), "a table cell")
        XCTAssertTrue(text.contains("99,56%"))
        XCTAssertTrue(text.contains("Ramelan Suprihadi"))
        XCTAssertTrue((60...220).contains(pages), "a ~100 page report, got \(pages) pages")
    }

    func testChartsRenderWithTheirCaptions() throws {
        let (text, _) = try examplePDF()
        XCTAssertTrue(text.contains("Grafik 3.1 Target dan Realisasi Indikator Kinerja Kegiatan Divisi Administrasi Tahun 2023"), "first chart caption")
        XCTAssertTrue(text.contains("Grafik 3.18 Pagu dan Realisasi Anggaran Badan Strategi Kebijakan"), "last chart of a unit")
        XCTAssertTrue(text.contains("Grafik 3.19 Pagu dan Realisasi Anggaran Kanwil Kemenkumham Sumatera Barat"), "the whole office")
    }

    func testListsOfTablesAndChartsCarryPageNumbers() throws {
        let (text, _) = try examplePDF()
        let pages = text.components(separatedBy: "\u{0C}").map { $0.replacingOccurrences(of: ".", with: " ").split(separator: " ").joined(separator: " ") + " " }
        let tables = try XCTUnwrap(pages.first { $0.contains("DAFTAR TABEL") })
        XCTAssertTrue(tables.range(of: #"Tabel 1 1 Rekapitulasi Jumlah Pegawai .* \d+ "#, options: .regularExpression) != nil, tables)
        let charts = try XCTUnwrap(pages.first { $0.contains("DAFTAR GRAFIK") })
        XCTAssertTrue(charts.range(of: #"Grafik 3 1 Target dan Realisasi Indikator Kinerja Kegiatan Divisi Administrasi Tahun 2023 \d+ "#, options: .regularExpression) != nil, charts)
        XCTAssertFalse(tables.contains("#") || charts.contains("#"), "every PAGEREF was computed")
    }

    func testTableOfContentsCarriesPageNumbers() throws {
        let (text, _) = try examplePDF()
        let pages = text.components(separatedBy: "\u{0C}")
        let page = try XCTUnwrap(pages.first { $0.contains("DAFTAR ISI") && $0.contains("KATA PENGANTAR") })
        let toc = page.replacingOccurrences(of: ".", with: " ").split(separator: " ").joined(separator: " ") + " "
        XCTAssertTrue(toc.contains("KATA PENGANTAR i "), toc)
        XCTAssertTrue(toc.contains("BAB I PENDAHULUAN 1 "), toc)
        XCTAssertFalse(toc.contains("#"), "every PAGEREF was computed")
    }

    func testFrontMatterIsNumberedInRomanAndChaptersFromOne() throws {
        let (text, _) = try examplePDF()
        let pages = text.components(separatedBy: "\u{0C}")
        let kataPengantar = try XCTUnwrap(pages.firstIndex { $0.contains("KATA PENGANTAR") && !$0.contains("DAFTAR ISI") })
        XCTAssertTrue(pages[kataPengantar].trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("i"), "KATA PENGANTAR page is numbered i")
        let bab1 = try XCTUnwrap(pages.firstIndex { $0.contains("A. LATAR BELAKANG") && !$0.contains("DAFTAR ISI") })
        XCTAssertTrue(pages[bab1].trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("1"), "BAB I starts at page 1")
    }
}

/// poppler-utils, as installed by CI, to read PDFs back.
enum Poppler {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }

    static func text(_ pdf: URL) throws -> String {
        try run("pdftotext", [pdf.path, "-"])
    }

    static func pageCount(_ pdf: URL) throws -> Int {
        let info = try run("pdfinfo", [pdf.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }
}
