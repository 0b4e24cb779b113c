import LKjIPModel
import XCTest

/// The one date rule of lkjip: exactly yyyy-mm-dd and a day that exists.
final class ISODateTests: XCTestCase {
    private func problem(_ text: String) -> ISODate.Problem? {
        do {
            _ = try ISODate(text)
            return nil
        } catch {
            return error as? ISODate.Problem
        }
    }

    func testValidDate() throws {
        let date = try ISODate("2023-01-05")
        XCTAssertEqual([date.year, date.month, date.day], [2023, 1, 5])
        XCTAssertEqual(date.description, "2023-01-05")
    }

    /// Leap years: divisible by 4, except centuries, except every 400 years.
    func testLeapYears() {
        XCTAssertTrue(ISODate.isLeap(2024))
        XCTAssertFalse(ISODate.isLeap(2023))
        XCTAssertFalse(ISODate.isLeap(1900))
        XCTAssertTrue(ISODate.isLeap(2000))
        XCTAssertNoThrow(try ISODate("2024-02-29"))
        XCTAssertNoThrow(try ISODate("2000-02-29"))
        XCTAssertEqual(problem("1900-02-29"), .noSuchDay(month: 2, year: 1900, days: 28))
    }

    /// 2023 is not a leap year: 29 February 2023 does not exist.
    func testFebruary29In2023IsRefused() {
        XCTAssertEqual(problem("2023-02-29"), .noSuchDay(month: 2, year: 2023, days: 28))
        XCTAssertEqual(problem("2023-02-30"), .noSuchDay(month: 2, year: 2023, days: 28))
    }

    func testMonthAndDayBounds() {
        XCTAssertEqual(problem("2023-13-01"), .noSuchMonth(13))
        XCTAssertEqual(problem("2023-00-10"), .noSuchMonth(0))
        XCTAssertEqual(problem("2023-04-31"), .noSuchDay(month: 4, year: 2023, days: 30))
        XCTAssertEqual(problem("2023-01-00"), .noSuchDay(month: 1, year: 2023, days: 31))
        XCTAssertNil(problem("2023-12-31"))
    }

    /// Anything but exactly ten characters yyyy-mm-dd with ASCII digits is malformed.
    func testMalformedForms() {
        for text in ["2023-1-5", "2023/01/05", "05-01-2023", "2023-01-05 ", " 2023-01-05", "20230105", "", "2023-01-0a",
                     "\u{FF12}\u{FF10}\u{FF12}\u{FF13}-01-05", "2023-01-05T00:00"] {
            XCTAssertEqual(problem(text), .malformed, "\"\(text)\"")
        }
    }

    /// The messages a clerk reads name what was typed and what is wrong with it.
    func testMessages() {
        XCTAssertEqual(ISODate.explain(.malformed, typed: "5 Januari 2023"),
                       "expected a date written yyyy-mm-dd (e.g. 2023-01-05), found \"5 Januari 2023\"")
        XCTAssertEqual(ISODate.explain(.noSuchMonth(13), typed: "2023-13-01"), "\"2023-13-01\" is not a date: there is no month 13")
        XCTAssertEqual(ISODate.explain(.noSuchDay(month: 2, year: 2023, days: 28), typed: "2023-02-29"),
                       "\"2023-02-29\" is not a date: month 2 of 2023 has 28 days")
    }

    /// Dates order by year, month, day; the description pads to yyyy-mm-dd.
    func testOrderAndDescription() throws {
        XCTAssertLessThan(try ISODate("2023-01-31"), try ISODate("2023-02-01"))
        XCTAssertLessThan(try ISODate("2022-12-31"), try ISODate("2023-01-01"))
        XCTAssertEqual(try ISODate(year: 5, month: 1, day: 2).description, "0005-01-02")
    }
}
