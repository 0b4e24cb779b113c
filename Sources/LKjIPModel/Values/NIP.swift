/// Nomor Induk Pegawai: 18 digits laid out by Peraturan Kepala BKN Nomor 22 Tahun 2007
/// (tata cara pemberian NIP): date of birth (yyyymmdd), month of appointment as CPNS (TMT,
/// yyyymm), sex (1 man, 2 woman) and a 3-digit serial. PPPK numbers (year of appointment,
/// "2", frequency) are accepted too. The one NIP rule of lkjip: the
/// loader refuses what this type refuses, and every printed NIP is `formatted`.
public struct NIP: Equatable, Hashable, Sendable {
    /// The 18 digits, no spaces.
    public let digits: String

    public enum Problem: Error, Equatable, Sendable {
        case length(Int)
        case notDigits
        case birthDate(String)
        case appointment(String)
        case sex(Character)
        case serial
    }

    /// Accepts the digits with or without the printed spaces ("19660605 198911 1 001").
    public init(_ text: String) throws {
        let compact = String(text.unicodeScalars.filter { $0 != " " })
        guard compact.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { throw Problem.notDigits }
        guard compact.count == 18 else { throw Problem.length(compact.count) }
        let chars = Array(compact)
        let birth = String(chars[0..<4]) + "-" + String(chars[4..<6]) + "-" + String(chars[6..<8])
        guard let birthDate = try? ISODate(birth), (1930...2015).contains(birthDate.year) else { throw Problem.birthDate(String(chars[0..<8])) }
        let month = Int(String(chars[12..<14])) ?? 0
        let year = Int(String(chars[8..<12])) ?? 0
        // A PPPK number carries the year of appointment, then "2" and a frequency digit where
        // a PNS number has the month (BKN's PPPK layout); both are accepted.
        let pppk = chars[12] == "2" && month > 12
        guard (1...12).contains(month) || pppk, year >= birthDate.year + 15, year <= 2100 else { throw Problem.appointment(String(chars[8..<14])) }
        guard chars[14] == "1" || chars[14] == "2" else { throw Problem.sex(chars[14]) }
        guard String(chars[15..<18]) != "000" else { throw Problem.serial }
        digits = compact
    }

    /// "19660605 198911 1 001", as NIPs are printed under a signature.
    public var formatted: String {
        let c = Array(digits)
        return "\(String(c[0..<8])) \(String(c[8..<14])) \(String(c[14])) \(String(c[15..<18]))"
    }

    /// Prints the typed text as a formatted NIP when it is one, otherwise as typed, so a wrong
    /// value stays visible instead of being half reformatted.
    public static func format(_ text: String) -> String {
        (try? NIP(text))?.formatted ?? text.trimmingWhitespace()
    }

    public static func explain(_ problem: Problem, typed: String) -> String {
        switch problem {
        case .length(let count):
            return "expected an NIP of 18 digits, found \(count) digits in \"\(typed)\""
        case .notDigits:
            return "expected an NIP of 18 digits, found \"\(typed)\""
        case .birthDate(let part):
            return "NIP \"\(typed)\": its first 8 digits (\(part)) must be a date of birth yyyymmdd"
        case .appointment(let part):
            return "NIP \"\(typed)\": digits 9-14 (\(part)) must be the year and month of appointment yyyymm, at least 15 years after birth"
        case .sex(let digit):
            return "NIP \"\(typed)\": digit 15 is \(digit); it must be 1 (laki-laki) or 2 (perempuan)"
        case .serial:
            return "NIP \"\(typed)\": the last 3 digits are a serial number from 001"
        }
    }
}
