import Foundation
import LKjIPModel

/// A Perjanjian Kinerja as it stands after its latest revision, with its signatories
/// resolved and its budget lines totalled.
public struct PerjanjianEfektif: Equatable, Sendable {
    /// The agreement with every revision's targets and budgets applied in order.
    public let perjanjian: PerjanjianKinerja
    public let pihakPertama: Pejabat
    public let pihakKedua: Pejabat
    public let divisi: Divisi
    /// The latest revision (highest `nomor`), nil when never revised.
    public let revisi: Revisi?
    /// ISO date of the latest revision, or of the original signing.
    public let tanggal: String
    /// Budget lines with programme lines summed from their kegiatan.
    public let kegiatan: [KegiatanEfektif]
    /// Sum of the kegiatan lines (programme lines already sum them).
    public let totalAnggaran: Int64
    /// Targets that differ from the signed agreement, in agreement order.
    public let perubahan: [PerubahanTargetEfektif]
    public var periode: Periode? { perjanjian.periode }
}

/// A budget line with its computed amount and, when reported, its spending.
public struct KegiatanEfektif: Equatable, Sendable {
    /// The line as typed, its `nama` filled in from the budget line its `kode` names.
    public let kegiatan: Kegiatan
    /// The amount printed: typed for a kegiatan, the sum of its kegiatan for a programme line,
    /// the budget file's for a line named by its code.
    public let anggaran: Int64
    /// A typed amount kept only to be compared with the computed one: a programme line's, or
    /// that of a line named by its code.
    public let anggaranTertulis: Int64?
    public var realisasi: Int64?
    /// The level in the office budget (0 programme, 1 kegiatan, …) of a line named by its
    /// code; nil for a line typed in the PK.
    public let tingkat: Int?

    public init(kegiatan: Kegiatan, anggaran: Int64, anggaranTertulis: Int64?, realisasi: Int64?, tingkat: Int? = nil) {
        self.kegiatan = kegiatan
        self.anggaran = anggaran
        self.anggaranTertulis = anggaranTertulis
        self.realisasi = realisasi
        self.tingkat = tingkat
    }

    /// True when pagu and realisasi come from `anggaran.yaml` program_kegiatan.
    public var dariAnggaran: Bool { tingkat != nil }
    public var serapan: Fraction? { realisasi.flatMap { CapaianCalculator.persen(realisasi: $0, pagu: anggaran) } }
}
