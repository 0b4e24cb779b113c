import Foundation
import LKjIPDocument
@testable import LKjIPTemplates
import TestSupport
import XCTest

/// The vocabulary of templates/README.md read into the document model.
final class MarkupReaderTests: XCTestCase {
    // MARK: sections and headings

    /// Sections carry orientation, numbering style and restart; defaults are portrait, decimal
    /// and no restart.
    func testSections() throws {
        let sections = try read("""
        <chapter>
        <section orientation="landscape" numbering="roman" restart="true"><p>a</p></section>
        <section numbering="none"><p>b</p></section>
        <section><p>c</p></section>
        </chapter>
        """)
        XCTAssertEqual(sections.map(\.orientation), [.landscape, .portrait, .portrait])
        XCTAssertEqual(sections.map(\.pageNumbering), [.lowerRoman, .none, .decimal])
        XCTAssertEqual(sections.map(\.restartNumbering), [true, false, false])
    }

    /// An h1 names the chapter its captions are numbered in; the id is the anchor, or the
    /// text when there is none; toc="false" keeps it out of DAFTAR ISI.
    func testHeadings() throws {
        let result = try blocks("""
        <h1 id="bab-3" align="center" chapter="3">BAB III <br/>AKUNTABILITAS</h1>
        <h2>A. CAPAIAN <i>KINERJA</i></h2>
        <h3 toc="false">DAFTAR ISI</h3>
        """)
        guard case .heading(let h1) = result[0], case .heading(let h2) = result[1], case .heading(let h3) = result[2] else { return XCTFail("\(result)") }
        XCTAssertEqual(h1.level, 1)
        XCTAssertEqual(h1.chapter, 3)
        XCTAssertEqual(h1.anchor, "bab-3")
        XCTAssertEqual(h1.alignment, .center)
        XCTAssertEqual(h1.content, [text("BAB III"), .lineBreak, text("AKUNTABILITAS")], "no trailing space before a break")
        XCTAssertEqual(h2.anchor, "A. CAPAIAN KINERJA")
        XCTAssertEqual(h2.content, [text("A. CAPAIAN "), text("KINERJA", .italic)])
        XCTAssertNil(h2.chapter)
        XCTAssertFalse(h3.inTableOfContents)
        XCTAssertEqual(h3.level, 3)
    }

    // MARK: paragraphs

    /// Whitespace collapses as in HTML (indentation never shows), marks nest, empty
    /// paragraphs are dropped, the space between runs belongs to the run before.
    func testParagraphs() throws {
        let result = try blocks("""
        <p align="center" style="caption" keep="true">
            Capaian   <b>melebihi <i>target</i></b>
            <u>tahun</u></p>
        <p>   </p>
        <p>Biasa</p>
        """)
        XCTAssertEqual(result.count, 2)
        guard case .paragraph(let first) = result[0], case .paragraph(let second) = result[1] else { return XCTFail("\(result)") }
        XCTAssertEqual(first.alignment, .center)
        XCTAssertEqual(first.style, .caption)
        XCTAssertTrue(first.keepWithNext)
        XCTAssertEqual(first.content, [text("Capaian "), text("melebihi ", .bold), text("target ", [.bold, .italic]), text("tahun", .underline)])
        XCTAssertEqual(second.alignment, .justify, "body text is justified by default")
        XCTAssertEqual(second.style, .body)
        XCTAssertFalse(second.keepWithNext)
    }

    /// "The space between runs belongs to the run before, so it is never underlined"
    /// (InlineBuilder): the space after an underlined word must not join the underlined run,
    /// or the underline runs on under the space.
    func testSpaceAfterUnderlinedRunIsNotUnderlined() throws {
        guard case .paragraph(let paragraph)? = try blocks("<p>Nilai <u>tahun</u> ini</p>").first else { return XCTFail() }
        XCTAssertEqual(paragraph.content.plainText, "Nilai tahun ini")
        for case .text(let run, let marks) in paragraph.content where marks.contains(.underline) {
            XCTAssertFalse(run.hasSuffix(" ") || run.hasPrefix(" "), "underlined run \"\(run)\" carries a space")
        }
    }

