import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// `TableLayout.widths` with `content:`: when the preferences and minimums ask for more than
/// the line holds, room is taken first from columns wider than their content.
final class TableLayoutContentTests: XCTestCase {
    private let table = Table(columnWidths: [1, 1, 1], rows: [TableRow(cells: [.text("-"), .text("kalimat"), .text("kalimat")])])

    /// Preferences 1 : 1 : 1 of 240 pt are 80 pt each, but column 3 needs 120 pt: 40 pt too
    /// many. Column 1 holds only 30 pt of content (a "-" column), so it has 80 − 30 = 50 pt it
    /// does not use; column 2's content (300 pt) uses all of its 80. All 40 pt come from
    /// column 1: 40, 80, 120.
    func testRoomComesFirstFromColumnsWiderThanTheirContent() throws {
        let widths = try XCTUnwrap(TableLayout.widths(table, minimum: [20, 20, 120], content: [30, 300, 300], available: 240))
        XCTAssertEqual(widths[0], 40, accuracy: 0.11)
        XCTAssertEqual(widths[1], 80, accuracy: 0.11)
        XCTAssertEqual(widths[2], 120, accuracy: 0.11)
    }

    /// Without content widths the 40 pt come from both columns in proportion to their slack
    /// above the minimum (60 and 60): 60, 60, 120.
    func testWithoutContentRoomComesFromEverySlack() throws {
        let widths = try XCTUnwrap(TableLayout.widths(table, minimum: [20, 20, 120], content: nil, available: 240))
        XCTAssertEqual(widths[0], 60, accuracy: 0.11)
        XCTAssertEqual(widths[1], 60, accuracy: 0.11)
        XCTAssertEqual(widths[2], 120, accuracy: 0.11)
    }

    /// When the unused room is not enough (10 + 10 pt unused, 40 pt needed), it is all taken
    /// and the remaining 20 pt come from every column's slack above its minimum: column 1 and
    /// 2 (unused 80 − 70 = 10 each) go to 70, then share 20 pt of slack 50 + 50: 60, 60, 120.
    func testUnusedRoomFirstThenSlack() throws {
        let widths = try XCTUnwrap(TableLayout.widths(table, minimum: [20, 20, 120], content: [70, 70, 300], available: 240))
        XCTAssertEqual(widths[0], 60, accuracy: 0.11)
        XCTAssertEqual(widths[1], 60, accuracy: 0.11)
        XCTAssertEqual(widths[2], 120, accuracy: 0.11)
        XCTAssertLessThanOrEqual(widths.reduce(0, +), 240.001)
    }

    /// A content width below the minimum counts as the minimum: a column is never taken below it.
    func testNeverBelowTheMinimum() throws {
        let widths = try XCTUnwrap(TableLayout.widths(table, minimum: [50, 20, 120], content: [10, 300, 300], available: 240))
        // Column 1 may give 80 − 50 = 30 pt, column 2 none; the other 10 pt from the slack
        // above the minimums (0 + 60): column 2 goes to 70.
        XCTAssertEqual(widths[0], 50, accuracy: 0.11)
        XCTAssertEqual(widths[1], 70, accuracy: 0.11)
        XCTAssertEqual(widths[2], 120, accuracy: 0.11)
    }

    /// Minimums wider than the line: no widths.
    func testMinimumsTooWide() {
        XCTAssertNil(TableLayout.widths(table, minimum: [100, 100, 100], content: [100, 100, 100], available: 240))
    }
}
