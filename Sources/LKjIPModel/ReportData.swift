/// Everything one LKjIP is compiled from, merged from the files of a data directory.
///
/// This is the single source of truth: it holds inputs only. Every derivable figure
/// (capaian, NILAI SS, totals, realisation percentages, numbers in words) is computed
/// later by `LKjIPCompute`, never typed here.
public struct ReportData: Equatable, Sendable {
    public var instansi: Instansi
    public var pejabat: [Pejabat]
    public var organisasi: Organisasi
    public var renstra: Renstra
    /// One per division head, from `pk/<divisi>.yaml`, in file-name order.
    public var perjanjian: [PerjanjianKinerja]
    /// One per division, from `realisasi/<divisi>.yaml`, in file-name order.
    public var capaian: [CapaianDivisi]
    public var anggaran: AnggaranKantor
    /// Free narrative chapters from `narasi/<key>.md`, keyed by file name without extension.
    public var narasi: [String: String]
    /// Where each part came from, so that later stages can point at a file and key path.
    public var sources: SourceMap

    public init(instansi: Instansi, pejabat: [Pejabat], organisasi: Organisasi, renstra: Renstra, perjanjian: [PerjanjianKinerja], capaian: [CapaianDivisi], anggaran: AnggaranKantor, narasi: [String: String], sources: SourceMap) {
        self.instansi = instansi
        self.pejabat = pejabat
        self.organisasi = organisasi
        self.renstra = renstra
        self.perjanjian = perjanjian
        self.capaian = capaian
        self.anggaran = anggaran
        self.narasi = narasi
        self.sources = sources
    }
}
