import Foundation
import LKjIPModel

/// How far a realisasi reaches its target: the one place where each rule of the README's
/// table "How the figures are computed" is written. Inputs are exact decimals (`Nilai`), every
/// ratio is an exact `Fraction`, and the rounding for print happens once
/// (`Rounding.halfUp`).
///
/// - positif (higher is better): capaian = realisasi / target × 100 (PermenPAN-RB 53/2014,
///   Lampiran, pengukuran kinerja).
/// - negatif (lower is better), `rumus_negatif`:
///   - `selisih` (default): (2 × target − realisasi) / target × 100, i.e.
///     (1 + (1 − realisasi/target)) × 100 as in the lampiran of PermenPAN-RB 8/2021
///     (indicators to be minimised) and in e-SAKIP practice;
///   - `rasio`: target / realisasi × 100, used by some offices.
/// - `target_rentang` [low, high]: inside the range (ends included) 100. Outside it:
///   - with no `polaritas`, both sides are a miss, measured against the nearer end: below,
///     realisasi / low × 100; above, the negative rule against high (selisih
///     (2 × high − realisasi) / high × 100, or rasio high / realisasi × 100);
///   - `polaritas: positif` declares above the range better: above is realisasi / high × 100
///     (over 100), below as before;
///   - `polaritas: negatif` declares below the range better: below is the negative rule
///     against low (over 100), above as before.
/// - `target_teks` ("WTP"): achieved or not; with `skala`, a better word also achieves.
/// - target 0: not computable ("-"), or with `target_nol: biner` 100 when the realisasi is
///   0 or better, else 0.
/// - `batas` caps the capaian (120, 150) after the formula.
///
/// A nil capaian is printed "-" and left out of every mean.
public enum CapaianCalculator {
    /// Capaian in percent, exact and unrounded.
    public static func capaian(target: Decimal, realisasi: Decimal?, polaritas: Polaritas, aturan: AturanCapaian = AturanCapaian()) -> Fraction? {
        guard let realisasi, target.isFinite, realisasi.isFinite else { return nil }
        let t = Fraction(target), r = Fraction(realisasi)
        var value: Fraction
        if t.isZero {
            guard aturan.targetNol == .biner else { return nil }
            let met = polaritas == .negatif ? !(Fraction.zero < r) : !r.isNegative
            value = met ? .hundred : .zero
        } else {
            switch polaritas {
            case .positif:
                guard let ratio = r * .hundred / t else { return nil }
                value = ratio
            case .negatif:
                switch aturan.rumusNegatif ?? .selisih {
                case .selisih:
                    guard let ratio = (Fraction(2) * t - r) * .hundred / t else { return nil }
                    value = ratio
                case .rasio:
                    guard let ratio = t * .hundred / r else { return aturan.batas.flatMap { $0.value > 0 ? Fraction($0.value) : nil } }
                    value = ratio
                }
            }
        }
        return cap(value, aturan)
    }

    /// Which side of a range a realisasi lies on, and the end it is measured against.
    enum RangeSide { case inside, below, above }

    static func side(_ low: Decimal, _ high: Decimal, _ realisasi: Decimal) -> RangeSide {
        realisasi < low ? .below : realisasi > high ? .above : .inside
    }

    /// Capaian against a range target. `polaritas` nil: both sides are a miss.
    public static func capaian(rentang low: Decimal, _ high: Decimal, realisasi: Decimal?, polaritas: Polaritas?, aturan: AturanCapaian = AturanCapaian()) -> Fraction? {
        guard let realisasi else { return nil }
        switch side(low, high, realisasi) {
        case .inside: return cap(.hundred, aturan)
        case .below: return capaian(target: low, realisasi: realisasi, polaritas: polaritas == .negatif ? .negatif : .positif, aturan: aturan)
        case .above: return capaian(target: high, realisasi: realisasi, polaritas: polaritas == .positif ? .positif : .negatif, aturan: aturan)
        }
    }

    /// The computation `capaian(target:...)` makes, written out for a message:
    /// "99 / 90 × 100", "(2 × 10 − 8) / 10 × 100", "target 0, biner: 100".
    public static func formula(target: Decimal, realisasi: Decimal, polaritas: Polaritas, aturan: AturanCapaian = AturanCapaian()) -> String {
        let t = IndonesianFormat.number(target), r = IndonesianFormat.number(realisasi)
        var text: String
        if target == 0 {
            text = aturan.targetNol == .biner ? "target 0 with target_nol: biner, realisasi \(r)" : "target 0 cannot be divided by"
        } else {
            switch (polaritas, aturan.rumusNegatif ?? .selisih) {
            case (.positif, _): text = "\(r) / \(t) × 100"
            case (.negatif, .selisih): text = "(2 × \(t) − \(r)) / \(t) × 100"
            case (.negatif, .rasio): text = "\(t) / \(r) × 100"
            }
        }
        if let limit = aturan.batas, limit.value > 0 { text += ", at most \(IndonesianFormat.number(limit.value))" }
        return text
    }