    /// A no-break space is kept, not collapsed ("Rp 1.000" never splits).
    func testNoBreakSpaceIsKept() throws {
        guard case .paragraph(let paragraph)? = try blocks("<p>Rp\u{00A0}1.000</p>").first else { return XCTFail() }
        XCTAssertEqual(paragraph.content.plainText, "Rp\u{00A0}1.000")
    }

    /// Entities and markup characters typed as data arrive as text.
    func testEscapedTextStaysText() throws {
        guard case .paragraph(let paragraph)? = try blocks("<p>&lt;script&gt; &amp; &quot;q&quot;</p>").first else { return XCTFail() }
        XCTAssertEqual(paragraph.content.plainText, "<script> & \"q\"")
    }

    // MARK: lists

    /// Lists: kinds from type, start, continue; loose text in an item becomes a paragraph;
    /// lists nest.
    func testLists() throws {
        let result = try blocks("""
        <ol type="a" start="3"><li>satu</li><li><p>dua</p><ul type="dash"><li>butir</li></ul></li></ol>
        <ol type="1)" continue="true"><li>tiga</li></ol>
        <ul><li>titik</li></ul>
        <ol type="I"><li>romawi</li></ol>
        """)
        guard case .list(let letters) = result[0], case .list(let paren) = result[1], case .list(let bullets) = result[2], case .list(let roman) = result[3] else { return XCTFail("\(result)") }
        XCTAssertEqual(letters.kind, .lowerLetter)
        XCTAssertEqual(letters.start, 3)
        XCTAssertFalse(letters.continues)
        XCTAssertEqual(letters.items.count, 2)
        XCTAssertEqual(letters.items[0], [.paragraph(Paragraph(content: [text("satu")]))])
        guard case .list(let nested)? = letters.items[1].last else { return XCTFail("nested list") }
        XCTAssertEqual(nested.kind, .dash)
        XCTAssertEqual(paren.kind, .decimalParen)
        XCTAssertTrue(paren.continues)
        XCTAssertEqual(bullets.kind, .bullet)
        XCTAssertEqual(roman.kind, .upperRoman)
    }

    // MARK: tables

    /// A template table: widths, header rows, borders, caption, spans, fills (with or
    /// without "#", upper-cased), alignment, bold cells; cells covered by a row span are
    /// left out, as in HTML.
    func testTemplateTables() throws {
        let result = try blocks("""
        <table widths="1,4,2" header="1" borders="false" caption="Pegawai">
        <tr><td bold="true">No</td><td>Nama</td><td align="right" valign="center">Jumlah</td></tr>
        <tr><td rowspan="2" shade="#1f4e79">1.</td><td colspan="2">Lapas</td></tr>
        <tr><td>Rutan</td><td shade="FFC000">3</td></tr>
        </table>
        """)
        guard case .table(let table)? = result.first else { return XCTFail("\(result)") }
        XCTAssertEqual(table.columnWidths, [1, 4, 2])
        XCTAssertEqual(table.headerRowCount, 1)
        XCTAssertFalse(table.borders)
        XCTAssertEqual(table.caption?.text, "Pegawai")
        XCTAssertEqual(table.caption?.kind, .table)
        XCTAssertEqual(table.rows.map(\.cells.count), [3, 2, 2])
        XCTAssertTrue(table.rows[0].cells[0].bold)
        XCTAssertEqual(table.rows[0].cells[0].blocks, [.paragraph(Paragraph(content: [text("No", .bold)], style: .tableText, alignment: .left))])
        XCTAssertEqual(table.rows[0].cells[2].alignment, .right)
        XCTAssertEqual(table.rows[0].cells[2].verticalAlignment, .center)
        XCTAssertEqual(table.rows[1].cells[0].rowSpan, 2)
        XCTAssertEqual(table.rows[1].cells[0].shading, "1F4E79")
        XCTAssertEqual(table.rows[1].cells[1].colSpan, 2)
        XCTAssertEqual(table.rows[2].cells[1].shading, "FFC000")
    }

