import Foundation
import LKjIPModel

/// A Sasaran Kegiatan with its indicators' capaian, the e-Performance NILAI SS, and the
/// resources behind it (analyses 6 and 7).
public struct SasaranKinerja: Equatable, Sendable {
    public let sasaran: Sasaran
    /// e-Performance code: `sasaran.kode`, or "SS<n>" by position in the agreement.
    public let kode: String
    public var indikator: [IndikatorKinerja]
    /// NILAI SS: mean of the indicators' capaian that can be computed (exact, unrounded); a
    /// word target counts 100 when reached and 0 when not.
    public let nilai: Fraction?
    public let status: CapaianStatus
    public var jumlahIndikator: Int { indikator.count }
    /// Analysis 7: the kegiatan that support this sasaran.
    public var kegiatan: [KegiatanEfektif]
    /// Analysis 6: budget absorption and efficiency.
    public var efisiensi: Efisiensi?
}

/// Analysis 6. PermenPAN-RB 53/2014 asks for an "analisis atas efisiensi penggunaan sumber
/// daya" without a formula; lkjip uses the comparison e-SAKIP applications print: selisih =
/// capaian kinerja (NILAI SS) − penyerapan anggaran, in percentage points. A sasaran whose
/// result is at least the share of its budget spent used its resources efficiently. No
/// verdict is given where NILAI SS is negative (a result below zero cannot be weighed against
/// spending). See README "How the figures are computed".
public struct Efisiensi: Equatable, Sendable {
    public let capaian: Fraction
    public let serapan: Fraction
    /// Where the serapan came from: the linked kegiatan, or the unit's budget table.
    public let sumber: String

    public init(capaian: Fraction, serapan: Fraction, sumber: String) {
        self.capaian = capaian
        self.serapan = serapan
        self.sumber = sumber
    }

    /// NILAI SS minus serapan in percentage points, from the two figures as printed (NILAI SS
    /// in whole percent as everywhere in the report, serapan to two decimals), so the row adds
    /// up on paper; nil where no verdict is given.
    public var selisih: Decimal? {
        guard dinilai else { return nil }
        return Rounding.halfUp(capaian, decimals: 0) - Rounding.halfUp(serapan, decimals: 2)
    }

    /// False where NILAI SS is negative: no efficiency verdict.
    public var dinilai: Bool { Rounding.halfUp(capaian, decimals: 0) >= 0 }
    /// Efficient ("Efisien"), not ("Kurang efisien"), or nil: no verdict ("Tidak dinilai"); the
    /// words are the templates' (`kata.yaml`).
    public var efisien: Bool? { selisih.map { $0 >= 0 } }
}
