import Foundation
import LKjIPCompute
@testable import LKjIPReport
import XCTest

/// Compute states a trend or a Renstra comparison as values; the words around them are the
/// bundled templates' (`kata.yaml`). These properties print them as the report does, so the
/// compute tests can state the whole cell a reader sees.
enum BundledWording {
    static let wording: Wording = {
        guard let wording = WordingLoader.load(directory: ComputeFixture.templates).wording else { fatalError("templates/kata.yaml does not load") }
        return wording
    }()
}

extension Tren {
    /// "membaik 3,4 poin dibanding 2022", as table b prints it.
    var teks: String { CapaianWords.tren(self, BundledWording.wording) }
}

extension ProgresRenstra {
    /// "58%", "-" or "tidak sebanding", as tables d and f print it.
    var capaianTeks: String { CapaianWords.renstra(self, BundledWording.wording) }
}
