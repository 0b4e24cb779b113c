import Foundation
import TestSupport
import XCTest
import ZIPFoundation

/// The report as LibreOffice lays it out, read back with poppler: the page numbers lkjip writes
/// into the DAFTAR ISI/TABEL/GRAFIK/GAMBAR are the numbers printed on the pages of the PDF,
/// `lkjip lint` finds nothing on the bundled examples, the organisation chart and the
/// LAMPIRAN pictures reach every format, a reference document gives F4 pages with its kop,
/// and no page is empty.
///
/// Needs LibreOffice (`soffice`, with python3-uno) and poppler-utils (`pdftotext`, `pdfinfo`,
/// `pdfimages`); skipped without them unless LKJIP_REQUIRE_TOOLS=1. Everything expected is
/// read from the data files or written by hand here, never taken from lkjip's output.
final class LibreOfficeTests: XCTestCase {
    struct Tools {
        var pdftotext: URL
        var pdfinfo: URL
        var pdfimages: URL
    }

    func tools() throws -> Tools {
        _ = try ToolCheck.require(ToolCheck.find("soffice") ?? ToolCheck.find("libreoffice"), "LibreOffice (apt-get install libreoffice-writer-nogui python3-uno)")
        return Tools(pdftotext: try ToolCheck.require(ToolCheck.find("pdftotext"), "pdftotext (apt-get install poppler-utils)"),
                     pdfinfo: try ToolCheck.require(ToolCheck.find("pdfinfo"), "pdfinfo (apt-get install poppler-utils)"),
                     pdfimages: try ToolCheck.require(ToolCheck.find("pdfimages"), "pdfimages (apt-get install poppler-utils)"))
    }

    // MARK: - The shared sumbar build

    struct Build {
        var folder: URL
        var docx: URL
        var pdf: URL
        var html: URL
    }

    nonisolated(unsafe) static var sumbarBuild: Result<Build, Error>?

    /// `lkjip build examples/sumbar-2023 --format docx,pdf,html`, once for the class.
    func sumbar() throws -> Build {
        if Self.sumbarBuild == nil {
            Self.sumbarBuild = Result {
                let folder = try Fixtures.temporaryDirectory("LibreOfficeTestsSumbar")
                let result = try LKjIPProcess.run(["build", Fixtures.sumbar.path, "-o", folder.path, "--format", "docx,pdf,html"])
                guard result.status == 0 else {
                    try? FileManager.default.removeItem(at: folder)
                    throw ToolTestFailure("lkjip build failed (\(result.status)): \(result.standardError.suffix(3000))")
                }
                let instansi = try String(contentsOf: Fixtures.sumbar.appendingPathComponent("instansi.yaml"), encoding: .utf8)
                let base = "LKjIP-\(SimpleYAML.value("kode", in: instansi) ?? "?")-\(SimpleYAML.value("tahun", in: instansi) ?? "?")"
                return Build(folder: folder, docx: folder.appendingPathComponent("\(base).docx"), pdf: folder.appendingPathComponent("\(base).pdf"),
                             html: folder.appendingPathComponent("\(base).html"))
            }
        }
        return try Self.sumbarBuild!.get()
    }

    override class func tearDown() {
        if case .success(let build)? = sumbarBuild { try? FileManager.default.removeItem(at: build.folder) }
        sumbarBuild = nil
        super.tearDown()
    }

    // MARK: - Reading the PDF

    struct Word {
        var text: String
        var xMin, yMin, xMax, yMax: Double
    }

    struct Page {
        var width: Double
        var height: Double
        var lines: [[Word]]
        var words: [Word] { lines.flatMap { $0 } }

        /// The footer line: the lowest line in the bottom 15 % of the page when it is a lone
        /// page number (arabic or lower-case roman).
        var footer: [Word]? {
            guard let lowest = lines.filter({ !$0.isEmpty && $0[0].yMin > height * 0.85 }).max(by: { $0[0].yMin < $1[0].yMin }),
                  lowest.count == 1, lowest[0].text.range(of: "^([0-9]+|[ivxlcdm]+)$", options: .regularExpression) != nil else { return nil }
            return lowest
        }

        /// The number printed on the page, if any.
        var label: String? { footer?.first?.text }