    /// The computation `capaian(rentang:...)` makes, written out for a message.
    public static func formula(rentang low: Decimal, _ high: Decimal, realisasi: Decimal, polaritas: Polaritas?, aturan: AturanCapaian = AturanCapaian()) -> String {
        switch side(low, high, realisasi) {
        case .inside:
            return "\(IndonesianFormat.number(realisasi)) lies in the range \(IndonesianFormat.number(low))–\(IndonesianFormat.number(high)): 100"
        case .below:
            return formula(target: low, realisasi: realisasi, polaritas: polaritas == .negatif ? .negatif : .positif, aturan: aturan)
        case .above:
            return formula(target: high, realisasi: realisasi, polaritas: polaritas == .positif ? .positif : .negatif, aturan: aturan)
        }
    }

    /// How far a value lies outside a range (0 inside): the measure of "closer to the range"
    /// for the trend of a range-target indicator. Differences of decimals are exact.
    public static func distance(rentang low: Decimal, _ high: Decimal, from value: Decimal) -> Decimal {
        value < low ? low - value : value > high ? value - high : 0
    }

    /// A word target: achieved when the same word, or a better one on `skala` (best first).
    public static func tercapai(target: String, realisasi: String?, skala: [String]?) -> Bool? {
        guard let realisasi else { return nil }
        let t = target.lowercased(), r = realisasi.lowercased()
        if t == r { return true }
        guard let skala = skala?.map({ $0.lowercased() }), let ti = skala.firstIndex(of: t), let ri = skala.firstIndex(of: r) else { return false }
        return ri <= ti
    }

    static func cap(_ value: Fraction, _ aturan: AturanCapaian) -> Fraction? {
        if let limit = aturan.batas, limit.value > 0 { return min(value, Fraction(limit.value)) }
        return value
    }

    /// Status of a capaian, judged on the whole percent that is printed so that the colour
    /// and the figure never disagree (99,6 % prints "100%" and is "tercapai").
    public static func status(_ capaian: Fraction?) -> CapaianStatus {
        guard let capaian else { return .tidakAdaData }
        let shown = Rounding.halfUp(capaian, decimals: 0)
        if shown > 100 { return .melebihi }
        if shown == 100 { return .tercapai }
        if shown < 0 { return .negatif }
        return .belumTercapai
    }

    /// Arithmetic mean of the values that exist, exactly; nil when none does.
    public static func mean(_ values: [Fraction?]) -> Fraction? {
        let present = values.compactMap { $0 }
        guard !present.isEmpty else { return nil }
        return present.reduce(Fraction.zero, +) / Fraction(present.count)
    }

    /// Budget realisation in percent of the pagu; nil when there is no pagu.
    public static func persen(realisasi: Int64, pagu: Int64) -> Fraction? {
        Fraction(realisasi) * .hundred / Fraction(pagu)
    }

    /// Change against the previous value in percent of it; nil without a previous value.
    public static func perubahan(dari sebelumnya: Decimal, menjadi sekarang: Decimal) -> Fraction? {
        let before = Fraction(sebelumnya)
        return (Fraction(sekarang) - before) * .hundred / before.magnitude
    }

    /// The yearly realisasi from quarters, by the indicator's rule; nil when none is reported.
    /// A mean is a computed realisasi: it is rounded to the decimals it is printed with (the
    /// indicator's `desimal`, else at least two: 3,01 … 3,04 average 3,025, printed and used as
    /// "3,03"), so that the capaian can be recomputed from the printed realisasi.
    public static func tahunan(_ quarters: [Nilai?], agregasi: Agregasi, desimal: Int? = nil) -> Nilai? {
        let reported = quarters.compactMap { $0 }
        guard let last = reported.last else { return nil }
        let decimals = reported.map(\.decimals).max() ?? 0
        let sum = reported.reduce(Decimal(0)) { $0 + $1.value }
        switch agregasi {
        case .jumlah: return Nilai(sum, decimals: decimals)
        case .akhir: return last
        case .rata_rata:
            let places = desimal ?? max(decimals, 2)
            let mean = (Fraction(sum) / Fraction(reported.count)) ?? .zero
            return Nilai(Rounding.halfUp(mean, decimals: places), decimals: places)
        }
    }

    /// A realisasi from pembilang / penyebut, × 100 when the indicator is a percentage, rounded
    /// to the decimals it is printed with (the indicator's `desimal`, else 2), so that the
    /// capaian is computed from the printed realisasi; nil with a penyebut of 0 (reported by
    /// `check`).
    public static func rasio(pembilang: Decimal, penyebut: Decimal, persen: Bool, desimal: Int? = nil) -> Nilai? {
        guard let ratio = Fraction(pembilang) * (persen ? .hundred : Fraction(1)) / Fraction(penyebut) else { return nil }
        let places = desimal ?? 2
        return Nilai(Rounding.halfUp(ratio, decimals: places), decimals: places)
    }
}
