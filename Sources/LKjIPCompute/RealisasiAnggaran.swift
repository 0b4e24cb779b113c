import Foundation
import LKjIPModel
/// One year of a budget table with its realisation percentage.
public struct RealisasiAnggaran: Equatable, Sendable {
    public let tahun: Int
    public let pagu: Int64
    public let realisasi: Int64
    /// realisasi / pagu × 100; nil when the pagu is 0.
    public let persen: Fraction?
    /// Change of the pagu against the previous row in percent; nil for the first row.
    public let perubahanPagu: Fraction?
    /// Change of the pagu against the previous row in Rupiah; nil for the first row.
    public let selisihPagu: Int64?
    /// Change of `persen` against the previous row, in percentage points, from the two
    /// percentages as the table prints them (two decimals), so that prose citing it agrees
    /// with the table; nil for the first row or without a pagu.
    public let selisihPersen: Decimal?

    /// Rows sorted by year, each compared with the row before it.
    public static func rows(_ years: [(tahun: Int, pagu: Int64, realisasi: Int64)]) -> [RealisasiAnggaran] {
        let sorted = years.enumerated().sorted { ($0.element.tahun, $0.offset) < ($1.element.tahun, $1.offset) }.map(\.element)
        return sorted.enumerated().map { index, year in
            RealisasiAnggaran(
                tahun: year.tahun,
                pagu: year.pagu,
                realisasi: year.realisasi,
                persen: CapaianCalculator.persen(realisasi: year.realisasi, pagu: year.pagu),
                perubahanPagu: index == 0 ? nil : CapaianCalculator.perubahan(dari: Decimal(sorted[index - 1].pagu), menjadi: Decimal(year.pagu)),
                selisihPagu: index == 0 ? nil : year.pagu.subtractingReportingOverflow(sorted[index - 1].pagu).partialValue,
                selisihPersen: index == 0 ? nil : printedDifference(
                    CapaianCalculator.persen(realisasi: sorted[index - 1].realisasi, pagu: sorted[index - 1].pagu),
                    CapaianCalculator.persen(realisasi: year.realisasi, pagu: year.pagu))
            )
        }
    }
}

extension RealisasiAnggaran {
    static func printedDifference(_ before: Fraction?, _ after: Fraction?) -> Decimal? {
        guard let before, let after else { return nil }
        return Rounding.halfUp(after, decimals: 2) - Rounding.halfUp(before, decimals: 2)
    }
}

/// Sums that cannot overflow silently: amounts are bounded by the schema, but a sum of
/// bounded amounts is checked rather than trusted.
public enum CheckedSum {
    public static func sum(_ values: [Int64]) -> Int64? {
        var total: Int64 = 0
        for value in values {
            let (result, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = result
        }
        return total
    }

    public static func sum(_ values: [Int]) -> Int? {
        var total = 0
        for value in values {
            let (result, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = result
        }
        return total
    }

    /// The sum, or `Int.max` when it overflows. Compute also runs on data that failed its range
    /// checks (so that every error of a run is reported at once); such a build stops anyway, so a
    /// saturated figure is never printed, but it must not trap.
    public static func saturating(_ values: Int...) -> Int {
        sum(values) ?? Int.max
    }
}
