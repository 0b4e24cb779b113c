import Foundation
import LKjIPModel

/// How far a realisasi reaches its target: the one place where each rule of the README's
/// table "How the figures are computed" is written. Every figure is an exact `Decimal`; the
/// rounding for print is `Rounding.halfUp`.
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
    public static func capaian(target: Decimal, realisasi: Decimal?, polaritas: Polaritas, aturan: AturanCapaian = AturanCapaian()) -> Decimal? {
        guard let realisasi, target.isFinite, realisasi.isFinite else { return nil }
        var value: Decimal
        if target == 0 {
            guard aturan.targetNol == .biner else { return nil }
            let met = polaritas == .negatif ? realisasi <= 0 : realisasi >= 0
            value = met ? 100 : 0
        } else {
            switch polaritas {
            case .positif:
                value = realisasi * 100 / target
            case .negatif:
                switch aturan.rumusNegatif ?? .selisih {
                case .selisih: value = (2 * target - realisasi) * 100 / target
                case .rasio:
                    guard realisasi != 0 else { return aturan.batas.flatMap { $0.value > 0 ? $0.value : nil } }
                    value = target * 100 / realisasi
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
    public static func capaian(rentang low: Decimal, _ high: Decimal, realisasi: Decimal?, polaritas: Polaritas?, aturan: AturanCapaian = AturanCapaian()) -> Decimal? {
        guard let realisasi else { return nil }
        switch side(low, high, realisasi) {
        case .inside: return cap(100, aturan)
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
    /// for the trend of a range-target indicator.
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

    static func cap(_ value: Decimal, _ aturan: AturanCapaian) -> Decimal? {
        guard value.isFinite else { return nil }
        if let limit = aturan.batas, limit.value > 0 { return min(value, limit.value) }
        return value
    }

    /// Status of a capaian, judged on the whole percent that is printed so that the colour
    /// and the figure never disagree (99,6 % prints "100%" and is "tercapai").
    public static func status(_ capaian: Decimal?) -> CapaianStatus {
        guard let capaian, capaian.isFinite else { return .tidakAdaData }
        let shown = Rounding.halfUp(capaian, decimals: 0)
        if shown > 100 { return .melebihi }
        if shown == 100 { return .tercapai }
        if shown < 0 { return .negatif }
        return .belumTercapai
    }

    /// Arithmetic mean of the values that exist; nil when none does.
    public static func mean(_ values: [Decimal?]) -> Decimal? {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard !present.isEmpty else { return nil }
        return present.reduce(0, +) / Decimal(present.count)
    }

    /// Budget realisation in percent of the pagu; nil when there is no pagu.
    public static func persen(realisasi: Int64, pagu: Int64) -> Decimal? {
        guard pagu != 0 else { return nil }
        return Decimal(realisasi) * 100 / Decimal(pagu)
    }

    /// Change against the previous value in percent of it; nil without a previous value.
    public static func perubahan(dari sebelumnya: Decimal, menjadi sekarang: Decimal) -> Decimal? {
        guard sebelumnya != 0 else { return nil }
        return (sekarang - sebelumnya) * 100 / abs(sebelumnya)
    }

    /// The yearly realisasi from quarters, by the indicator's rule; nil when none is reported.
    /// The mean keeps at least two decimals (3,01 … 3,04 average 3,025, printed "3,03").
    public static func tahunan(_ quarters: [Nilai?], agregasi: Agregasi) -> Nilai? {
        let reported = quarters.compactMap { $0 }
        guard let last = reported.last else { return nil }
        let decimals = reported.map(\.decimals).max() ?? 0
        let sum = reported.reduce(Decimal(0)) { $0 + $1.value }
        switch agregasi {
        case .jumlah: return Nilai(sum, decimals: decimals)
        case .akhir: return last
        case .rata_rata: return Nilai(sum / Decimal(reported.count), decimals: max(decimals, 2))
        }
    }

    /// A realisasi from pembilang / penyebut, × 100 when the indicator is a percentage; nil
    /// with a penyebut of 0 (reported by `check`).
    public static func rasio(pembilang: Decimal, penyebut: Decimal, persen: Bool) -> Decimal? {
        guard penyebut != 0 else { return nil }
        return pembilang * (persen ? 100 : 1) / penyebut
    }
}
