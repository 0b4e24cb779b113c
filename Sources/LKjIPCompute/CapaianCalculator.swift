import Foundation
import LKjIPModel

/// How far a realisasi reaches its target. The rules, with their sources:
///
/// - positif (higher is better): capaian = realisasi / target × 100.
/// - negatif (lower is better), `rumus_negatif`:
///   - `selisih` (default): (2 × target − realisasi) / target × 100, i.e.
///     (1 + (1 − realisasi/target)) × 100 as in the lampiran of Peraturan Menteri PANRB
///     Nomor 8 Tahun 2021 (indicators to be minimised) and in e-SAKIP practice;
///   - `rasio`: target / realisasi × 100, used by some offices.
/// - `target_rentang` [low, high]: inside the range 100; below it realisasi / low × 100
///   (negatif: low... the same formulas against the nearest end); above it realisasi / high × 100.
/// - `target_teks` ("WTP"): achieved or not; with `skala`, a better word also achieves.
/// - target 0: not computable ("-"), or with `target_nol: biner` 100 when the realisasi is
///   0 or better, else 0.
/// - `batas` caps the capaian (120, 150) after the formula.
///
/// A nil capaian is printed "-" and left out of every mean. See README "How the figures are
/// computed".
public enum CapaianCalculator {
    /// Capaian in percent, unrounded.
    public static func capaian(target: Double, realisasi: Double?, polaritas: Polaritas, aturan: AturanCapaian = AturanCapaian()) -> Double? {
        guard let realisasi, target.isFinite, realisasi.isFinite else { return nil }
        var value: Double
        if target == 0 {
            guard aturan.targetNol == .biner else { return nil }
            let met = polaritas == .negatif ? realisasi <= 0 : realisasi >= 0
            value = met ? 100 : 0
        } else {
            switch polaritas {
            case .positif:
                value = realisasi / target * 100
            case .negatif:
                switch aturan.rumusNegatif ?? .selisih {
                case .selisih: value = (2 * target - realisasi) / target * 100
                case .rasio:
                    guard realisasi != 0 else { return aturan.batas.flatMap { $0 > 0 ? $0 : nil } }
                    value = target / realisasi * 100
                }
            }
        }
        return cap(value, aturan)
    }

    /// Capaian against a range target.
    public static func capaian(rentang low: Double, _ high: Double, realisasi: Double?, polaritas: Polaritas, aturan: AturanCapaian = AturanCapaian()) -> Double? {
        guard let realisasi else { return nil }
        if realisasi >= low && realisasi <= high { return cap(100, aturan) }
        let nearest = realisasi < low ? low : high
        return capaian(target: nearest, realisasi: realisasi, polaritas: polaritas, aturan: aturan)
    }

    /// The computation `capaian(target:...)` makes, written out for a message:
    /// "99 / 90 × 100", "(2 × 10 − 8) / 10 × 100", "target 0, biner: 100".
    public static func formula(target: Double, realisasi: Double, polaritas: Polaritas, aturan: AturanCapaian = AturanCapaian()) -> String {
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
        if let limit = aturan.batas, limit > 0 { text += ", at most \(IndonesianFormat.number(limit))" }
        return text
    }

    /// The computation `capaian(rentang:...)` makes, written out for a message.
    public static func formula(rentang low: Double, _ high: Double, realisasi: Double, polaritas: Polaritas, aturan: AturanCapaian = AturanCapaian()) -> String {
        if realisasi >= low && realisasi <= high {
            return "\(IndonesianFormat.number(realisasi)) lies in the range \(IndonesianFormat.number(low))–\(IndonesianFormat.number(high)): 100"
        }
        return formula(target: realisasi < low ? low : high, realisasi: realisasi, polaritas: polaritas, aturan: aturan)
    }

    /// A word target: achieved when the same word, or a better one on `skala` (best first).
    public static func tercapai(target: String, realisasi: String?, skala: [String]?) -> Bool? {
        guard let realisasi else { return nil }
        let t = target.lowercased(), r = realisasi.lowercased()
        if t == r { return true }
        guard let skala = skala?.map({ $0.lowercased() }), let ti = skala.firstIndex(of: t), let ri = skala.firstIndex(of: r) else { return false }
        return ri <= ti
    }

    static func cap(_ value: Double, _ aturan: AturanCapaian) -> Double? {
        guard value.isFinite else { return nil }
        if let limit = aturan.batas, limit > 0 { return min(value, limit) }
        return value
    }

    /// Status of a capaian, judged on the whole percent that is printed so that the colour
    /// and the figure never disagree (99,6 % prints "100%" and is "tercapai").
    public static func status(_ capaian: Double?) -> CapaianStatus {
        guard let capaian, capaian.isFinite else { return .tidakAdaData }
        let shown = Rounding.halfUpDouble(capaian, decimals: 0)
        if shown > 100 { return .melebihi }
        if shown == 100 { return .tercapai }
        if shown < 0 { return .negatif }
        return .belumTercapai
    }

    /// Arithmetic mean of the values that exist; nil when none does.
    public static func mean(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard !present.isEmpty else { return nil }
        return present.reduce(0, +) / Double(present.count)
    }

    /// Budget realisation in percent of the pagu; nil when there is no pagu.
    public static func persen(realisasi: Int64, pagu: Int64) -> Double? {
        guard pagu != 0 else { return nil }
        return Double(realisasi) / Double(pagu) * 100
    }

    /// Change against the previous value in percent; nil without a previous value.
    public static func perubahan(dari sebelumnya: Double, menjadi sekarang: Double) -> Double? {
        guard sebelumnya != 0 else { return nil }
        return (sekarang - sebelumnya) / abs(sebelumnya) * 100
    }

    /// The yearly realisasi from quarters, by the indicator's rule; nil when none is reported.
    public static func tahunan(_ quarters: [Nilai?], agregasi: Agregasi) -> Nilai? {
        let reported = quarters.compactMap { $0 }
        guard let last = reported.last else { return nil }
        let decimals = reported.map(\.decimals).max() ?? 0
        // Summed as the decimals were typed: in binary, 3,01 + 3,02 + 3,03 + 3,04 is a hair
        // under 12,1 and its mean a hair under 3,025, which would round to "3,02".
        let sum = reported.reduce(Decimal(0)) { $0 + Rounding.decimal($1.value) }
        switch agregasi {
        case .jumlah: return Nilai(Rounding.double(sum), decimals: decimals)
        case .akhir: return last
        case .rata_rata: return Nilai(Rounding.double(sum / Decimal(reported.count)), decimals: max(decimals, 2))
        }
    }
}
