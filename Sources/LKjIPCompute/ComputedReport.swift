import LKjIPModel

/// The data plus every figure derived from it. Templates and writers read figures only from
/// here, so a number is computed in exactly one place.
public struct ComputedReport: Equatable, Sendable {
    /// The data, with every `{{figure}}` citation in its Markdown replaced by the figure.
    public let data: ReportData
    /// Divisions that have a Perjanjian Kinerja, in the order of `organisasi.divisi`.
    public let divisi: [DivisiKinerja]
    public let pegawai: RekapPegawai
    /// UPT counts per kind, in the order of `organisasi.jenis_satker`.
    public let satkerPerJenis: [JumlahJenisSatker]
    /// Every satker that is not the office itself.
    public let jumlahUpt: Int
    /// Office-wide pagu and realisasi per year, oldest first.
    public let anggaranKantor: [RealisasiAnggaran]
    /// Every agreement with its latest revision applied, divisions in organisasi order.
    public let perjanjian: [PerjanjianEfektif]
    /// Every figure a narrative may cite, by name.
    public let figures: FigureCatalog
}
