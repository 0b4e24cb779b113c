import LKjIPModel
import XCTest

/// Diagnostics print like compiler errors, one line each, sorted the way a user fixes them.
final class DiagnosticTests: XCTestCase {
    func testDescription() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "pk/a.yaml", line: 16, column: 13, keyPath: "sasaran_kegiatan[0].indikator[0].target"),
                                    "expected a number, found \"sembilan puluh\"")
        XCTAssertEqual(diagnostic.description, "pk/a.yaml:16:13: sasaran_kegiatan[0].indikator[0].target: error: expected a number, found \"sembilan puluh\"")
    }

    /// A message can never span two lines or carry a terminal escape.
    func testMessageIsOneLine() {
        let diagnostic = Diagnostic(.warning, at: SourceLocation(file: "x.md", line: 1), "satu\ndua\u{1B}[2J")
        XCTAssertEqual(diagnostic.description, "x.md:1: warning: satu\\ndua\\u{1B}[2J")
    }

    /// `--strict` turns warnings into errors.
    func testWithSeverity() {
        let warning = Diagnostic(.warning, at: SourceLocation(file: "x.md"), "m")
        XCTAssertEqual(warning.with(.error).severity, .error)
        XCTAssertEqual(warning.with(.error).message, "m")
    }

    /// Sorted by file, then line; diagnostics of the same line keep their order.
    func testSorting() {
        let b2 = Diagnostic(.error, at: SourceLocation(file: "b.yaml", line: 2), "b2")
        let a9 = Diagnostic(.error, at: SourceLocation(file: "a.yaml", line: 9), "a9")
        let a1x = Diagnostic(.error, at: SourceLocation(file: "a.yaml", line: 1), "a1x")
        let a1y = Diagnostic(.warning, at: SourceLocation(file: "a.yaml", line: 1), "a1y")
        let aNone = Diagnostic(.error, at: SourceLocation(file: "a.yaml"), "a")
        XCTAssertEqual(DiagnosticList.sorted([b2, a9, a1x, a1y, aNone]).map(\.message), ["a", "a1x", "a1y", "a9", "b2"])
    }

    func testList() {
        let list = DiagnosticList([Diagnostic(.error, at: SourceLocation(file: "a"), "e"), Diagnostic(.warning, at: SourceLocation(file: "b"), "w")])
        XCTAssertEqual(list.errors.map(\.message), ["e"])
        XCTAssertEqual(list.warnings.map(\.message), ["w"])
        XCTAssertEqual(list.description, "a: error: e\nb: warning: w")
    }
}
