import Foundation
import LKjIPModel

/// One indicator measured at the end of a quarter: the target and the realisasi up to that
/// quarter, and the capaian between them by the indicator's own yearly rules (polarity,
/// `aturan_capaian`), so a quarter and the year are never judged two ways.
public struct IndikatorTriwulan: Equatable, Sendable {
    public let indikator: IndikatorKinerja
    public let triwulan: Int
    /// The target up to the quarter; nil when the indicator has no quarterly targets up to it.
    public let target: Nilai?
    /// The realisasi up to the quarter; nil when a quarter it needs was not reported.
    public let realisasi: Nilai?
    /// Percent, exact and unrounded; nil when either side is missing or for word targets.
    public let capaian: Fraction?
    public let status: CapaianStatus
    /// The explanation of this quarter's result, when written.
    public let analisis: AnalisisTriwulan?
    /// At the end of quarter IV the figures are the year's, as BAB III prints them (an
    /// indicator measured only yearly included): print the yearly target and realisasi.
    public var tahunan: Bool { triwulan == 4 }
}

/// A sasaran's indicators at the end of a quarter, with the mean of their capaian (as NILAI
/// SS is the mean for the year).
public struct SasaranTriwulan: Equatable, Sendable {
    public let sasaran: SasaranKinerja
    public let indikator: [IndikatorTriwulan]
    public let nilai: Fraction?
}

/// A division (or the office's own IKU) at the end of a quarter.
public struct DivisiTriwulan: Equatable, Sendable {
    public let kinerja: DivisiKinerja
    public let sasaran: [SasaranTriwulan]
    /// Mean capaian of the division's indicators that can be computed: the bar of the
    /// office's progress chart.
    public let nilai: Fraction?
}

/// The pengukuran kinerja of one quarter (LKE 2.b.4).
///
/// Up to quarter q, a value follows the indicator's `triwulan.agregasi`, the rule that makes
/// the year from the quarters, applied to quarters 1 to q:
/// - `jumlah` (targets and realisasi per quarter): the sum of quarters 1..q;
/// - `akhir` (cumulative figures): quarter q itself;
/// - `rata_rata`: the mean of quarters 1..q.
/// A sum or a mean needs every quarter from 1 to q (a missing quarter would understate it);
/// the cumulative figure needs quarter q. At q = 4 every figure is the year's (BAB III's).
public enum PengukuranTriwulan {
    public static func measure(_ report: ComputedReport, triwulan q: Int) -> [DivisiTriwulan] {
        report.measured.map { kinerja in
            let entries = report.data.capaian.first { $0.divisi == kinerja.divisi.id }?.realisasi ?? []
            let sasaran = kinerja.sasaran.map { item in
                let indicators = item.indikator.map { indikator in
                    measure(indikator, triwulan: q, analisis: entries.first { $0.indikator == indikator.indikator.id }?.analisisTriwulan)
                }
                return SasaranTriwulan(sasaran: item, indikator: indicators, nilai: CapaianCalculator.mean(indicators.map(\.capaian)))
            }
            return DivisiTriwulan(kinerja: kinerja, sasaran: sasaran, nilai: CapaianCalculator.mean(sasaran.flatMap(\.indikator).map(\.capaian)))
        }
    }

    public static func measure(_ item: IndikatorKinerja, triwulan q: Int, analisis: [AnalisisTriwulan]?) -> IndikatorTriwulan {
        // The end of the year is the year: the same target, realisasi and capaian as BAB III,
        // also for an indicator without quarterly data (a word or range target included), so
        // the fourth quarter's measurement never contradicts the report.
        if q == 4 {
            return IndikatorTriwulan(indikator: item, triwulan: 4, target: item.indikator.target, realisasi: item.realisasi, capaian: item.capaian,
                                     status: item.status, analisis: analisis?.first { $0.triwulan == 4 })
        }
        let rule = item.indikator.triwulan?.agregasi ?? .akhir
        let decimals = item.indikator.desimal
        let target = item.indikator.triwulan.flatMap { upTo(q, of: $0.targets, agregasi: rule, desimal: decimals) }
        let realisasi = item.triwulan.flatMap { upTo(q, of: $0, agregasi: rule, desimal: decimals) }
        var capaian: Fraction?
        if item.indikator.targetTeks == nil, let target, let realisasi {
            capaian = CapaianCalculator.capaian(target: target.value, realisasi: realisasi.value, polaritas: item.polaritas, aturan: item.aturan)
        }
        return IndikatorTriwulan(indikator: item, triwulan: q, target: target, realisasi: realisasi, capaian: capaian,
                                 status: CapaianCalculator.status(capaian), analisis: analisis?.first { $0.triwulan == q })
    }

    /// The value up to quarter `q` by the indicator's rule; nil when a quarter it needs is
    /// missing.
    /// `desimal` is the indicator's own number of decimals, as the year's mean uses.
    public static func upTo(_ q: Int, of quarters: [Nilai?], agregasi: Agregasi, desimal: Int? = nil) -> Nilai? {
        guard (1...4).contains(q), quarters.count >= q, quarters[q - 1] != nil else { return nil }
        let needed = Array(quarters.prefix(q))
        if agregasi != .akhir, needed.contains(where: { $0 == nil }) { return nil }
        return CapaianCalculator.tahunan(needed, agregasi: agregasi, desimal: desimal)
    }

    /// The last day of quarter `q` of `tahun`, the default date of its measurement.
    public static func lastDay(of q: Int, tahun: Int) -> String {
        let ends = ["03-31", "06-30", "09-30", "12-31"]
        return "\(tahun)-\(ends[min(max(q, 1), 4) - 1])"
    }
}
