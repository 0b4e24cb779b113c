import LKjIPModel

/// The data plus every figure derived from it. Templates and writers read figures only from
/// here, so a number is computed in exactly one place.
public struct ComputedReport: Equatable, Sendable {
    public let data: ReportData
    /// Divisions that have a Perjanjian Kinerja, in the order of `organisasi.divisi`.
    public let divisi: [DivisiKinerja]
    public let pegawai: RekapPegawai
    /// UPT counts per kind, in the order of `JumlahJenisSatker.knownJenis`, kinds with none left out.
    public let satkerPerJenis: [JumlahJenisSatker]
    /// Every satker that is not the Kanwil itself.
    public let jumlahUpt: Int
    /// Office-wide pagu and realisasi per year, oldest first.
    public let anggaranKantor: [RealisasiAnggaran]
    /// The agreements with their latest revision applied, in the order of `data.perjanjian`.
    public let perjanjian: [PerjanjianEfektif]
}
