@testable import LKjIPLayout
import XCTest

/// The metric table against Liberation Sans, metric-compatible with Arial. The reference
/// rows were printed with fontTools from /usr/share/fonts/truetype/liberation/
/// LiberationSans-Regular.ttf and -Bold.ttf (advance × 1000 / 2048, rounded):
///
///     t = TTFont(path); cmap = t.getBestCmap(); hm = t["hmtx"]
///     [round(hm[cmap[ord(c)]][0] * 1000 / 2048) for c in chars]
final class FontMetricsTests: XCTestCase {
    static let characters = (0x20...0x7E).map { Character(Unicode.Scalar($0)!) } + Array("éüçÉ–—…“”")
    static let regular = "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584 556 556 500 667 556 1000 1000 333 333"
    static let bold = "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584 556 611 556 667 556 1000 1000 500 500"

    func check(_ reference: String, bold: Bool) {
        let values = reference.split(separator: " ").map { Int($0)! }
        XCTAssertEqual(values.count, Self.characters.count)
        for (character, expected) in zip(Self.characters, values) {
            let scalar = character.unicodeScalars.first!
            XCTAssertEqual(FontMetrics.arial.width(scalar, bold: bold), expected, "\(character) U+\(String(scalar.value, radix: 16)) bold: \(bold)")
        }
    }

    func testRegularMatchesLiberationSans() { check(Self.regular, bold: false) }
    func testBoldMatchesLiberationSans() { check(Self.bold, bold: true) }

    /// A character outside the table counts as wide as "M" (833), so an estimate errs wide.
    func testUnknownCharacterCountsWide() {
        XCTAssertEqual(FontMetrics.arial.width("中", bold: false), 833)
    }

    /// Times New Roman against Adobe's Times-Roman and Times-Bold AFM (the metrics Times
    /// New Roman and Liberation Serif share): space 250, a 444, W 944, M 889; bold a 500.
    func testTimesNewRoman() {
        let font = FontMetrics.family("Times New Roman")
        XCTAssertEqual([" ", "a", "W", "M"].map { font.width(Unicode.Scalar($0)!, bold: false) }, [250, 444, 944, 889])
        XCTAssertEqual(font.width("a", bold: true), 500)
    }

    /// Bookman Old Style against the ITC Bookman Light and Demi AFM widths (as in Wine's
    /// PostScript driver data): space 320, ! 300, " 380, % 900, & 800; Demi space 340, ! 360,
    /// % 940.
    func testBookmanOldStyle() {
        let font = FontMetrics.family("Bookman Old Style")
        XCTAssertEqual([" ", "!", "\"", "%", "&"].map { font.width(Unicode.Scalar($0)!, bold: false) }, [320, 300, 380, 900, 800])
        XCTAssertEqual([" ", "!", "%"].map { font.width(Unicode.Scalar($0)!, bold: true) }, [340, 360, 940])
    }

    /// Calibri and Cambria have tables of their own (Carlito and Caladea): Calibri's space is
    /// 463 / 2048 em = 226; a font not known is measured with the widest of the five, so
    /// never narrower than any of them.
    func testOtherFamiliesAndUnknownFonts() {
        XCTAssertEqual(FontMetrics.family("Calibri").width(" ", bold: false), 226)
        XCTAssertTrue(FontMetrics.isKnown("Cambria"))
        XCTAssertFalse(FontMetrics.isKnown("Gill Sans"))
        let unknown = FontMetrics.family("Gill Sans")
        for scalar in "Pemasyarakatan WTP".unicodeScalars {
            for family in ["Arial", "Times New Roman", "Calibri", "Cambria", "Bookman Old Style"] {
                XCTAssertGreaterThanOrEqual(unknown.width(scalar, bold: true), FontMetrics.family(family).width(scalar, bold: true))
            }
        }
    }
}
