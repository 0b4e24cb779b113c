import Foundation
@testable import LKjIP
import XCTest

/// The byte reader of `pdftotext -bbox-layout` output: pages, blocks, lines and words with
/// their numbers, the five entities, and everything else skipped. The expected values are
/// written by hand from the sample below.
final class PDFTextTests: XCTestCase {
    static let sample = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <title>Laporan &amp; &lt;Kinerja&gt;</title>
        <meta name="Creator" content="Writer"/>
        </head>
        <body>
        <doc>
          <page width="595.303937" height="841.889764">
            <flow>
              <block xMin="140.400000" yMin="125.300764" xMax="483.280000" yMax="146.100764">
                <line xMin="140.400000" yMin="125.300764" xMax="483.280000" yMax="146.100764">
                  <word xMin="140.400000" yMin="125.300764" xMax="219.424000" yMax="146.100764">LAPORAN</word>
                  <word xMin="223.856000" yMin="125.300764" xMax="294.064000" yMax="146.100764">R&amp;D&quot;&apos;&lt;&gt;</word>
                </line>
                <line xMin="1" yMin="2" xMax="3" yMax="4">
                  <word xMin="-1.5" yMin="200" xMax="3" yMax="210.25">Pemasyarakatan–é</word>
                </line>
              </block>
            </flow>
          </page>
          <page width="841.889764" height="595.303937">
            <flow>
              <block xMin="1" yMin="1" xMax="2" yMax="2">
                <line xMin="1" yMin="1" xMax="2" yMax="2">
                  <word xMin="72" yMin="80.5" xMax="90" yMax="92">11.</word>
                </line>
              </block>
            </flow>
          </page>
        </doc>
        </body>
        </html>

        """

    func testPagesBlocksLinesAndWords() {
        let pages = PDFText.parse(Data(Self.sample.utf8))
        XCTAssertEqual(pages.count, 2)
        XCTAssertEqual(pages[0].width, 595.303937)
        XCTAssertEqual(pages[0].height, 841.889764)
        XCTAssertFalse(pages[0].isLandscape)
        XCTAssertTrue(pages[1].isLandscape)
        XCTAssertEqual(pages[0].blocks.count, 1)
        XCTAssertEqual(pages[0].blocks[0].count, 2, "two lines")
        XCTAssertEqual(pages[0].words.map(\.text), ["LAPORAN", "R&D\"'<>", "Pemasyarakatan–é"])
        let word = pages[0].words[0]
        XCTAssertEqual(word.xMin, 140.4)
        XCTAssertEqual(word.yMin, 125.300764)
        XCTAssertEqual(word.yMax, 146.100764)
        XCTAssertEqual(pages[0].words[2].xMin, -1.5)
        XCTAssertEqual(pages[0].words[2].yMax, 210.25)
        XCTAssertEqual(pages[1].words.map(\.text), ["11."])
        XCTAssertEqual(pages[1].words[0].yMin, 80.5)
    }

    /// Numbers read from their digits equal what `Double(String)` reads, bit for bit.
    func testNumbersAreReadExactly() {
        for text in ["0", "1", "125.300764", "841.889764", "0.000001", "99999.999999", "-3.25", "123456789012.345"] {
            let xml = "<page width=\"\(text)\" height=\"1\"></page>"
            XCTAssertEqual(PDFText.parse(Data(xml.utf8)).first?.width, Double(text), text)
        }
    }

    func testNothingButTagsItKnows() {
        XCTAssertEqual(PDFText.parse(Data()).count, 0)
        XCTAssertEqual(PDFText.parse(Data("<word xMin=\"1\">stray</word></line></block>".utf8)).count, 0)
        XCTAssertEqual(PDFText.parse(Data("<page width=\"10\" height=\"20\"><word xMin=".utf8)).count, 1, "cut short")
    }
}
