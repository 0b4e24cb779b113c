import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// DAFTAR ISI / TABEL / GRAFIK / GAMBAR: entries link to bookmarks and carry PAGEREF fields
/// whose cached result is the measured page number, so no viewer needs to update fields.
final class ContentsWriterTests: XCTestCase {
    /// The fields of one paragraph: instruction text and cached result text, in order.
    func fields(_ paragraph: XMLTree) -> [(instruction: String, result: String)] {
        var result: [(String, String)] = []
        var state = 0 // 0 outside, 1 instruction, 2 result
        var instruction = "", cached = ""
        for run in paragraph.all("w:r") {
            if let char = run.child("w:fldChar") {
                switch char["w:fldCharType"] {
                case "begin": state = 1; instruction = ""; cached = ""
                case "separate": state = 2
                case "end":
                    if instruction.contains("PAGEREF") { result.append((instruction, cached)) }
                    state = 0
                default: break
                }
            } else if state == 1, let text = run.child("w:instrText") {
                instruction += text.text
            } else if state == 2, let text = run.child("w:t") {
                cached += text.text
            }
        }
        return result
    }

    func measured() -> Document {
        var sample = SampleDocuments.everyBlockKind
        var numbers: [String: String] = [:]
        for (index, entry) in sample.contents.enumerated() { numbers[entry.anchor] = index < 3 ? ["i", "ii", "iii"][index] : String(index) }
        sample.pageNumbers = numbers
        return sample
    }

    /// With measured numbers every PAGEREF's cached result is the page of its anchor, the
    /// field points at the anchor's bookmark, and nothing asks Word to update fields.
    func testMeasuredPageNumbersAreTheCachedResults() throws {
        let document = measured()
        let package = try DocxPackage(document)
        let body = try package.body
        let bookmarks = Set(body.all("w:bookmarkStart").compactMap { $0["w:name"] })
        var seen = 0
        for hyperlink in body.all("w:hyperlink") {
            let anchor = try XCTUnwrap(hyperlink["w:anchor"])
            XCTAssertTrue(bookmarks.contains(anchor), "link to a missing bookmark \(anchor)")
            let entry = try XCTUnwrap(document.contents.first { DocxBookmarks.anchor($0.anchor) == anchor })
            for field in fields(hyperlink) {
                XCTAssertEqual(field.instruction.trimmingCharacters(in: .whitespaces), "PAGEREF \(anchor) \\h")
                XCTAssertEqual(field.result, document.pageNumbers[entry.anchor])
                seen += 1
            }
        }
        // DAFTAR ISI lists headings to level 3 (the sample's level-4 heading is left out).
        let listed = document.contents.filter { if case .heading(let level) = $0.kind { return level <= 3 }; return true }
        XCTAssertEqual(seen, listed.count, "every heading and caption is listed once")
        XCTAssertTrue(body.all("w:fldChar").allSatisfy { $0["w:dirty"] == nil })
        XCTAssertNil(try package.xml("word/settings.xml").child("w:updateFields"))
    }

    /// Without measured numbers the results are placeholders, the TOC field is marked dirty
    /// and settings ask Word to update fields on opening.
    func testUnmeasuredDocumentAsksForAnUpdate() throws {
        let package = try DocxPackage(SampleDocuments.everyBlockKind)
        let body = try package.body
        XCTAssertTrue(body.all("w:fldChar").contains { $0["w:dirty"] == "true" })
        XCTAssertEqual(try package.xml("word/settings.xml").child("w:updateFields")?["w:val"], "true")
        for hyperlink in body.all("w:hyperlink") {
            for field in fields(hyperlink) { XCTAssertFalse(field.result.isEmpty) }
        }
    }

    /// DAFTAR ISI is one TOC field (`TOC \o "1-3"`) around its entries, the headings up to
    /// the TOC's depth; the caption lists list their kind only, with the full caption text.
    func testEntriesPerList() throws {
        let document = SampleDocuments.everyBlockKind
        let body = try DocxPackage(document).body
        let instructions = body.all("w:instrText").map(\.text)
        // DAFTAR ISI over the headings (`\o`), each list of captions over its SEQ (`\c`).
        XCTAssertEqual(instructions.filter { $0.contains(" TOC ") && $0.contains("\\o") }.count, 1)
        XCTAssertTrue(instructions.filter { $0.contains(" TOC ") && !$0.contains("\\o") }.allSatisfy { $0.contains("\\c \"") })
        XCTAssertTrue(instructions.contains { $0.contains("TOC \\o \"1-3\"") })
        let linked = body.all("w:hyperlink").map { $0.all("w:t").first?.text ?? "" }
        let headings = document.contents.filter { if case .heading(let level) = $0.kind { return level <= 3 }; return false }.map(\.text)
        let tables = document.contents.filter { $0.kind == .caption(.table) }.map(\.text)
        XCTAssertEqual(Array(linked.prefix(headings.count)), headings)
        XCTAssertEqual(Array(linked.dropFirst(headings.count).prefix(tables.count)), tables)
        XCTAssertTrue(tables.allSatisfy { $0.hasPrefix("Tabel ") })
        XCTAssertFalse(linked.contains("a. Rincian"), "level 4 is deeper than the TOC's 3 levels")
    }

    /// TOC begin and end are balanced across the whole body.
    func testFieldsAreBalanced() throws {
        let chars = try DocxPackage(SampleDocuments.everyBlockKind).body.all("w:fldChar").compactMap { $0["w:fldCharType"] }
        var depth = 0
        for char in chars {
            if char == "begin" { depth += 1 }
            if char == "end" { depth -= 1 }
            XCTAssertGreaterThanOrEqual(depth, 0)
        }
        XCTAssertEqual(depth, 0)
    }

    /// An empty list prints a dash rather than an empty field.
    func testEmptyListPrintsADash() throws {
        let body = try DocxPackage(document([.contents(TableOfContents(captions: .chart))])).body
        XCTAssertEqual(body.child("w:p")?.text, "-")
        XCTAssertTrue(body.all("w:fldChar").isEmpty)
    }
}
