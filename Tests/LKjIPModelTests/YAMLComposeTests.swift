@testable import LKjIPModel
import Yams
import XCTest

/// Issue 25: files are composed with every implicit scalar read as text (no regular
/// expression per key), and parsed again the default way wherever that could change what is
/// accepted or said. Each case is compared with Yams' default composition, the reference.
final class YAMLComposeTests: XCTestCase {
    /// What Yams' default composition makes of `text`: the root's keys, or the error.
    func reference(_ text: String) -> String {
        do {
            let parser = try Parser(yaml: text)
            return describe(try parser.singleRoot())
        } catch {
            return "\(error)"
        }
    }

    func composed(_ text: String) -> String {
        do { return describe(try YAMLComposer.compose(text).1) } catch { return "\(error)" }
    }

    func describe(_ node: Node?) -> String {
        guard case .mapping(let mapping)? = node else { return String(describing: node) }
        return mapping.map { "\($0.key.string ?? "?")=\($0.value.string ?? "…")" }.joined(separator: ",")
    }

    func testSameAsYamsDefault() {
        let cases = [
            "a: 1\nb: dua\n",
            "a: 1\na: 2\n",                      // a duplicate: Yams' error and message
            "1: satu\n\"1\": satu lagi\n",         // two keys to Yams (int and text): no error, the validator reports it
            "true: ya\n'true': tidak\n",
            "!!str 1: a\n1: b\n",                 // explicit tag: parsed the default way
            "a: [1, 2\n",                          // syntax error
            "",
            "null: x\n~: y\n",
        ]
        for text in cases {
            XCTAssertEqual(composed(text), reference(text), text)
        }
    }
}
