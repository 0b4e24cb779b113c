import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// Issue 26: the `{{` scan is linear. A narasi made of `{{` alone took 147 s at 128 KiB; the
/// allowed 1 MiB would have taken hours. The inputs are the hostile run's shapes at the full
/// narasi limit; the guard is generous and only catches a scan that is quadratic again.
final class FigureCitationsLinearTests: XCTestCase {
    func substitute(_ text: String) -> (String, Int) {
        var unknown = 0
        let result = FigureCitations.substitute(text, catalog: .empty) { _, _, _ in unknown += 1 }
        return (result, unknown)
    }

    func testBracesAloneAtTheNarasiLimit() {
        let limit = DataLimits.maximumNarasiBytes
        let started = Date()
        for text in [
            String(repeating: "{{", count: limit / 2),
            String(repeating: "{{\n", count: limit / 3),
            String(repeating: "{{ a", count: limit / 4 - 1) + "}}",
            String(repeating: "{{ a\n", count: limit / 5 - 1) + "}}",
        ] {
            let (result, _) = substitute(text)
            XCTAssertEqual(result, text, "nothing is replaced")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 120, "guard against a quadratic scan")
    }

    /// The remembered positions still find every citation and its line and column.
    func testCitationsAreStillFoundAndLocated() {
        var found: [(String, Int, Int)] = []
        let text = "{{a}} {{ b\n}} {{c}}\n{{ {{d}}"
        _ = FigureCitations.substitute(text, catalog: .empty) { name, line, column in found.append((name, line, column)) }
        XCTAssertEqual(found.map(\.0), ["a", "c", "{{d"])
        XCTAssertEqual(found.map(\.1), [1, 2, 3])
        XCTAssertEqual(found.map(\.2), [1, 4, 1])
    }
}
