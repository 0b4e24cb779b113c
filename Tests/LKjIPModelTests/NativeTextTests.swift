import Foundation
import LKjIPModel
import XCTest

/// The standard-library trimming and search that replace Foundation's on the hot paths keep
/// Foundation's meaning. Expected values are Foundation's own results on the same text.
final class NativeTextTests: XCTestCase {
    /// Samples with every kind of blank at both ends: space, tab, no-break space (Zs),
    /// ideographic space, line and paragraph separators, NEL, CR LF, and a zero-width space
    /// (format Cf in today's Unicode, but Foundation trims it).
    let samples = [
        "", " ", "\t", "  Kantor Wilayah  ", "\u{00A0}Rp 1.000\u{00A0}", "\u{3000}visi\u{3000}",
        "\n\r\nSasaran\r\n", "\u{2028}misi\u{2029}", "\u{85}tujuan\u{85}", "\u{200B}nol\u{200B}",
        " \t\u{00A0}\n", "a b", "\u{0B}\u{0C}x\u{0C}", " é\u{301} ", " \u{301}kombinasi ",
    ]

    func testTrimmingWhitespaceMatchesFoundation() {
        for text in samples {
            XCTAssertEqual(text.trimmingWhitespace(), text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            XCTAssertEqual(Substring(text).trimmingWhitespace(), text.trimmingCharacters(in: .whitespaces))
        }
    }

    func testTrimmingWhitespaceAndNewlinesMatchesFoundation() {
        for text in samples {
            XCTAssertEqual(text.trimmingWhitespaceAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    /// Every scalar that Foundation counts as blank, and no other, is trimmed.
    func testTheSameCharacterClassesAsFoundation() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            XCTAssertEqual(NativeText.isWhitespace(scalar), text.trimmingCharacters(in: .whitespaces).isEmpty, "U+\(String(value, radix: 16))")
            XCTAssertEqual(NativeText.isWhitespaceOrNewline(scalar), text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "U+\(String(value, radix: 16))")
        }
    }

    /// Worked by hand: where each needle starts, in characters.
    func testNativeRange() {
        func offset(_ text: String, _ needle: String) -> Int? {
            text.nativeRange(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
        }
        XCTAssertEqual(offset("teks <!-- catatan --> teks", "<!--"), 5)
        XCTAssertEqual(offset("teks <!-- catatan --> teks", "-->"), 18)
        XCTAssertEqual(offset("<<<", "<<"), 0)
        XCTAssertEqual(offset("a<-<!", "<!"), 3, "a partial match is passed over")
        XCTAssertNil(offset("tanpa komentar", "<!--"))
        XCTAssertNil(offset("abc", ""))
        XCTAssertNil(offset("", "x"))
        XCTAssertTrue("gambar ![foto](a.png)".nativeContains("]("))
        XCTAssertFalse("{ {".nativeContains("{{"))
    }
}
