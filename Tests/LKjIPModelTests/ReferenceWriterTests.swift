import Foundation
@testable import LKjIPModel
import XCTest

/// docs/data.md is generated from the rules the loader applies; the committed file must be
/// the current output, so the reference cannot fall behind the checks.
final class ReferenceWriterTests: XCTestCase {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    func testCommittedReferenceIsCurrent() throws {
        let committed = try String(contentsOf: Self.repository.appendingPathComponent("docs/data.md"), encoding: .utf8)
        XCTAssertEqual(committed, ReferenceWriter.document(), "run `lkjip schema --reference > docs/data.md`")
    }

    /// Every key of every kind of file appears, with its path, as the loader names it in messages.
    func testEveryKeyPathIsListed() {
        let text = ReferenceWriter.document()
        for path in ["`instansi.tahun`", "`pejabat[].nip`", "`sasaran_kegiatan[].indikator[].target_rentang`",
                     "`unit[].renstra[].target`", "`revisi[].target[].indikator`", "`realisasi[].triwulan.tw4`"] {
            XCTAssertTrue(text.contains(path), path)
        }
    }

    /// Ranges are printed from the one place they are defined.
    func testRangesComeFromFieldSpecs() {
        let text = ReferenceWriter.document()
        let line = text.split(separator: "\n").first { $0.hasPrefix("| `instansi.tahun`") } ?? ""
        XCTAssertTrue(line.contains("2000 to 2100"), String(line))
        let desimal = text.split(separator: "\n").first { $0.hasPrefix("| `sasaran_kegiatan[].indikator[].desimal`") } ?? ""
        XCTAssertTrue(desimal.contains("0 to 4"), String(desimal))
    }
}
