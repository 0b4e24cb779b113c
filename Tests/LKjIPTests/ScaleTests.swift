import Foundation
import LKjIP
import XCTest

/// A ministry-sized data set builds, and memory grows no faster than the data.
/// Timings are measured in Benchmarks/, never asserted here.
final class ScaleTests: XCTestCase {
    /// Peak resident memory of the children this process waited for, in KiB.
    func childPeakKiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss
    }

    func testFortyDivisionsAndFiveThousandIndicatorsBuild() throws {
        let small = try SyntheticData.write(divisions: 10, sasaran: 25, indicators: 5, name: "scale-small")
        let large = try SyntheticData.write(divisions: 40, sasaran: 25, indicators: 5, name: "scale-large")
        let output = try Fixtures.temporaryDirectory()

        let first = try LKjIPProcess.run(["build", small.path, "-o", output.appendingPathComponent("small").path])
        XCTAssertEqual(first.status, 0, first.standardError)
        let smallPeak = childPeakKiB()
        let second = try LKjIPProcess.run(["build", large.path, "-o", output.appendingPathComponent("large").path])
        XCTAssertEqual(second.status, 0, second.standardError)
        let largePeak = childPeakKiB()

        let docx = output.appendingPathComponent("large/LKjIP-Kanwil-Sulbar-2022.docx")
        let text = DocxText.paragraphs(try DocxText.documentXML(try Data(contentsOf: docx)))
        XCTAssertTrue(text.contains("40. CAPAIAN KINERJA DIVISI 40"))
        XCTAssertTrue(text.contains { $0.hasSuffix("Persentase indikator 5 sasaran 25") })
        // Four times the indicators may take at most four times the memory (plus the fixed
        // cost of the program), i.e. growth is at most linear.
        XCTAssertLessThanOrEqual(largePeak, max(smallPeak, 1) * 4, "peak RSS \(smallPeak) KiB for 1.250 indicators, \(largePeak) KiB for 5.000")
    }
}
