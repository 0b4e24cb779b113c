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
    /// One per head of division, ordered by `organisasi.divisi`, then by period.
    public var perjanjian: [PerjanjianKinerja]
    /// One per division, ordered by `organisasi.divisi`.
    public var capaian: [CapaianDivisi]
    public var anggaran: AnggaranKantor
    public var lampiran: Lampiran
    /// Narrative chapters from `narasi/<name>.md`, keyed by name without extension.
    public var narasi: [String: String]
    /// Pictures named by the data (signatures, logo, photos, Markdown images), keyed by the
    /// path as typed; only those that could be read and checked.
    public var images: [String: ImageFile]
    /// Where each part came from, so that later stages can point at a file and key path.
    public var sources: SourceMap

    public init(instansi: Instansi, pejabat: [Pejabat], organisasi: Organisasi, renstra: Renstra, perjanjian: [PerjanjianKinerja], capaian: [CapaianDivisi], anggaran: AnggaranKantor, lampiran: Lampiran = Lampiran(), narasi: [String: String], images: [String: ImageFile] = [:], sources: SourceMap) {
        self.instansi = instansi
        self.pejabat = pejabat
        self.organisasi = organisasi
        self.renstra = renstra
        self.perjanjian = perjanjian
        self.capaian = capaian
        self.anggaran = anggaran
        self.lampiran = lampiran
        self.narasi = narasi
        self.images = images
        self.sources = sources
    }

    public func pejabat(_ id: String) -> Pejabat? { pejabat.first { $0.id == id } }
}

