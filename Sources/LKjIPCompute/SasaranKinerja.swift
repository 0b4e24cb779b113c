import LKjIPModel

/// A Sasaran Kegiatan with its indicators' capaian, the e-Performance NILAI SS, and the
/// resources behind it (analyses 6 and 7).
public struct SasaranKinerja: Equatable, Sendable {
    public let sasaran: Sasaran
    /// e-Performance code: `sasaran.kode`, or "SS<n>" by position in the agreement.
    public let kode: String
    public var indikator: [IndikatorKinerja]
    /// NILAI SS: mean of the indicators' capaian that can be computed (unrounded).
    public let nilai: Double?
    public let status: CapaianStatus
    public var jumlahIndikator: Int { indikator.count }
    /// Analysis 7: the kegiatan that support this sasaran.
    public var kegiatan: [KegiatanEfektif]
    /// Analysis 6: budget absorption and efficiency.
    public var efisiensi: Efisiensi?
}

/// Analysis 6. Efficiency = capaian − serapan, in percentage points: a sasaran whose result
/// (NILAI SS, or the capaian of a kegiatan's sasaran) is at least the share of its budget
/// spent used its resources efficiently. The rule is the one e-SAKIP applications print
/// (capaian kinerja against penyerapan anggaran); see README.
public struct Efisiensi: Equatable, Sendable {
    public let capaian: Double
    public let serapan: Double
    /// NILAI SS minus serapan, from the two figures as printed (NILAI SS in whole percent as
    /// everywhere in the report, serapan to two decimals), so the row adds up on paper.
    public var selisih: Double {
        Rounding.halfUpDouble(capaian, decimals: 0) - Rounding.halfUpDouble(serapan, decimals: 2)
    }
    public var efisien: Bool { selisih >= 0 }
    public var status: String { efisien ? "Efisien" : "Kurang efisien" }
    /// Where the serapan came from: the linked kegiatan, or the unit's budget table.
    public let sumber: String
}