    /// Without widths the columns are equal, counted from the first row's spans.
    func testEqualColumnsWithoutWidths() throws {
        guard case .table(let table)? = try blocks("<table><tr><td colspan=\"2\">a</td><td>b</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>").first else { return XCTFail() }
        XCTAssertEqual(table.columnWidths, [1, 1, 1])
        XCTAssertTrue(table.borders)
    }

    /// The grid check: a row that leaves a column empty, or runs past the grid, is an
    /// error naming the row.
    func testGridCheck() throws {
        let short = templateError { try blocks("<table widths=\"1,1,1\"><tr><td>a</td><td>b</td></tr></table>") }
        XCTAssertTrue(short?.message.contains("row 1") == true, short?.message ?? "")
        XCTAssertTrue(short?.message.contains("fills 2 of 3 columns") == true, short?.message ?? "")
        let spanned = templateError { try blocks("<table widths=\"1,1\"><tr><td rowspan=\"2\">a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>") }
        XCTAssertTrue(spanned?.message.contains("row 2") == true, spanned?.message ?? "")
        XCTAssertTrue(spanned?.message.contains("fills 3 of 2") == true, spanned?.message ?? "")
        // A correct row span passes.
        XCTAssertNoThrow(try blocks("<table widths=\"1,1\"><tr><td rowspan=\"2\">a</td><td>b</td></tr><tr><td>c</td></tr></table>"))
    }

    /// Bad attribute values are refused with the expected values named.
    func testBadAttributeValues() {
        XCTAssertTrue(templateError { try blocks("<table widths=\"1,x\"><tr><td>a</td><td>b</td></tr></table>") }?.message.contains("widths") == true)
        XCTAssertTrue(templateError { try blocks("<table><tr><td shade=\"blue\">a</td></tr></table>") }?.message.contains("six hex digits") == true)
        XCTAssertTrue(templateError { try blocks("<table><tr><td rowspan=\"1.5\">a</td></tr></table>") }?.message.contains("whole number") == true)
        let align = templateError { try blocks("<p align=\"middle\">a</p>") }
        XCTAssertTrue(align?.message.contains("expected one of: center, justify, left, right") == true, align?.message ?? "")
        XCTAssertNotNil(templateError { try blocks("<p keep=\"yes\">a</p>") })
    }

    // MARK: insert

    /// `<insert ref>` places the registered blocks themselves; a caption attribute replaces
    /// the caption of the first captionable block (a table here).
    func testInsertWithCaptionOverride() throws {
        let registry = BlockRegistry()
        let table = Table(columnWidths: [1], rows: [TableRow(cells: [.text("x")])], caption: Caption(.table, "Lama"))
        let ref = registry.register([.paragraph(Paragraph(content: [text("sebelum")])), .table(table)])
        let result = try blocks("<insert ref=\"\(ref)\" caption=\"Capaian Divisi Administrasi\"/>", registry: registry)
        XCTAssertEqual(result.count, 2)
        guard case .table(let inserted) = result[1] else { return XCTFail("\(result)") }
        XCTAssertEqual(inserted.caption, Caption(.table, "Capaian Divisi Administrasi"))
        XCTAssertEqual(inserted.rows, table.rows)
        // Without a caption attribute the block's own caption stays.
        guard case .table(let plain)? = try blocks("<insert ref=\"\(ref)\"/>", registry: registry).last else { return XCTFail() }
        XCTAssertEqual(plain.caption?.text, "Lama")
    }

