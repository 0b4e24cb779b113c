import LKjIPModel
import XCTest

/// NIP layout (Perka BKN 22/2007): birth date yyyymmdd, appointment yyyymm, sex, serial.
final class NIPTests: XCTestCase {
    private func problem(_ text: String) -> NIP.Problem? {
        do {
            _ = try NIP(text)
            return nil
        } catch {
            return error as? NIP.Problem
        }
    }

    /// The head of office in the seed: born 5 June 1966, appointed November 1989, man, 001.
    func testValidPNS() throws {
        let nip = try NIP("196606051989111001")
        XCTAssertEqual(nip.digits, "196606051989111001")
        XCTAssertEqual(nip.formatted, "19660605 198911 1 001")
    }

    /// PPPK: year of appointment, then "2" and a frequency digit where a PNS has the month.
    /// 19900101 2021 21 1 001: born 1 January 1990, appointed 2021, first round, man.
    func testValidPPPK() throws {
        let nip = try NIP("199001012021211001")
        XCTAssertEqual(nip.formatted, "19900101 202121 1 001")
    }

    /// The printed form with spaces is accepted and stored without them.
    func testSpacesAreAccepted() throws {
        XCTAssertEqual(try NIP("19660605 198911 1 001").digits, "196606051989111001")
        XCTAssertEqual(try NIP("19660605 198911 1 001"), try NIP("196606051989111001"))
    }

    /// Month 13 is neither a PNS month nor a PPPK code (which starts with 2).
    func testMonth13IsRefused() {
        XCTAssertEqual(problem("196606051989131001"), .appointment("198913"))
        XCTAssertEqual(problem("196606051989001001"), .appointment("198900"), "month 00")
    }

    /// Digit 15 is the sex: 1 or 2.
    func testSexDigit3IsRefused() {
        XCTAssertEqual(problem("196606051989113001"), .sex("3"))
    }

    /// The first eight digits must be a real date of birth (30 February does not exist).
    func testInvalidBirthDateIsRefused() {
        XCTAssertEqual(problem("196602301989111001"), .birthDate("19660230"))
        XCTAssertEqual(problem("192901011989111001"), .birthDate("19290101"), "born before 1930")
    }

    /// An appointment less than 15 years after birth is not possible.
    func testAppointmentTooEarlyIsRefused() {
        // Born 1966: the earliest appointment year is 1966 + 15 = 1981.
        XCTAssertEqual(problem("196606051980011001"), .appointment("198001"))
        XCTAssertNil(problem("196606051981011001"))
    }

    /// Serial numbers start at 001.
    func testSerial000IsRefused() {
        XCTAssertEqual(problem("196606051989111000"), .serial)
    }

    func testLengthAndDigits() {
        XCTAssertEqual(problem("12345"), .length(5))
        XCTAssertEqual(problem("1966060519891110011"), .length(19))
        XCTAssertEqual(problem("19660605198911100A"), .notDigits)
        XCTAssertEqual(problem("19660605-198911-1-001"), .notDigits)
    }

    /// `format` prints a valid NIP in its layout and anything else as typed (trimmed).
    func testFormat() {
        XCTAssertEqual(NIP.format("196606051989111001"), "19660605 198911 1 001")
        XCTAssertEqual(NIP.format(" 12345 "), "12345")
    }

    func testMessages() {
        XCTAssertEqual(NIP.explain(.length(5), typed: "12345"), "expected an NIP of 18 digits, found 5 digits in \"12345\"")
        XCTAssertEqual(NIP.explain(.sex("3"), typed: "196606051989113001"),
                       "NIP \"196606051989113001\": digit 15 is 3; it must be 1 (laki-laki) or 2 (perempuan)")
        XCTAssertEqual(NIP.explain(.serial, typed: "196606051989111000"),
                       "NIP \"196606051989111000\": the last 3 digits are a serial number from 001")
        XCTAssertEqual(NIP.explain(.birthDate("19660230"), typed: "196602301989111001"),
                       "NIP \"196602301989111001\": its first 8 digits (19660230) must be a date of birth yyyymmdd")
    }
}
