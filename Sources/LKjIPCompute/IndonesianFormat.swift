import Foundation
import LKjIPModel

/// Numbers, money, dates and NIPs written the way Indonesian government reports write them:
/// thousands separated by ".", decimals by "," ("22.186.820.000", "3,25", "99,56%").
///
/// Everything is done by hand rather than with `NumberFormatter(locale: id_ID)` because the
/// ICU data differs between macOS and Linux releases, and a report must print the same
/// characters wherever it is built.
public enum IndonesianFormat {
    /// Fixed number of decimals, half-up: `number(3.25, decimals: 2)` is "3,25",
    /// `number(1643, decimals: 0)` is "1.643", `number(-0.7, decimals: 1)` is "-0,7".
    public static func number(_ v: Decimal, decimals: Int) -> String {
        // `desimal` is checked to 0...4, but figures are also computed for data that failed
        // its checks (to report every error at once); such a value must not allocate.
        let places = min(max(decimals, 0), NumberText.maximumDecimals)
        return format(Rounding.plainText(v, decimals: places), trimZeros: false)
    }

    /// The shortest natural form with at most two decimals: 3.1 is "3,1", 99.93 is "99,93",
    /// 82.0 is "82". Used where the data did not say how many decimals to show.
    public static func number(_ v: Decimal) -> String {
        format(Rounding.plainText(v, decimals: 2), trimZeros: true)
    }

    /// An exact fraction with a fixed number of decimals, half-up.
    public static func number(_ v: Fraction, decimals: Int) -> String {
        number(Rounding.halfUp(v, decimals: min(max(decimals, 0), NumberText.maximumDecimals)), decimals: decimals)
    }

    /// An exact fraction in the natural form with at most two decimals ("110,5").
    public static func number(_ v: Fraction) -> String {
        number(Rounding.halfUp(v, decimals: 2))
    }

    /// "1.643", "22.186.820.000", "-5.000".
    public static func integer(_ v: Int64) -> String {
        let digits = String(v.magnitude)
        return (v < 0 ? "-" : "") + groupThousands(digits)
    }

    /// "99,56%": no space before the sign, as the seed report and e-Performance print it.
    public static func percent(_ v: Fraction, decimals: Int) -> String {
        number(v, decimals: decimals) + "%"
    }

    /// A difference of printed percentages ("3,40%").
    public static func percent(_ v: Decimal, decimals: Int) -> String {
        number(v, decimals: decimals) + "%"
    }

    /// A capaian as the e-Performance tables show it: whole percent ("441%", "-14%"), "-" when
    /// it cannot be computed.
    public static func capaian(_ v: Fraction?) -> String {
        v.map { percent($0, decimals: capaianDecimals) } ?? "-"
    }

    /// Decimals of a printed capaian.
    static let capaianDecimals = 0

    /// A capaian as a chart's data holds it: the printed figure (102 for 102,377…), so the
    /// workbook behind a Word chart shows what the table prints, never binary noise.
    public static func capaianValue(_ v: Fraction) -> Double {
        Rounding.drawing(v.rounded(decimals: capaianDecimals))
    }

    /// A budget realisation as the finance tables show it: two decimals ("99,56%"), "-" when
    /// the pagu is zero.
    public static func persenAnggaran(_ v: Fraction?) -> String {
        v.map { percent($0, decimals: 2) } ?? "-"
    }

    /// "Rp 1.527.142.000" with a no-break space, so "Rp" never ends a line apart from its
    /// amount; a negative amount is "-Rp 5.000".
    public static func rupiah(_ v: Int64) -> String {
        (v < 0 ? "-" : "") + "Rp\u{00A0}" + groupThousands(String(v.magnitude))
    }

    static let bulan = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// "2023-01-05" becomes "5 Januari 2023". The date rule itself is `ISODate`'s.
    public static func date(iso: String) throws -> String {
        do {
            let date = try ISODate(iso.trimmingWhitespace())
            return "\(date.day) \(bulan[date.month - 1]) \(date.year)"
        } catch let problem as ISODate.Problem {
            throw FormatError(ISODate.explain(problem, typed: iso))
        }
    }

    /// "Januari 2023" for a period's month.
    public static func month(_ date: ISODate) -> String {
        "\(bulan[date.month - 1]) \(date.year)"
    }

    /// "28 (dua puluh delapan)": the way a count is written in running text.
    public static func countWithWords(_ n: Int) -> String {
        "\(integer(Int64(n))) (\(terbilang(Int64(n))))"
    }

    /// "196606051989111001" becomes "19660605 198911 1 001" (`NIP`'s layout).
    public static func nip(_ raw: String) -> String {
        NIP.format(raw)
    }

    /// "I", "II", ... for revision numbers and sub-unit numbering; the one Roman-numeral rule.
    public static func roman(_ number: Int) -> String {
        guard number > 0 && number < 4000 else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var text = ""
        for (value, letters) in table {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }

    /// A number with its unit as typed: "7,0 Indeks" keeps the decimal typed, `decimals`
    /// (an indicator's `desimal`) overrides it.
    public static func nilai(_ v: Nilai?, satuan: String?, decimals: Int? = nil) -> String {
        guard let v else { return "-" }
        return withUnit(number(v.value, decimals: decimals ?? v.decimals), satuan)
    }

    /// A table cell: its own unit wins over the row's.
    public static func cell(_ v: TableValue?, satuan: String?, decimals: Int?) -> String {
        guard let v else { return "-" }
        if let number = v.number {
            return withUnit(self.number(number.value, decimals: decimals ?? number.decimals), v.unit ?? satuan)
        }
        let word = v.word ?? ""
        return word.isEmpty ? "-" : word
    }

    static func withUnit(_ text: String, _ satuan: String?) -> String {
        let unit = (satuan ?? "").trimmingWhitespace()
        if unit.isEmpty { return text }
        if unit == "%" { return text + "%" }
        return text + " " + unit
    }

    /// A target or realisasi with its unit: "90%", "3,1", "82 (indeks)", "133 Layanan";
    /// "-" when there is no value. `decimals` fixes the places shown; nil uses the natural form.
    public static func value(_ v: Decimal?, satuan: String?, decimals: Int?) -> String {
        guard let v else { return "-" }
        return withUnit(decimals.map { number(v, decimals: $0) } ?? number(v), satuan)
    }

    /// "-1234.50" (from `Rounding.plainText`) as "-1.234,50"; trailing zeros dropped with
    /// `trimZeros`. A value that rounds to zero has no sign (`plainText` drops it).
    static func format(_ plain: String, trimZeros: Bool) -> String {
        var text = Substring(plain)
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        if trimZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let isZero = whole.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        return (negative && !isZero ? "-" : "") + groupThousands(whole) + (fraction.isEmpty ? "" : "," + fraction)
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
