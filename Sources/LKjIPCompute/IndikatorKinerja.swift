import Foundation
import LKjIPModel

/// One IKK with what was reached and the analyses BAB III makes of it.
public struct IndikatorKinerja: Equatable, Sendable {
    /// The indicator with its effective target (the latest revision's, if revised).
    public let indikator: Indikator
    /// The target of the signed agreement as printed ("80%", "60–85%", "WTP") when a revision
    /// changed it; nil otherwise.
    public let targetAwal: String?
    /// The yearly realisasi (typed, from pembilang/penyebut, or from the quarters).
    public let realisasi: Nilai?
    public let realisasiTeks: String?
    /// Realisasi per quarter, when reported so.
    public let triwulan: [Nilai?]?
    /// Percent, exact and unrounded; nil when not computable or for word targets.
    public let capaian: Fraction?
    /// For word targets ("WTP"): whether the target was reached; nil without realisasi.
    public let tercapai: Bool?
    public let status: CapaianStatus
    public let aturan: AturanCapaian
    public let keterangan: String?
    public let analisis: Analisis?
    /// Analysis 2: linked history and its trend.
    public var riwayat: RiwayatKinerja?
    /// Analysis 3: progress toward the Renstra end target.
    public var renstra: ProgresRenstra?
    /// Analysis 4: comparison with a national standard.
    public let standar: PerbandinganStandar?

    public var polaritas: Polaritas { indikator.polaritas ?? .positif }

    /// The realisasi as a table cell, a number or a word ("WTP"): the report year's value of a
    /// row linked to this IKK, and next year's history.
    public var realisasiCell: TableValue? {
        if let realisasi { return TableValue(number: realisasi) }
        if let word = realisasiTeks, !word.isEmpty { return TableValue(word: word) }
        return nil
    }

    /// "90%", "3,1 Indeks", "80–90%", "WTP".
    public var targetTeks: String { IndikatorKinerja.target(indikator) }

    public static func target(_ indikator: Indikator) -> String {
        if let word = indikator.targetTeks { return word }
        if let range = indikator.targetRentang, range.count == 2 {
            let low = IndonesianFormat.number(range[0].value, decimals: indikator.desimal ?? range[0].decimals)
            let high = IndonesianFormat.nilai(range[1], satuan: indikator.satuan, decimals: indikator.desimal)
            return "\(low)–\(high)"
        }
        return IndonesianFormat.nilai(indikator.target, satuan: indikator.satuan, decimals: indikator.desimal)
    }

    /// An IKU/IKP target as the lampiran prints it: "94%", "WTP".
    public static func target(_ indikator: IndikatorPK) -> String {
        indikator.targetTeks ?? IndonesianFormat.nilai(indikator.target, satuan: indikator.satuan, decimals: indikator.desimal)
    }

    /// The yearly target with the quarterly ones: "80% (TW I–IV: 20%; 40%; 60%; 80%)".
    public static func targetWithQuarters(_ indikator: Indikator) -> String {
        guard let triwulan = indikator.triwulan else { return target(indikator) }
        let values = triwulan.targets.map { IndonesianFormat.nilai($0, satuan: indikator.satuan, decimals: indikator.desimal) }
        return target(indikator) + " (TW I–IV: \(values.joined(separator: "; ")))"
    }

    /// "3,8 Indeks", "WTP", "-".
    public var realisasiText: String {
        if let word = realisasiTeks { return word }
        return IndonesianFormat.nilai(realisasi, satuan: indikator.satuan, decimals: indikator.desimal)
    }
}

/// Realisasi of earlier years of one indicator, with the direction of the last change.
public struct RiwayatKinerja: Equatable, Sendable {
    /// Year to value, the report year included.
    public let nilai: [Int: Nilai]
    /// Every year with a value, numbers and words ("WTP") alike.
    public let tahun: [Int]
    public let tren: Tren?

    public init(nilai: [Int: Nilai], tahun: [Int]? = nil, tren: Tren?) {
        self.nilai = nilai
        self.tahun = tahun ?? nilai.keys.sorted()
        self.tren = tren
    }
}

/// How the realisasi moved from one year to the next, judged by the indicator's polarity
/// (for a range target: by the distance to the range).
public struct Tren: Equatable, Sendable {
    public enum Arah: String, Sendable {
        case membaik, memburuk, tetap
        /// The two years are measured in different units or scales ("Indeks (skala 4)" and
        /// "Indeks (skala 10)"): no direction and no change can be stated.
        case takSebanding
    }
    public let dari: Int
    public let ke: Int
    /// Change in percent of the earlier value, or in percentage points (`poin`) for an
    /// indicator measured in percent; nil when it cannot be computed (0 before, or words), or
    /// when the two values are the same as printed.
    public let perubahan: Fraction?
    public let arah: Arah
    /// True when `perubahan` is a difference of percentages: 90,1% → 93,5% is 3,4 poin, not
    /// the 3,8% relative change that would be ambiguous beside two percentages.
    public let poin: Bool

    public init(dari: Int, ke: Int, perubahan: Fraction?, arah: Arah, poin: Bool = false) {
        self.dari = dari
        self.ke = ke
        self.perubahan = arah == .tetap || arah == .takSebanding ? nil : perubahan
        self.arah = arah
        self.poin = poin
    }

    /// The size of the change as printed, without its unit: one decimal, two when one would
    /// print a real change as "0,0" ("4,2", "0,04"); nil without a change. The words around it
    /// ("membaik", "poin", "dibanding 2022") are the templates' (`kata.yaml`).
    public var perubahanAngka: String? {
        perubahan.map { value in
            let decimals = Rounding.halfUp(value.magnitude, decimals: 1) == 0 ? 2 : 1
            return IndonesianFormat.number(value.magnitude, decimals: decimals)
        }
    }
}

/// Analysis 3: how much of the Renstra end target the report year's realisasi reaches.
public struct ProgresRenstra: Equatable, Sendable {
    public let targetAkhir: Nilai
    /// The end target as table d prints it, with the row's own target unit ("19 kab/kota"),
    /// so that table f and table d cannot disagree.
    public let targetAkhirTeks: String
    public let tahunAkhir: Int
    /// Capaian of the report year's realisasi against the end target, in percent, by the
    /// indicator's own rules (polarity, `rumus_negatif`, `batas`, `target_nol`); nil when not
    /// computable or not comparable.
    public let capaian: Fraction?
    /// Years between the report year and the end year (0 in the last year).
    public let sisaTahun: Int
    /// Set when the end target and the realisasi are in different units or scales: the two
    /// units, and no capaian.
    public let takSebanding: SatuanBerbeda?

    /// The units of an end target and a realisasi that cannot be compared.
    public struct SatuanBerbeda: Equatable, Sendable {
        public let target: String
        public let realisasi: String
    }

    public init(targetAkhir: Nilai, targetAkhirTeks: String, tahunAkhir: Int, capaian: Fraction?, sisaTahun: Int, takSebanding: SatuanBerbeda? = nil) {
        self.targetAkhir = targetAkhir
        self.targetAkhirTeks = targetAkhirTeks
        self.tahunAkhir = tahunAkhir
        self.capaian = takSebanding == nil ? capaian : nil
        self.sisaTahun = sisaTahun
        self.takSebanding = takSebanding
    }
}

/// Analysis 4: realisasi against a national standard.
public struct PerbandinganStandar: Equatable, Sendable {
    public let standar: StandarNasional
    /// Capaian of the realisasi against the standard, in percent, by the indicator's polarity.
    public let capaian: Fraction?
    public var memenuhi: Bool? { capaian.map { $0 >= .hundred } }
}