    /// Charts and pictures take the caption in their own kind; an organisation chart is a
    /// figure ("Gambar").
    func testInsertCaptionKinds() throws {
        let registry = BlockRegistry()
        let chart = Chart(caption: Caption(.chart, "a"), categories: [], series: [], axis: ValueAxis(title: "", maximum: 1, majorUnit: 1, labels: [], numberFormat: ""))
        let refs = [
            registry.register(.chart(chart)),
            registry.register(.figure(Figure(image: Image(data: Data([1]), format: .png, widthPoints: 1, heightPoints: 1)))),
            registry.register(.orgChart(OrgChart(root: OrgNode(title: "Kepala")))),
        ]
        let result = try blocks(refs.map { "<insert ref=\"\($0)\" caption=\"Baru\"/>" }.joined(), registry: registry)
        guard case .chart(let c) = result[0], case .figure(let f) = result[1], case .orgChart(let o) = result[2] else { return XCTFail("\(result)") }
        XCTAssertEqual(c.caption, Caption(.chart, "Baru"))
        XCTAssertEqual(f.caption, Caption(.figure, "Baru"))
        XCTAssertEqual(o.caption, Caption(.figure, "Baru"))
    }

    /// An unknown ref is an error that says what a ref must be; so is a missing one.
    func testUnknownRef() {
        let error = templateError { try blocks("<insert ref=\"b999\"/>") }
        XCTAssertTrue(error?.message.contains("no such block") == true, error?.message ?? "")
        XCTAssertTrue(error?.message.contains("b999") == true)
        XCTAssertTrue(templateError { try blocks("<insert/>") }?.message.contains("needs a ref") == true)
    }

    // MARK: signature

    /// `<signature>` places registered signatories left and right; the role attribute is
    /// added above the signatory's own position line.
    func testSignature() throws {
        let registry = BlockRegistry()
        let first = registry.register(Signatory(roleLines: ["Kepala Divisi Administrasi"], name: "Ramelan Suprihadi", identifier: "NIP. 1"))
        let second = registry.register(Signatory(roleLines: ["Kepala Kantor Wilayah"], name: "Haris Sukamto"))
        let result = try blocks("<signature place=\"Padang, 5 Januari 2023\"><left ref=\"\(second)\" role=\"Pihak Kedua,\"/><right ref=\"\(first)\" role=\"Pihak Pertama,\"/></signature>", registry: registry)
        guard case .signature(let signature)? = result.first else { return XCTFail("\(result)") }
        XCTAssertEqual(signature.placeAndDate, "Padang, 5 Januari 2023")
        XCTAssertEqual(signature.left?.roleLines, ["Pihak Kedua,", "Kepala Kantor Wilayah"])
        XCTAssertEqual(signature.left?.name, "Haris Sukamto")
        XCTAssertEqual(signature.right?.roleLines, ["Pihak Pertama,", "Kepala Divisi Administrasi"])
        XCTAssertEqual(signature.right?.identifier, "NIP. 1")
        // One side only, no role.
        guard case .signature(let single)? = try blocks("<signature><right ref=\"\(first)\"/></signature>", registry: registry).first else { return XCTFail() }
        XCTAssertNil(single.left)
        XCTAssertNil(single.placeAndDate)
        XCTAssertEqual(single.right?.roleLines, ["Kepala Divisi Administrasi"])
    }

    func testSignatureErrors() {
        XCTAssertTrue(templateError { try blocks("<signature><left ref=\"s404\"/></signature>") }?.message.contains("needs the ref of a pejabat") == true)
        XCTAssertTrue(templateError { try blocks("<signature><middle/></signature>") }?.message.contains("unknown element <middle>") == true)
        XCTAssertNotNil(templateError { try blocks("<signature>teks</signature>") })
    }

    // MARK: toc, pagebreak, md, img

