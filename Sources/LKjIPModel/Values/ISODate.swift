/// A calendar date written yyyy-mm-dd. The one date rule of lkjip: the loader, the checks
/// and the Indonesian formatter all ask this type, so "2023-02-30" is refused everywhere.
public struct ISODate: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public enum Problem: Error, Equatable, Sendable {
        case malformed
        case noSuchMonth(Int)
        case noSuchDay(month: Int, year: Int, days: Int)
    }

    public init(year: Int, month: Int, day: Int) throws {
        guard (1...12).contains(month) else { throw Problem.noSuchMonth(month) }
        let days = ISODate.days(inMonth: month, year: year)
        guard (1...days).contains(day) else { throw Problem.noSuchDay(month: month, year: year, days: days) }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `yyyy-mm-dd` with ASCII digits.
    public init(_ text: String) throws {
        let scalars = Array(text.unicodeScalars)
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let v = scalars[index].value
                guard v >= 48 && v <= 57 else { return nil }
                value = value * 10 + Int(v - 48)
            }
            return value
        }
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
              let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10)
        else { throw Problem.malformed }
        try self.init(year: year, month: month, day: day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func days(inMonth month: Int, year: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][min(max(month, 1), 12) - 1]
    }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The message a clerk reads for a bad date, naming what was typed.
    public static func explain(_ problem: Problem, typed: String) -> String {
        switch problem {
        case .malformed:
            return "expected a date written yyyy-mm-dd (e.g. 2023-01-05), found \"\(typed)\""
        case .noSuchMonth(let month):
            return "\"\(typed)\" is not a date: there is no month \(month)"
        case .noSuchDay(let month, let year, let days):
            return "\"\(typed)\" is not a date: month \(month) of \(year) has \(days) days"
        }
    }
}
