import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// Text widths and unbreakable pieces.
final class TextMeasureTests: XCTestCase {
    /// "PEREMPUAN" bold at 10 pt: 6389.6 / 1000 × 10 = 63.90 pt (Liberation Sans Bold).
    func testWordWidth() {
        XCTAssertEqual(TextMeasure.width("PEREMPUAN", size: 10, bold: true), 63.90, accuracy: 0.02)
        XCTAssertEqual(TextMeasure.width("Indikator", size: 10, bold: false), 38.35, accuracy: 0.02)
    }

    /// The widest unbreakable piece: words split at spaces, hyphenated words after the hyphen;
    /// a no-break space ("Rp 1.000") does not break.
    func testLongestUnbreakable() {
        XCTAssertEqual(TextMeasure.longestUnbreakable([.text("Indikator Kinerja")], size: 10, forceBold: false), 38.35, accuracy: 0.02)
        XCTAssertEqual(TextMeasure.longestUnbreakable([.text("LAKI-LAKI")], size: 10, forceBold: true), 26.66, accuracy: 0.02)
        let nbsp = TextMeasure.longestUnbreakable([.text("Rp\u{00A0}22.186.820.000")], size: 10, forceBold: false)
        XCTAssertGreaterThan(nbsp, TextMeasure.width("22.186.820.000", size: 10, bold: false))
    }

    /// Bold runs measure bold.
    func testBoldMarkMeasuresBold() {
        let plain = TextMeasure.longestUnbreakable([.text("Kinerja")], size: 10, forceBold: false)
        let marked = TextMeasure.longestUnbreakable([.text("Kinerja", .bold)], size: 10, forceBold: false)
        XCTAssertGreaterThan(marked, plain)
    }
}