    /// `<toc/>` lists headings to two levels by default; `list="tabel|grafik|gambar"` lists
    /// captions of that kind.
    func testToc() throws {
        let result = try blocks("<toc/><toc levels=\"3\"/><toc list=\"tabel\"/><toc list=\"grafik\"/><toc list=\"gambar\"/><pagebreak/>")
        XCTAssertEqual(result, [
            .contents(TableOfContents(maxLevel: 2)), .contents(TableOfContents(maxLevel: 3)),
            .contents(TableOfContents(captions: .table)), .contents(TableOfContents(captions: .chart)), .contents(TableOfContents(captions: .figure)),
            .pageBreak,
        ])
        XCTAssertTrue(templateError { try blocks("<toc list=\"foto\"/>") }?.message.contains("gambar, grafik, tabel") == true)
    }

    /// `<md>` reads light Markdown; in a cell its paragraphs take the cell's text style and
    /// alignment.
    func testMarkdownElement() throws {
        let result = try blocks("<md>Paragraf **tebal**.\n\n- satu\n- dua</md><table><tr><td align=\"center\"><md>isi *sel*</md></td></tr></table>")
        XCTAssertEqual(result.count, 3)
        XCTAssertEqual(result[0], .paragraph(Paragraph(content: [text("Paragraf "), text("tebal", .bold), text(".")])))
        guard case .list(let list) = result[1], case .table(let table) = result[2] else { return XCTFail("\(result)") }
        XCTAssertEqual(list.items.count, 2)
        XCTAssertEqual(table.rows[0].cells[0].blocks, [.paragraph(Paragraph(content: [text("isi "), text("sel", .italic)], style: .tableText, alignment: .center))])
    }

    /// `<img>` loads a picture from the assets folder at its natural size (2 px at 96 dpi =
    /// 1.5 pt) or the width asked for, keeping proportions; a missing file is an error.
    func testImage() throws {
        let result = try blocks("<img src=\"pixel.png\" width=\"60\" alt=\"Logo\"/>")
        guard case .figure(let figure)? = result.first else { return XCTFail("\(result)") }
        XCTAssertEqual(figure.image.format, .png)
        XCTAssertEqual(figure.image.widthPoints, 60)
        XCTAssertEqual(figure.image.heightPoints, 30, "the fixture is 2 x 1 pixels")
        XCTAssertEqual(figure.image.description, "Logo")
        XCTAssertNil(figure.caption)
        XCTAssertTrue(templateError { try blocks("<img src=\"tidak-ada.png\"/>") }?.message.contains("not found") == true)
        XCTAssertNotNil(templateError { try blocks("<img src=\"../Package.swift\"/>") })
        XCTAssertNotNil(templateError { try blocks("<img/>") })
    }

    // MARK: errors

    func testVocabularyErrors() {
        let unknown = templateError { try blocks("<div>a</div>") }
        XCTAssertTrue(unknown?.message.contains("unknown element <div>") == true, unknown?.message ?? "")
        let attribute = templateError { try blocks("<p colour=\"red\">a</p>") }
        XCTAssertTrue(attribute?.message.contains("unknown attribute `colour` on <p>; expected: align, keep, style") == true, attribute?.message ?? "")
        XCTAssertTrue(templateError { try blocks("loose text") }?.message.contains("text outside a paragraph") == true)
        XCTAssertTrue(templateError { try blocks("<b>tebal</b>") }?.message.contains("outside a paragraph") == true)
        XCTAssertTrue(templateError { try blocks("<p><p>a</p></p>") }?.message.contains("cannot stand inside <p>") == true)
        XCTAssertTrue(templateError { try blocks("<ul><p>a</p></ul>") }?.message.contains("expected <li>") == true)
        XCTAssertTrue(templateError { try read("<section><p>a</p></section>") }?.message.contains("expected <chapter>") == true)
        XCTAssertTrue(templateError { try read("<chapter><p>a</p></chapter>") }?.message.contains("expected <section>") == true)
        let malformed = templateError { try read("<chapter><section><p>a</section></chapter>") }
        XCTAssertTrue(malformed?.message.contains("not well-formed") == true, malformed?.message ?? "")
    }
}
