import LKjIPModel

/// How far a realisasi reaches its target, following the Petunjuk Teknis Perjanjian Kinerja,
/// Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah
/// (Peraturan Menteri PANRB Nomor 53 Tahun 2014) as practised in LKjIP and e-Performance:
///
/// - positif (higher is better): capaian = realisasi / target × 100
/// - negatif (lower is better):  capaian = (target − (realisasi − target)) / target × 100
///                                       = (2 × target − realisasi) / target × 100
///
/// A capaian is "not computable" (nil, printed "-") when the realisasi is missing or the
/// target is 0; a nil capaian is left out of every average rather than counted as 0, so an
/// unreported indicator does not drag a sasaran down. Indicators measured as a change against
/// last year (PNBP: target +5 %, realisasi −0,7 %) use the same positif formula and can give a
/// negative capaian (−14 %). See "How the figures are computed" in README.md.
public enum CapaianCalculator {
    /// Capaian in percent (441.18 for target 17, realisasi 75), unrounded.
    public static func capaian(target: Double, realisasi: Double?, polaritas: Polaritas) -> Double? {
        guard let realisasi, target != 0, target.isFinite, realisasi.isFinite else { return nil }
        switch polaritas {
        case .positif:
            return realisasi / target * 100
        case .negatif:
            return (2 * target - realisasi) / target * 100
        }
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

    /// Arithmetic mean of the values that exist; nil when none does (NILAI SS of a sasaran
    /// whose indicators all lack realisasi).
    public static func mean(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }
        guard !present.isEmpty else { return nil }
        return present.reduce(0, +) / Double(present.count)
    }

    /// Budget realisation in percent of the pagu; nil when there is no pagu.
    public static func persen(realisasi: Int64, pagu: Int64) -> Double? {
        guard pagu != 0 else { return nil }
        return Double(realisasi) / Double(pagu) * 100
    }

    /// Change of the pagu against the previous year in percent; nil without a previous pagu.
    public static func perubahan(dari sebelumnya: Int64, menjadi sekarang: Int64) -> Double? {
        guard sebelumnya != 0 else { return nil }
        return Double(sekarang - sebelumnya) / Double(sebelumnya) * 100
    }
}
