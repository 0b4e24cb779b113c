import Foundation

/// Numbers, money, dates and NIPs written the way Indonesian government reports write them:
/// thousands separated by ".", decimals by "," ("22.186.820.000", "3,25", "99,56%").
///
/// Everything is done by hand rather than with `NumberFormatter(locale: id_ID)` because the
/// ICU data differs between macOS and Linux releases, and a report must print the same
/// characters wherever it is built.
public enum IndonesianFormat {
    /// Fixed number of decimals, half-up: `number(3.25, decimals: 2)` is "3,25",
    /// `number(1643, decimals: 0)` is "1.643", `number(-0.7, decimals: 1)` is "-0,7".
    public static func number(_ v: Double, decimals: Int) -> String {
        let places = max(decimals, 0)
        let rounded = Rounding.halfUp(v, decimals: places)
        return format(rounded, decimals: places, trimZeros: false)
    }

    /// The shortest natural form with at most two decimals: 3.1 is "3,1", 99.93 is "99,93",
    /// 82.0 is "82". Used where the data did not say how many decimals to show.
    public static func number(_ v: Double) -> String {
        format(Rounding.halfUp(v, decimals: 2), decimals: 2, trimZeros: true)
    }

    /// "1.643", "22.186.820.000", "-5.000".
    public static func integer(_ v: Int64) -> String {
        let digits = String(v.magnitude)
        return (v < 0 ? "-" : "") + groupThousands(digits)
    }

    /// "99,56%": no space before the sign, as the seed report and e-Performance print it.
    public static func percent(_ v: Double, decimals: Int) -> String {
        number(v, decimals: decimals) + "%"
    }

    /// A capaian as the e-Performance tables show it: whole percent ("441%", "-14%"), "-" when
    /// it cannot be computed.
    public static func capaian(_ v: Double?) -> String {
        v.map { percent($0, decimals: 0) } ?? "-"
    }

    /// A budget realisation as the finance tables show it: two decimals ("99,56%"), "-" when
    /// the pagu is zero.
    public static func persenAnggaran(_ v: Double?) -> String {
        v.map { percent($0, decimals: 2) } ?? "-"
    }

    /// "Rp 1.527.142.000"; a negative amount is "-Rp 5.000".
    public static func rupiah(_ v: Int64) -> String {
        (v < 0 ? "-" : "") + "Rp " + groupThousands(String(v.magnitude))
    }

    static let bulan = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// "2023-01-05" becomes "5 Januari 2023". Only the plain `YYYY-MM-DD` form is accepted
    /// so that a typo such as "2023-13-05" or "2023-02-30" is reported, not printed.
    public static func date(iso: String) throws -> String {
        let parts = iso.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw FormatError("invalid date \"\(iso)\"; expected YYYY-MM-DD, e.g. 2023-01-05")
        }
        guard (1...12).contains(month) else {
            throw FormatError("invalid date \"\(iso)\": there is no month \(month)")
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else {
            throw FormatError("invalid date \"\(iso)\": \(bulan[month - 1]) \(year) has \(days) days")
        }
        return "\(day) \(bulan[month - 1]) \(year)"
    }

    /// "28 (dua puluh delapan)": the way a count is written in running text.
    public static func countWithWords(_ n: Int) -> String {
        "\(integer(Int64(n))) (\(terbilang(Int64(n))))"
    }

    /// "196606051989111001" becomes "19660605 198911 1 001": birth date, appointment
    /// month, sex, serial (PP 11/2017 layout). Anything that is not 18 digits is returned as
    /// typed, so a wrong NIP stays visible instead of being half reformatted.
    public static func nip(_ raw: String) -> String {
        let digits = raw.filter { !$0.isWhitespace }
        guard digits.count == 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return raw.trimmingCharacters(in: .whitespaces)
        }
        let chars = Array(digits)
        return "\(String(chars[0..<8])) \(String(chars[8..<14])) \(String(chars[14])) \(String(chars[15..<18]))"
    }

    /// A target or realisasi with its unit: "90%", "3,1", "82 (indeks)", "133 Layanan";
    /// "-" when there is no value. `decimals` fixes the places shown; nil uses the natural form.
    public static func value(_ v: Double?, satuan: String?, decimals: Int?) -> String {
        guard let v else { return "-" }
        let text = decimals.map { number(v, decimals: $0) } ?? number(v)
        let unit = (satuan ?? "").trimmingCharacters(in: .whitespaces)
        if unit.isEmpty { return text }
        if unit == "%" { return text + "%" }
        return text + " " + unit
    }

    static func format(_ value: Decimal, decimals: Int, trimZeros: Bool) -> String {
        var text = value.description
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        if fraction.count < decimals {
            fraction += String(repeating: "0", count: decimals - fraction.count)
        }
        if trimZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let isZero = whole.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        let sign = negative && !isZero ? "-" : ""
        return sign + groupThousands(whole) + (fraction.isEmpty ? "" : "," + fraction)
    }

    static func groupThousands(_ digits: String) -> String {
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.isEmpty ? "0" : groups.joined(separator: ".")
    }
}
