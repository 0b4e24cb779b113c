import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// A contents entry with `wrapAt` (set by the layout pass, see `ContentsLayoutTests`) is written
/// with a `<w:br/>` before its last word, inside the entry's hyperlink and before the tab and
/// the page number; an entry without `wrapAt` has no break.
final class ContentsWriterLineBreakTests: XCTestCase {
    static let long = "Capaian Indikator Kinerja Kegiatan Divisi Pelayanan Hukum dan Hak Asasi"

    private func written(wrapAt: Int?) throws -> XMLTree {
        var entry = ContentsEntry(kind: .heading(level: 1), text: Self.long, anchor: "bab-capaian")
        entry.wrapAt = wrapAt
        let short = ContentsEntry(kind: .heading(level: 1), text: "BAB I PENDAHULUAN", anchor: "bab-1")
        let sections = [Section(blocks: [
            .contents(TableOfContents(maxLevel: 2)),
            .heading(Heading(level: 1, content: [.text("BAB I PENDAHULUAN")], anchor: "bab-1")),
            .heading(Heading(level: 1, content: [.text(Self.long)], anchor: "bab-capaian")),
        ])]
        let document = Document(metadata: Metadata(title: "Uji"), sections: sections, contents: [short, entry], pageNumbers: ["bab-1": "1", "bab-capaian": "12"])
        return try DocxPackage(document).body
    }

    /// The runs of the hyperlink of `anchor`, as "t:text", "br" and "tab".
    private func runs(_ body: XMLTree, anchor: String) throws -> [String] {
        let link = try XCTUnwrap(body.all("w:hyperlink").first { $0["w:anchor"] == anchor }, "no hyperlink to \(anchor)")
        return link.all("w:r").compactMap { run in
            if run.child("w:br") != nil { return "br" }
            if run.child("w:tab") != nil { return "tab" }
            if let t = run.child("w:t") { return "t:" + t.text }
            return nil
        }
    }

    /// wrapAt 66 (before "Asasi"): the text up to the break without its trailing space, a
    /// line break, "Asasi", then the tab and the page number 12.
    func testBreakBeforeTheLastWord() throws {
        let body = try written(wrapAt: 66)
        let long = try runs(body, anchor: "_bab_capaian")
        XCTAssertEqual(Array(long.prefix(4)), ["t:Capaian Indikator Kinerja Kegiatan Divisi Pelayanan Hukum dan Hak", "br", "t:Asasi", "tab"])
        XCTAssertEqual(long.last, "t:12")
        XCTAssertEqual(try runs(body, anchor: "_bab_1").filter { $0 == "br" }, [], "the short entry has no break")
    }

    /// Without wrapAt the entry is one run of text.
    func testNoBreakWithoutWrapAt() throws {
        let long = try runs(try written(wrapAt: nil), anchor: "_bab_capaian")
        XCTAssertEqual(Array(long.prefix(2)), ["t:" + Self.long, "tab"])
        XCTAssertFalse(long.contains("br"))
    }
}
