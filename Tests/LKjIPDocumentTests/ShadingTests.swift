import LKjIPDocument
import XCTest

/// `Shading.isDark` decides, for both writers, whether text on a fill is white. The expected
/// answers come from the WCAG 2 relative-luminance formula worked by hand (Python, not the
/// code under test): white wins when 1.05 / (L + 0.05) > (L + 0.05) / 0.05.
final class ShadingTests: XCTestCase {
    /// The e-Performance "melebihi target" blue: L = 0.0712, white contrast 8.66 against
    /// black 2.42, so its text must be white.
    func testDarkBlueIsDark() {
        XCTAssertTrue(Shading.isDark("1F4E79"))
    }

    /// Amber (L = 0.590, black 12.8 vs white 1.64), green 00B050 (L = 0.316, black 7.33 vs
    /// white 2.87) and the header blue D9E2F3 (L = 0.756) keep black text.
    func testStatusAndHeaderFillsAreLight() {
        XCTAssertFalse(Shading.isDark("FFC000"))
        XCTAssertFalse(Shading.isDark("00B050"))
        XCTAssertFalse(Shading.isDark("D9E2F3"))
        XCTAssertFalse(Shading.isDark("A6A6A6"))
    }

    /// The crossover lies at L ≈ 0.179: grey 757575 (L = 0.1779, white 4.61 > black 4.56)
    /// is dark, 767676 (L = 0.1812, white 4.54 < black 4.62) is light. Pure red (L = 0.2126)
    /// is light, pure blue (L = 0.0722) dark.
    func testThresholdFollowsContrast() {
        XCTAssertTrue(Shading.isDark("757575"))
        XCTAssertFalse(Shading.isDark("767676"))
        XCTAssertFalse(Shading.isDark("FF0000"))
        XCTAssertTrue(Shading.isDark("0000FF"))
        XCTAssertTrue(Shading.isDark("000000"))
        XCTAssertFalse(Shading.isDark("FFFFFF"))
    }

    /// Lower-case digits are the same colour.
    func testLowercaseHexIsRead() {
        XCTAssertTrue(Shading.isDark("1f4e79"))
    }

    /// Anything that is not six hex digits is treated as light (black text), never a crash.
    func testMalformedFillsAreLight() {
        XCTAssertFalse(Shading.isDark("#1F4E79"))
        XCTAssertFalse(Shading.isDark("1F4E7"))
        XCTAssertFalse(Shading.isDark("GGGGGG"))
        XCTAssertFalse(Shading.isDark(""))
    }
}