        /// Every word but the printed page number.
        var bodyWords: [Word] {
            guard let footer = footer?.first else { return words }
            return words.filter { !($0.text == footer.text && $0.yMin == footer.yMin && $0.xMin == footer.xMin) }
        }

        /// The page's text without any whitespace, so a phrase matches across line breaks
        /// (including a line broken after a hyphen, "Perundang-" / "undangan").
        var compact: String { Self.compact(words.map(\.text).joined()) }

        static func compact(_ text: String) -> String { String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init)) }

        /// A page of DAFTAR ISI/TABEL/GRAFIK/GAMBAR: it has dot leaders.
        var isContentsPage: Bool { words.contains { $0.text.contains("......") } }
    }

    /// `pdftotext -bbox-layout`, parsed as XML.
    static func readPDF(_ pdf: URL, _ tools: Tools) throws -> [Page] {
        let output = try ToolCheck.run(tools.pdftotext, ["-bbox-layout", pdf.path, "-"])
        guard output.status == 0 else { throw ToolTestFailure("pdftotext failed: \(output.standardError)") }
        let tree = try XMLTree.parse(Data(output.standardOutput.utf8), name: "bbox.xhtml")
        return tree.all("page").map { page in
            let lines = page.all("line").map { line in
                line.all("word").map { word in
                    Word(text: word.text, xMin: Double(word["xMin"] ?? "") ?? 0, yMin: Double(word["yMin"] ?? "") ?? 0,
                         xMax: Double(word["xMax"] ?? "") ?? 0, yMax: Double(word["yMax"] ?? "") ?? 0)
                }
            }
            return Page(width: Double(page["width"] ?? "") ?? 0, height: Double(page["height"] ?? "") ?? 0, lines: lines)
        }
    }

    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = number, result = ""
        for (value, letters) in table { while rest >= value { result += letters; rest -= value } }
        return result
    }

    // MARK: - Reading the .docx contents lists

    struct ContentsEntry {
        var anchor: String
        var title: String
        var page: String
    }

    /// Every entry of DAFTAR ISI/TABEL/GRAFIK/GAMBAR: a `w:hyperlink` whose text runs up to the
    /// tab are the title, followed by a PAGEREF field whose cached result is the page number.
    static func contentsEntries(_ docx: URL) throws -> [ContentsEntry] {
        let document = try XCTUnwrap(try ZipParts.part("word/document.xml", in: try Data(contentsOf: docx)))
        let tree = try XMLTree.parse(document)
        var entries: [ContentsEntry] = []
        for link in tree.all("w:hyperlink") {
            var title = "", page = ""
            var state = 0 // 0 title, 1 after the tab, 2 PAGEREF instruction seen, 3 in its result, 4 done
            for node in link.descendants {
                switch (node.name, state) {
                case ("w:t", 0): title += node.text
                case ("w:tab", 0): state = 1
                case ("w:instrText", 1) where node.text.contains("PAGEREF"): state = 2
                case ("w:fldChar", 2) where node["w:fldCharType"] == "separate": state = 3
                case ("w:t", 3): page += node.text
                case ("w:fldChar", 3) where node["w:fldCharType"] == "end": state = 4
                default: break
                }
            }
            if state == 4 { entries.append(ContentsEntry(anchor: link["w:anchor"] ?? "", title: title, page: page)) }
        }
        return entries
    }

    // MARK: - Page numbers

    /// Every DAFTAR ISI/TABEL/GRAFIK/GAMBAR entry of the .docx carries, as the cached result of
    /// its PAGEREF, the number printed in the footer of the PDF page where that heading or
    /// caption stands. Front matter is numbered i, ii, … from the page after the cover, the
    /// body 1, 2, … from BAB I.
    func testContentsPageNumbersAreThePrintedPagesOfThePDF() throws {
        let tools = try tools()
        let build = try sumbar()
        let entries = try Self.contentsEntries(build.docx)
        let pages = try Self.readPDF(build.pdf, tools)
        XCTAssertGreaterThan(entries.count, 100)
        for prefix in ["KATA PENGANTAR", "BAB I ", "BAB IV ", "Tabel ", "Grafik ", "Gambar "] {
            XCTAssertTrue(entries.contains { $0.title.hasPrefix(prefix) }, "no contents entry starts with \(prefix)")
        }

        let contents = Set(pages.indices.filter { pages[$0].isContentsPage })
        XCTAssertFalse(contents.isEmpty, "no page with dot leaders (DAFTAR ISI) in the PDF")

        // The numbering scheme, from the footers alone: the cover unnumbered, then i, ii, …
        // up to the page before BAB I, then 1, 2, … to the end.
        let babI = try XCTUnwrap(pages.indices.first { !contents.contains($0) && pages[$0].compact.contains("BABIPENDAHULUAN") }, "BAB I PENDAHULUAN is not in the PDF")
        XCTAssertNil(pages[0].label, "the cover carries no page number")
        var wrong: [String] = []
        for index in 1..<pages.count {
            let expected = index < babI ? Self.roman(index) : String(index - babI + 1)
            if pages[index].label != expected { wrong.append("PDF page \(index + 1): printed \(pages[index].label ?? "nothing"), expected \(expected)") }
        }
        XCTAssertEqual(wrong, [], "footer page numbers")

        var problems: [String] = []
        for entry in entries {
            if entry.page.isEmpty || entry.page == "#" {
                problems.append("\(entry.anchor): no measured page number (\"\(entry.page)\")")
                continue
            }
            let key = Page.compact(entry.title)
            let found = pages.indices.filter { !contents.contains($0) && pages[$0].compact.contains(key) }
            guard found.count == 1, let index = found.first else {
                problems.append("\(entry.anchor) «\(entry.title.prefix(70))»: found on PDF pages \(found.map { $0 + 1 })")
                continue
            }
            if pages[index].label != entry.page {
                problems.append("\(entry.anchor) «\(entry.title.prefix(70))»: the contents say \(entry.page), it is printed on page \(pages[index].label ?? "without number") (PDF page \(index + 1))")
            }
        }
        XCTAssertEqual(problems, [], "\(problems.count) of \(entries.count) contents entries")
    }

    // MARK: - lint

    /// `lkjip lint` on every bundled example: exit 0, and "no layout problem found" for the
    /// report, for each annex (one per pk/*.yaml, named after its divisi) and for each
    /// document of the year.
    func testLintFindsNoLayoutProblemInTheBundledExamples() throws {
        _ = try tools()
        for example in Fixtures.examples {
            let folder = try Fixtures.temporaryDirectory("LibreOfficeTestsLint")
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try LKjIPProcess.run(["lint", example.path, "-o", folder.path])
            let instansi = try String(contentsOf: example.appendingPathComponent("instansi.yaml"), encoding: .utf8)
            let base = "\(SimpleYAML.value("kode", in: instansi) ?? "?")-\(SimpleYAML.value("tahun", in: instansi) ?? "?")"
            var expected = ["LKjIP-\(base).pdf: no layout problem found"]
            let pk = example.appendingPathComponent("pk")
            for file in try FileManager.default.contentsOfDirectory(atPath: pk.path) where file.hasSuffix(".yaml") {
                // The head of office's own agreement has no divisi: its annex is `-kepala`.
                let divisi = SimpleYAML.value("divisi", in: try String(contentsOf: pk.appendingPathComponent(file), encoding: .utf8)) ?? "kepala"
                expected.append("PK-\(base)-\(divisi).pdf: no layout problem found")
            }
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            XCTAssertEqual(result.status, 0, "\(example.lastPathComponent):\n\(result.standardOutput)\(result.standardError.suffix(1500))")
            // The report and every annex are linted, and the documents of the year beside
            // them (IKU, Rencana Aksi, the quarterly measurement): every file is clean.
            XCTAssertTrue(Set(expected).isSubset(of: Set(lines)), "\(example.lastPathComponent): \(Set(expected).subtracting(lines))")
            XCTAssertEqual(lines.filter { !$0.hasSuffix(": no layout problem found") }, [], example.lastPathComponent)
        }
    }

    // MARK: - Pictures

    /// Width and height of a PNG, from its IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[1] == 0x50, bytes[2] == 0x4E, bytes[3] == 0x47 else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// The organisation chart (BAB I B) and the LAMPIRAN Dokumentasi and Aplikasi pictures
    /// appear in the .docx (the chart as a DrawingML group with the names of the data; the
    /// pictures byte for byte in word/media, used by a blip), in the .html (an inline <svg>;
    /// each picture as a data: URI of the very file, captioned) and in the PDF (the chart's
    /// names above its caption; each picture as an image of the file's pixel size on the page
    /// of its caption).
    func testOrganisationChartAndLampiranPicturesAppearInEveryFormat() throws {
        let tools = try tools()
        let build = try sumbar()
        func read(_ name: String) throws -> String { try String(contentsOf: Fixtures.sumbar.appendingPathComponent(name), encoding: .utf8) }

        // What the chart must show, from organisasi.yaml, pejabat.yaml and instansi.yaml.
        let pejabat = Dictionary(SimpleYAML.items("pejabat", in: try read("pejabat.yaml")).compactMap { item in item["id"].map { ($0, item["nama"] ?? "") } },
                                 uniquingKeysWith: { first, _ in first })
        let divisi = SimpleYAML.items("divisi", in: try read("organisasi.yaml"))
        XCTAssertEqual(divisi.count, 4)
        var chartTexts = divisi.compactMap { $0["nama"] } + divisi.compactMap { $0["kepala"].flatMap { pejabat[$0] } }
        chartTexts.append(try XCTUnwrap(SimpleYAML.value("kepala", in: try read("instansi.yaml")).flatMap { pejabat[$0] }))
        XCTAssertEqual(chartTexts.count, 9)

        // The pictures, from lampiran.yaml.
        let lampiran = try read("lampiran.yaml")
        let pictures = (SimpleYAML.items("dokumentasi", in: lampiran) + SimpleYAML.items("aplikasi", in: lampiran)).compactMap { item -> (file: String, caption: String)? in
            guard let file = item["berkas"], let caption = item["keterangan"] else { return nil }
            return (file, caption)
        }
        XCTAssertEqual(pictures.count, 5)

        // .docx
        let parts = try ZipParts.read(try Data(contentsOf: build.docx))
        let document = try XCTUnwrap(parts.first { $0.path == "word/document.xml" }?.data)
        let relationships = String(decoding: try XCTUnwrap(parts.first { $0.path == "word/_rels/document.xml.rels" }?.data), as: UTF8.self)
        let tree = try XMLTree.parse(document)
        let embedded = Set(tree.all("a:blip").compactMap { $0["r:embed"] })
        for picture in pictures {
            let bytes = try Data(contentsOf: Fixtures.sumbar.appendingPathComponent(picture.file))
            guard let part = parts.first(where: { $0.path.hasPrefix("word/media/") && $0.data == bytes }) else {
                XCTFail("docx: \(picture.file) is not in word/media"); continue
            }
            let target = String(part.path.dropFirst("word/".count))
            let ids = Self.relationshipIds(target: target, in: relationships)
            XCTAssertFalse(ids.intersection(embedded).isEmpty, "docx: \(target) (\(picture.file)) is in no picture of document.xml")
        }
        let groups = tree.all("wpg:wgp")
        let groupText = groups.map { Page.compact($0.text) }
        for text in chartTexts {
            XCTAssertTrue(groupText.contains { $0.contains(Page.compact(text)) }, "docx: the organisation chart lacks \(text)")
        }

        // .html
        let html = try XMLTree.parseHTML(try String(contentsOf: build.html, encoding: .utf8))
        let figures = html.all("figure")
        for picture in pictures {
            let bytes = try Data(contentsOf: Fixtures.sumbar.appendingPathComponent(picture.file))
            let type = picture.file.lowercased().hasSuffix(".png") ? "image/png" : "image/jpeg"
            let source = "data:\(type);base64,\(bytes.base64EncodedString())"
            let figure = figures.first { $0.all("img").contains { $0["src"] == source } }
            XCTAssertNotNil(figure, "html: no <img> holds \(picture.file)")
            if let figure {
                XCTAssertTrue(Page.compact(figure.all("figcaption").map(\.text).joined()).contains(Page.compact(picture.caption)), "html: \(picture.file) is not captioned «\(picture.caption)»")
            }
        }
        let chart = figures.first { figure in !figure.all("svg").isEmpty && chartTexts.allSatisfy { Page.compact(figure.text).contains(Page.compact($0)) } }
        XCTAssertNotNil(chart, "html: no <figure><svg> shows every division and head of the organisation chart")

        // PDF
        let pages = try Self.readPDF(build.pdf, tools)
        let contents = Set(pages.indices.filter { pages[$0].isContentsPage })
        func pageOf(_ text: String) -> [Int] { pages.indices.filter { !contents.contains($0) && pages[$0].compact.contains(Page.compact(text)) } }
        // The first figure of BAB I is the chart: "Gambar 1.1 Struktur Organisasi …" (by hand).
        let chartPages = pageOf("Gambar 1.1 Struktur Organisasi")
        XCTAssertEqual(chartPages.count, 1, "the chart's caption is on PDF pages \(chartPages.map { $0 + 1 })")
        if let index = chartPages.first {
            let page = pages[index]
            let caption = try XCTUnwrap(page.lines.first { $0.count >= 2 && $0[0].text == "Gambar" && $0[1].text == "1.1" })
            let above = Set(page.words.filter { $0.yMax <= caption[0].yMin + 0.5 }.map(\.text))
            for text in chartTexts {
                let missing = text.split(separator: " ").map(String.init).filter { !above.contains($0) }
                XCTAssertEqual(missing, [], "pdf page \(index + 1): the organisation chart lacks «\(text)»")
            }
        }
        let list = try ToolCheck.run(tools.pdfimages, ["-list", build.pdf.path])
        XCTAssertEqual(list.status, 0, list.standardError)
        // page num type width height …
        let images: [(page: Int, width: Int, height: Int)] = list.standardOutput.split(separator: "\n").dropFirst(2).compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count > 4, fields[2] == "image", let page = Int(fields[0]), let width = Int(fields[3]), let height = Int(fields[4]) else { return nil }
            return (page, width, height)
        }
        var wanted: [Int: [(Int, Int)]] = [:]
        for picture in pictures {
            let found = pageOf(picture.caption)
            guard found.count == 1, let index = found.first else { XCTFail("pdf: caption «\(picture.caption)» on PDF pages \(found.map { $0 + 1 })"); continue }
            let size = try XCTUnwrap(Self.pngSize(try Data(contentsOf: Fixtures.sumbar.appendingPathComponent(picture.file))), picture.file)
            wanted[index + 1, default: []].append(size)
        }
        for (page, sizes) in wanted.sorted(by: { $0.key < $1.key }) {
            let here = images.filter { $0.page == page }.map { "\($0.width)x\($0.height)" }.sorted()
            for size in Set(sizes.map { "\($0.0)x\($0.1)" }) {
                XCTAssertGreaterThanOrEqual(here.filter { $0 == size }.count, sizes.filter { "\($0.0)x\($0.1)" == size }.count,
                                            "pdf page \(page): images \(here), expected the pictures captioned there (\(size))")
            }
        }
    }

    /// The ids of the relationships of document.xml.rels that point at `target`.
    static func relationshipIds(target: String, in relationships: String) -> Set<String> {
        guard let tree = try? XMLTree.parse(relationships, name: "document.xml.rels") else { return [] }
        return Set(tree.all("Relationship").filter { $0["Target"] == target }.compactMap { $0["Id"] })
    }

    // MARK: - Reference document

    static let kop = "KOP UJI KANWIL CONTOH F4"

    /// A minimal .docx written by hand: F4 portrait (215 × 330 mm = 12189 × 18709 twips), its
    /// own margins, and a default page header with the kop text.
    static func referenceDocument() throws -> Data {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let files: [(String, String)] = [
            ("[Content_Types].xml", declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/></Types>"),
            ("_rels/.rels", declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(r)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/_rels/document.xml.rels", declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(r)/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"\(r)/header\" Target=\"header1.xml\"/></Relationships>"),
            ("word/document.xml", declaration + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body><w:p><w:r><w:t>Isi</w:t></w:r></w:p><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"12189\" w:h=\"18709\"/><w:pgMar w:top=\"2268\" w:right=\"1134\" w:bottom=\"1418\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"),
            ("word/styles.xml", declaration + "<w:styles xmlns:w=\"\(w)\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\"/><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>"),
            ("word/header1.xml", declaration + "<w:hdr xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>\(kop)</w:t></w:r></w:p></w:hdr>"),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in files {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// `--reference-doc` with an F4 document: every PDF page is 215 × 330 mm (609.4 × 935.4 pt,
    /// ± 1 pt; landscape pages turned), the first one portrait, the kop stands at the top of
    /// every page, and the .html prints on F4 too. (LibreOffice snaps 215 × 330 mm to its own
    /// 8.47 × 13 in paper, 609.99 × 936 pt, inside the tolerance.)
    func testReferenceDocumentGivesF4PagesWithTheKop() throws {
        let tools = try tools()
        let data = try MiniData.write()
        let folder = data.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = folder.appendingPathComponent("kop-f4.docx")
        try Self.referenceDocument().write(to: reference)
        let output = folder.appendingPathComponent("out")
        let result = try LKjIPProcess.run(["build", data.path, "-o", output.path, "--format", "docx,pdf,html", "--reference-doc", reference.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let pdf = output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.pdf")

        let info = try ToolCheck.run(tools.pdfinfo, [pdf.path])
        let count = try XCTUnwrap(info.standardOutput.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
        XCTAssertGreaterThan(count, 5)
        let sizes = try ToolCheck.run(tools.pdfinfo, ["-f", "1", "-l", String(count), pdf.path]).standardOutput.split(separator: "\n").compactMap { line -> (Double, Double)? in
            // "Page    1 size:  609.987 x 936 pts"
            guard line.hasPrefix("Page"), let range = line.range(of: "size:") else { return nil }
            let numbers = line[range.upperBound...].split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 2 ? (numbers[0], numbers[1]) : nil
        }
        XCTAssertEqual(sizes.count, count)
        let notF4 = sizes.enumerated().filter { _, size in
            abs(min(size.0, size.1) - 609.4) > 1 || abs(max(size.0, size.1) - 935.4) > 1
        }.map { "page \($0.offset + 1): \($0.element.0) × \($0.element.1) pt" }
        XCTAssertEqual(notF4, [], "pages that are not F4 (609.4 × 935.4 pt ± 1)")
        if let first = sizes.first { XCTAssertLessThan(first.0, first.1, "the cover is portrait") }

        let pages = try Self.readPDF(pdf, tools)
        XCTAssertEqual(pages.count, count)
        let key = Page.compact(Self.kop)
        // Every page but the cover, which keeps no page header (issue 23: the reference's
        // header rules; the cover is page 1).
        let withoutKop = pages.indices.dropFirst().filter { index in
            let page = pages[index]
            let top = page.lines.filter { !$0.isEmpty && $0[0].yMax < page.height * 0.15 }
            return !top.contains { Page.compact($0.map(\.text).joined()).contains(key) }
        }.map { $0 + 1 }
        XCTAssertEqual(withoutKop, [], "PDF pages after the cover without the kop «\(Self.kop)» at their top")

        // The .html prints on the same paper: its first @page rule has size 21.5cm 33cm.
        let html = try String(contentsOf: output.appendingPathComponent("LKjIP-Kanwil-Contoh-2024.html"), encoding: .utf8)
        let size = html.range(of: "@page\\s*\\{\\s*size:\\s*[0-9.]+cm\\s+[0-9.]+cm", options: .regularExpression).map { html[$0] }
        let centimetres = size.map { $0.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) } } ?? []
        XCTAssertEqual(centimetres.count, 2, "no @page size in the .html")
        if centimetres.count == 2 {
            XCTAssertEqual(centimetres[0], 21.5, accuracy: 0.1, "html @page width")
            XCTAssertEqual(centimetres[1], 33.0, accuracy: 0.1, "html @page height")
        }
    }

    // MARK: - Empty pages

    /// No page of the sumbar report is empty: each has text besides its page number (the
    /// bundled report has no intended blank page).
    func testNoPageOfTheReportIsEmpty() throws {
        let tools = try tools()
        let pages = try Self.readPDF(try sumbar().pdf, tools)
        XCTAssertGreaterThan(pages.count, 100)
        let empty = pages.indices.filter { pages[$0].bodyWords.isEmpty }.map { "PDF page \($0 + 1) (printed \(pages[$0].label ?? "-"))" }
        XCTAssertEqual(empty, [], "pages with nothing but a page number")
    }
}
